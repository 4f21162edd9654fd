import { describe, expect, it } from 'vitest';
import {
  addOwn,
  cite,
  citeDate,
  emptyBody,
  isoFromUk,
  missingBeforeSigning,
  sectionLabel,
  sectionState,
  uncite,
  withSections,
} from './courtReport';
import type { SessionDetail_Serialize as SessionDetail } from './bindings';

const session = (number: number, status: SessionDetail['session']['status'], record: SessionDetail['record']): SessionDetail => ({
  session: { id: number * 10, referral_id: 1, number, date: `2026-03-${String(number + 10).padStart(2, '0')}`, start_time: '16:00', duration_minutes: 60, venue: '', supervisor: '', status, cancelled_by: null, cancel_reason: '' },
  attendance: [],
  record,
});

describe('the sections of a report', () => {
  it('follows the outline and keeps what was written', () => {
    const body = emptyBody();
    body.sections.push({ code: 'parents', entries: [{ text: 'On time.', source: 'own', session: null, date: null, speaker: '' }] });
    const out = withSections(body, ['work_done', 'parents', 'recommendations']);
    expect(out.sections.map((s) => s.code)).toEqual(['work_done', 'parents', 'recommendations']);
    expect(out.sections[1]?.entries[0]?.text).toBe('On time.');
  });

  it('names the child’s or the children’s views by how many children there are', () => {
    expect(sectionLabel('child_views', 1)).toBe('writer.section.child_views');
    expect(sectionLabel('child_views', 2)).toBe('writer.section.children_views');
    expect(sectionLabel('harm', 2)).toBe('writer.section.harm');
  });

  it('is not started, in progress or complete', () => {
    expect(sectionState([])).toBe('notStarted');
    expect(sectionState([{ text: ' ', source: 'own', session: null, date: null, speaker: '' }])).toBe('inProgress');
    expect(sectionState([{ text: 'Words', source: 'own', session: null, date: null, speaker: '' }])).toBe('complete');
  });
});

describe('citing in one step', () => {
  it('cites a session on the paragraph being written, or starts a new one after it', () => {
    const body = withSections(emptyBody(), ['how_contact_went']);
    const place = addOwn(body, { code: 'how_contact_went', entry: null });
    const entries = body.sections[0]?.entries ?? [];
    expect(cite(body, place, { kind: 'session', n: 2, date: '2026-03-12' })).toEqual(place);
    expect(entries[0]).toMatchObject({ session: 2, date: '2026-03-12', source: 'own' });
    // That paragraph already cites a session: the next citation starts a paragraph after it.
    const next = cite(body, place, { kind: 'session', n: 3, date: '2026-03-19' });
    expect(next).toEqual({ code: 'how_contact_went', entry: 1 });
    expect(entries.map((e) => e.session)).toEqual([2, 3]);
  });

  it('quotes a child’s words with the speaker and the session, after the paragraph with the focus', () => {
    const body = withSections(emptyBody(), ['child_views']);
    addOwn(body, { code: 'child_views', entry: null });
    addOwn(body, { code: 'child_views', entry: 0 });
    const at = cite(body, { code: 'child_views', entry: 0 }, { kind: 'quote', n: 1, date: '2026-03-11', text: 'Again!', speaker: 'Dylan, 4' });
    expect(at.entry).toBe(1);
    expect(body.sections[0]?.entries[1]).toEqual({ text: 'Again!', source: 'quote', session: 1, date: '2026-03-11', speaker: 'Dylan, 4' });
    expect(body.sections[0]?.entries).toHaveLength(3);
  });

  it('cites an incident by its date, with no session', () => {
    const body = withSections(emptyBody(), ['harm']);
    cite(body, { code: 'harm', entry: null }, { kind: 'incident', date: '2026-09-26', text: 'Swore at the supervisor.' });
    expect(body.sections[0]?.entries[0]).toMatchObject({ source: 'incident', session: null, date: '2026-09-26' });
  });

  it('takes a citation off, leaving the adviser’s own words', () => {
    const e = { text: 'Again!', source: 'quote' as const, session: 1, date: '2026-03-11', speaker: 'Dylan, 4' };
    uncite(e);
    expect(e).toEqual({ text: 'Again!', source: 'own', session: null, date: null, speaker: '' });
  });

  it('names the day of a citation in words', () => {
    expect(citeDate('2026-03-12')).toBe('12 March 2026');
    expect(citeDate('not a date')).toBe('not a date');
  });
});

describe('what is missing before signing', () => {
  it('lists the choices, scheduled sessions and unsigned records in plain words', () => {
    const body = emptyBody();
    const missing = missingBeforeSigning('cci', body, [session(1, 'took_place', 'final'), session(2, 'took_place', 'draft'), session(3, 'scheduled', 'none'), session(4, 'cancelled', 'none')]);
    expect(missing.map((m) => [m.key, m.values?.n])).toEqual([
      ['writer.missing.workDone', undefined],
      ['writer.missing.recommendation', undefined],
      ['writer.missing.record', 2],
      ['writer.missing.scheduled', 3],
    ]);
  });

  it('asks a log for a line and nothing else', () => {
    expect(missingBeforeSigning('contact_log', emptyBody(), []).map((m) => m.key)).toEqual(['writer.missing.log']);
    const body = emptyBody();
    body.recommendations.push('direct_contact');
    expect(missingBeforeSigning('level2', body, [])).toEqual([]);
  });
});

describe('dates typed in the report', () => {
  it('accepts only real UK dates', () => {
    expect(isoFromUk('3/5/2026')).toBe('2026-05-03');
    expect(isoFromUk('29/02/2027')).toBeNull();
    expect(isoFromUk('2026-05-03')).toBeNull();
  });
});
