import { describe, expect, it } from 'vitest';
import { fieldId } from './form.svelte';

describe('fieldId', () => {
  it('turns a field name into the id of its input', () => {
    expect(fieldId('date_of_birth')).toBe('field-date-of-birth');
  });
  it('turns the core’s JSON path of a field into the same id the form gives it', () => {
    expect(fieldId('children[0].observations')).toBe('field-children-0-observations');
    expect(fieldId('children[1].quotes[2]')).toBe('field-children-1-quotes-2');
    expect(fieldId('communications[3].child_response')).toBe('field-communications-3-child-response');
  });
});
