import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from './i18n/index.svelte';
import { namedPerson } from './labels';

describe('namedPerson', () => {
  afterEach(() => setLang('en'));

  it('names the role from the catalogue, in the chosen language', () => {
    expect(namedPerson({ full_name: 'Siân Hughes', description: 'child' })).toBe('Siân Hughes (child)');
    setLang('cy');
    expect(namedPerson({ full_name: 'Siân Hughes', description: 'child' })).toBe('Siân Hughes (plentyn)');
    expect(namedPerson({ full_name: 'Gwenllïan ap Dafydd', description: 'other relative' })).toBe('Gwenllïan ap Dafydd (perthynas arall)');
  });

  it('shows a description it does not know as it came', () => {
    expect(namedPerson({ full_name: 'Wil', description: 'step-parent' })).toBe('Wil (step-parent)');
  });
});
