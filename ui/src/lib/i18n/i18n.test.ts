import { afterEach, describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { cy } from './cy';
import { WELSH_ONLY_CATEGORIES } from './types';
import { locale, setLang, t, tp } from './index.svelte';

// `{Name}` is `{name}` said with a capital (coreMessage.ts), so both name the same parameter.
const placeholders = (s: string) =>
  [...s.matchAll(/\{(\w+)\}/g)].map((m) => (m[1] as string).charAt(0).toLowerCase() + (m[1] as string).slice(1)).sort();
const enTable: Record<string, string> = en;
const cyTable: Record<string, string> = cy;

// Bases of counted messages: `x.one` and `x.other` both in English.
const pluralBases = new Set(
  Object.keys(en)
    .filter((k) => k.endsWith('.other') && `${k.slice(0, -'.other'.length)}.one` in en)
    .map((k) => k.slice(0, -'.other'.length)),
);
const baseOf = (key: string) => {
  const i = key.lastIndexOf('.');
  const base = key.slice(0, i);
  return pluralBases.has(base) && ['zero', 'one', 'two', 'few', 'many', 'other'].includes(key.slice(i + 1)) ? base : null;
};

describe('message catalogues', () => {
  afterEach(() => setLang('en'));

  it('have no empty message in either language', () => {
    for (const [key, text] of Object.entries(en)) expect(text.trim(), key).not.toBe('');
    for (const [key, text] of Object.entries(cy)) expect(text.trim(), key).not.toBe('');
  });

  it('have every English key in Welsh, and no Welsh key that English lacks', () => {
    const missing = Object.keys(en).filter((k) => !(k in cy));
    const unknown = Object.keys(cy).filter((k) => {
      if (k in en) return false;
      const base = baseOf(k.replace(/\.[a-z]+$/, '.other'));
      return !(base && (WELSH_ONLY_CATEGORIES as readonly string[]).includes(k.slice(k.lastIndexOf('.') + 1)));
    });
    expect(missing).toEqual([]);
    expect(unknown).toEqual([]);
  });

  it('give every counted message all six Welsh plural forms', () => {
    expect(pluralBases.size).toBeGreaterThan(10);
    for (const base of pluralBases) {
      for (const c of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(cyTable[`${base}.${c}`], `${base}.${c}`).toBeTruthy();
    }
  });

  it('use the same placeholders in Welsh as in English', () => {
    for (const [key, text] of Object.entries(cy)) {
      const base = baseOf(key);
      if (base) {
        // A plural form may write its number out ("dim plant"): {count} is optional there.
        const without = (s: string) => placeholders(s).filter((p) => p !== 'count');
        expect(without(text), key).toEqual(without(enTable[`${base}.other`] ?? ''));
      } else {
        expect(placeholders(text), key).toEqual(placeholders(enTable[key] ?? ''));
      }
    }
  });

  it('fills placeholders in the chosen language', () => {
    expect(t('register.noMatch', { query: 'Siân' })).toBe('No cases match “Siân”.');
    setLang('cy');
    expect(t('register.title')).toBe('Achosion');
    expect(t('register.noMatch', { query: 'Siân' })).toBe('Nid oes unrhyw achos yn cyfateb i “Siân”.');
    expect(t('record.title.observed' as MessageKey)).toBe('Cofnod o Gyswllt a Arsylwyd');
  });
});

describe('plural forms', () => {
  afterEach(() => setLang('en'));

  it('uses English one and other', () => {
    expect([0, 1, 2, 3].map((n) => tp('count.children', n))).toEqual(['0 children', '1 child', '2 children', '3 children']);
    expect(tp('records.addenda', 1)).toBe('1 addendum');
    expect(tp('records.addenda', 4)).toBe('4 addenda');
  });

  it('uses the six Welsh categories, with the mutations after 2, 3 and 6', () => {
    setLang('cy');
    expect([0, 1, 2, 3, 6, 7].map((n) => tp('count.children', n))).toEqual([
      'dim plant',
      '1 plentyn',
      '2 blentyn',
      '3 phlentyn',
      '6 phlentyn',
      '7 plentyn',
    ]);
    expect([0, 1, 2, 3, 6, 7].map((n) => tp('count.records', n))).toEqual([
      'dim cofnodion',
      '1 cofnod',
      '2 gofnod',
      '3 chofnod',
      '6 chofnod',
      '7 cofnod',
    ]);
    expect([1, 2, 6, 11].map((n) => tp('record.exported.pages', n))).toEqual(['1 dudalen', '2 dudalen', '6 thudalen', '11 tudalen']);
    expect(tp('register.showing', 120, { shown: 50 })).toBe('Yn dangos 50 o 120 achos. Chwiliwch i ddod o hyd i eraill.');
  });
});

describe('the language switch', () => {
  afterEach(() => setLang('en'));

  it('applies at once, is remembered, and sets the document language and title', () => {
    setLang('cy');
    expect(locale.lang).toBe('cy');
    expect(document.documentElement.lang).toBe('cy');
    expect(document.title).toBe('Cofnodion Cyswllt');
    expect(localStorage.getItem('contact-records.lang')).toBe('cy');
    setLang('en');
    expect(document.documentElement.lang).toBe('en-GB');
    expect(document.title).toBe('Contact Records');
    expect(localStorage.getItem('contact-records.lang')).toBe('en');
  });
});
