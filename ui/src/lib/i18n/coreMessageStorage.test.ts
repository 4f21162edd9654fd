// Storage errors and bundle import problems said in Welsh: the messages as the core sends them
// (src-tauri/core/src/bundle/wording_keys_tests.rs shows the same one made by the core), a keyed
// parameter's own parameters filled from the message's.
import { afterEach, describe, expect, it } from 'vitest';
import { sayMessage } from './coreMessage';
import { setLang } from './index.svelte';
import { ApiError } from '../api';

const wrongType = {
  key: 'core.bundle.atLine',
  params: {
    problem: { key: 'core.bundle.wrongType' },
    wanted: { key: 'core.bundle.wantText' },
    found: { text: '5' },
    line: { text: '4' },
    column: { text: '41' },
  },
};

describe('storage and bundle messages', () => {
  afterEach(() => setLang('en'));

  it('says a storage error in Welsh, the path as it is', () => {
    setLang('cy');
    const e = new ApiError({
      code: 'Storage',
      message: '/tmp/Adroddiad.pdf could not be written: the folder is read-only …',
      msg: {
        key: 'core.storage.writeReadOnly',
        params: { name: { text: '/tmp/Adroddiad.pdf' }, error: { text: 'Permission denied' } },
      },
    });
    expect(e.message).toBe(
      'Nid oedd modd ysgrifennu /tmp/Adroddiad.pdf: mae’r ffolder yn un darllen yn unig, neu mae’r ffeil ar agor mewn rhaglen arall. Caewch hi, neu dewiswch ffolder arall.',
    );
    const restore = { key: 'core.storage.restoreFailed', params: { reason: { key: 'core.storage.restoreNotPlaced' } } };
    expect(sayMessage(restore, 'x')).toBe('Nid oedd modd adfer y copi wrth gefn: nid oedd modd rhoi’r copi yn ei le.');
  });

  it('says a wrong type in a bundle in English as the core does, and in Welsh', () => {
    setLang('en');
    expect(sayMessage(wrongType, 'x')).toBe('this should be text in quotes, not 5: correct it (line 4 column 41)');
    setLang('cy');
    expect(sayMessage(wrongType, 'x')).toBe('mae angen testun mewn dyfynodau yma, nid 5: cywirwch hwn (llinell 4 colofn 41)');
    const whole = {
      key: 'core.bundle.wrongType',
      params: { wanted: { key: 'core.bundle.wantWholeUpTo' }, max: { text: '255' }, found: { key: 'core.bundle.foundText' }, shown: { text: '"60"' } },
    };
    expect(sayMessage(whole, 'x')).toBe('mae angen rhif cyfan o 0 i 255 yma, nid y testun "60": cywirwch hwn');
  });

  it('says an impossible date with the Welsh month name', () => {
    setLang('cy');
    const date = {
      key: 'core.bundle.daysInMonth',
      params: { shown: { text: '"2026-02-30"' }, monthName: { key: 'core.month.2' }, year: { text: '2026' }, days: { text: '28' } },
    };
    expect(sayMessage(date, 'x')).toBe(
      'Nid yw "2026-02-30" yn ddyddiad go iawn: mae 28 diwrnod ym mis Chwefror 2026. Cywirwch y diwrnod',
    );
  });

  it('puts a refused bundle’s problems in Welsh on the import screen', () => {
    setLang('cy');
    const e = new ApiError({
      code: 'Invalid',
      message: 'The bundle was not imported …',
      msg: { key: 'core.import.refusedOne', params: {} },
      fields: [{ field: 'cases[0].court_case_number', message: 'this should be …', msg: wrongType }],
    });
    expect(e.fields[0]!.message).toBe('mae angen testun mewn dyfynodau yma, nid 5: cywirwch hwn (llinell 4 colofn 41)');
  });
});
