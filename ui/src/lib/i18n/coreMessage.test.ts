// The core's messages: every key the core can produce (en-core.ts, generated from the Rust and
// checked by the core's tests) has its Welsh, with the same parameters; and a refused form is said
// in the chosen language, field names included.
import { afterEach, describe, expect, it } from 'vitest';
import { enCore } from './en-core';
import { cyCore } from './cy-core';
import { sayMessage } from './coreMessage';
import { setLang } from './index.svelte';
import { ApiError } from '../api';

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('core messages', () => {
  afterEach(() => setLang('en'));

  it('has the Welsh of every key the core can produce, with the same parameters', () => {
    const cy: Record<string, string> = cyCore;
    const keys = Object.keys(enCore) as (keyof typeof enCore)[];
    expect(keys.length).toBeGreaterThan(70);
    for (const key of keys) {
      expect(cy[key], key).toBeTruthy();
      expect(cy[key], key).not.toEqual(enCore[key]);
      expect(params(cy[key]!), key).toEqual(params(enCore[key]));
    }
    expect(Object.keys(cy).sort()).toEqual([...keys].sort());
  });

  it('says a field problem in English or Welsh, the field name in the same language', () => {
    const m = { key: 'core.field.realDate', params: { what: { key: 'core.what.sessionDate' } } };
    setLang('en');
    expect(sayMessage(m, 'x')).toBe('The session date must be a real date');
    setLang('cy');
    expect(sayMessage(m, 'x')).toBe('Dyddiad y sesiwn: nid yw’n ddyddiad go iawn');
    const long = { key: 'core.field.tooLong', params: { label: { key: 'core.label.venue' }, max: { text: '200' } } };
    expect(sayMessage(long, 'x')).toBe('Y lleoliad: dim mwy na 200 nod');
    expect(sayMessage({ key: 'core.unknown', params: {} }, 'The English')).toBe('The English');
  });

  it('turns a refused form into Welsh when the UI is in Welsh', () => {
    setLang('cy');
    const e = new ApiError({
      code: 'Invalid',
      message: 'Enter the court case number',
      fields: [
        { field: 'court_case_number', message: 'Enter the court case number', msg: { key: 'core.required.courtCaseNumber', params: {} } },
      ],
    });
    expect(e.message).toBe('Rhowch rif achos y llys');
    expect(e.fields[0]!.message).toBe('Rhowch rif achos y llys');
    const old = new ApiError({ code: 'Invalid', message: 'Old style', fields: [{ field: 'x', message: 'Old style' }] });
    expect(old.message).toBe('Old style');
  });
});
