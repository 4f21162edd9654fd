import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from './i18n/index.svelte';
import { compareNames, sortByName, welshCompare } from './welshSort';

describe('Welsh alphabetical order', () => {
  afterEach(() => setLang('en'));

  it('sorts Welsh names with ch, dd, ff, ng, ll, ph, rh, th as letters of their own', () => {
    const names = [
      'Rhys', 'Llinos', 'Chris', 'Ffion', 'Dafydd', 'Thomas', 'Phylip', 'Ddraig', 'Angharad',
      'Robert', 'Lowri', 'Ceri', 'Fiona', 'Tomos', 'Pedr', 'Dylan', 'Anwen', 'Rhian', 'Cyril',
      'Fflur', 'Gwen', 'Huw', 'Ynyr', 'Wyn', 'Elin', 'Elen',
    ];
    expect([...names].sort(welshCompare)).toEqual([
      'Angharad', 'Anwen', // ng (after g) before n
      'Ceri', 'Cyril', 'Chris', // every c before ch
      'Dafydd', 'Dylan', 'Ddraig', // d before dd
      'Elen', 'Elin',
      'Fiona', 'Ffion', 'Fflur', // f before ff
      'Gwen', 'Huw',
      'Lowri', 'Llinos', // l before ll
      'Pedr', 'Phylip', // p before ph
      'Robert', 'Rhian', 'Rhys', // r before rh
      'Tomos', 'Thomas', // t before th
      'Wyn', 'Ynyr', // w before y
    ]);
  });

  it('ignores case, and keeps accents, comparing them only after the letters', () => {
    expect(['Sioned', 'Siân', 'sian', 'Sian', 'Siani'].sort(welshCompare)).toEqual(['sian', 'Sian', 'Siân', 'Siani', 'Sioned']);
    expect(['Llŷr', 'Llyr', 'llinos', 'Lleucu'].sort(welshCompare)).toEqual(['Lleucu', 'llinos', 'Llyr', 'Llŷr']);
    expect(['Gwenllïan', 'Gwenllian', 'Gwên'].sort(welshCompare)).toEqual(['Gwên', 'Gwenllian', 'Gwenllïan']);
    // The accent is kept: sorting never changes the names themselves.
    expect(['Siân', 'Ŵyn'].sort(welshCompare)).toEqual(['Siân', 'Ŵyn']);
  });

  it('sorts full names word by word, whatever the punctuation', () => {
    expect(['Ann-Marie Jones', 'Ann Davies', 'Anna Lewis'].sort(welshCompare)).toEqual(['Ann Davies', 'Ann-Marie Jones', 'Anna Lewis']);
  });

  it('takes every "ng" as the digraph (Bangor is n + g, a known limit)', () => {
    expect(['Banc', 'Bangor'].sort(welshCompare)).toEqual(['Bangor', 'Banc']);
  });

  it('follows the language of the UI', () => {
    const people = [{ name: 'Llinos' }, { name: 'Lowri' }, { name: 'Chris' }, { name: 'Ceri' }];
    expect(sortByName(people, (p) => p.name).map((p) => p.name)).toEqual(['Ceri', 'Chris', 'Llinos', 'Lowri']);
    setLang('cy');
    expect(sortByName(people, (p) => p.name).map((p) => p.name)).toEqual(['Ceri', 'Chris', 'Lowri', 'Llinos']);
    expect(compareNames('Lowri', 'Llinos', 'en')).toBeGreaterThan(0);
    expect(compareNames('Lowri', 'Llinos', 'cy')).toBeLessThan(0);
  });
});
