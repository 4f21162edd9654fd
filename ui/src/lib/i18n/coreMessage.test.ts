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
    expect(keys.length).toBeGreaterThan(240);
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

  it('says a rule refusal in Welsh, with durations, lists and the source document in Welsh', () => {
    const hours = {
      key: 'core.rule.hoursOverShorten',
      params: { total: { minutes: 420 }, allowed: { minutes: 360 }, others: { minutes: 300 }, left: { minutes: 90 } },
    };
    setLang('en');
    expect(sayMessage(hours, 'x')).toBe(
      'This session would bring the total to 7 h of the 6 h allowed for this referral (5 h already planned or used). Shorten it to 1 h 30 min or less to fit, or ask the referrer for a new referral.',
    );
    setLang('cy');
    expect(sayMessage(hours, 'x')).toContain('i 7 awr o’r 6 awr a ganiateir');
    expect(sayMessage(hours, 'x')).toContain('Byrhewch hi i 1 awr 30 munud neu lai');
    const list = {
      key: 'core.rule.spipNoChildren',
      params: { names: { list: ['Siân', 'Owain', 'Elin'] }, source: { key: 'core.source.cciAndSpip' } },
    };
    expect(sayMessage(list, 'x')).toBe(
      'Nid yw plant byth yn mynychu SPIP (Cafcass: Ymyriadau Cyswllt Plant a’r Rhaglen Wybodaeth i Rieni sy’n Gwahanu): tynnwch Siân, Owain ac Elin o’r bobl a enwir ar yr atgyfeiriad hwn.',
    );
    setLang('en');
    expect(sayMessage(list, 'x')).toContain('remove Siân, Owain and Elin from');
    setLang('cy');
    const e = new ApiError({
      code: 'RuleBroken',
      message: 'Session 1 on 20/11/2026 is recorded as held, but the centre has not accepted this referral. …',
      msg: { key: 'core.rule.notAccepted', params: { number: { text: '1' }, date: { text: '20/11/2026' } } },
    });
    expect(e.message).toMatch(/^Mae sesiwn 1 ar 20\/11\/2026 wedi’i chofnodi fel un a gynhaliwyd, ond nid yw’r ganolfan/);
  });

  it('says a deadline in Welsh: what to do, its rule and its source', () => {
    setLang('cy');
    const what = {
      key: 'core.deadline.tellPoliceWhat',
      params: { kind: { key: 'core.incident.childProtection' }, date: { text: '20/11/2026' } },
    };
    expect(sayMessage(what, 'x')).toBe(
      'Rhoi gwybod i’r heddlu neu’r gwasanaethau cymdeithasol am y digwyddiad (pryder amddiffyn plant, 20/11/2026)',
    );
    expect(sayMessage({ key: 'core.source.expectationStatement', params: {} }, 'x')).toBe(
      'Datganiad Disgwyliadau Cafcass Cymru: Gwasanaethau Cyswllt Plant',
    );
  });
});
