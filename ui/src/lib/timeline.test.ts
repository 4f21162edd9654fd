import { describe, expect, it } from 'vitest';
import { caseDetail, dashboard, incidents, records, referralDetail } from '../screens/fixtures.test-data';
import { caseTimeline } from './timeline';

describe('the case timeline', () => {
  const events = caseTimeline(caseDetail.case, [referralDetail], records, incidents, dashboard.overdue);

  it('lists the case’s events newest first, the later time first within a day', () => {
    const keys = events.map((e) => e.date + e.time);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(events.at(-1)?.title).toBe('Case opened');
    const day = events.filter((e) => e.date === '2026-11-17').map((e) => e.title);
    // Signed at 16:30, after the session at 10:00 and the incident; all on the 17th.
    expect(day[0]).toMatch(/^Signed: Record of Observed Contact, Session 1/);
  });

  it('names each step in plain words, with who signed and no hashes', () => {
    const titles = events.map((e) => e.title);
    expect(titles).toContain('Referral sent: Supervised contact (contact centre)');
    expect(titles).toContain('Referral accepted: Supervised contact (contact centre)');
    expect(titles).toContain('Session 1: Took place');
    expect(events.find((e) => e.title === 'Session 1: Took place')?.detail).toMatch(/^Supervised contact \(contact centre\) · 10:00 · 1 h 30 min/);
    expect(events.find((e) => e.title.startsWith('Signed'))?.by).toBe('by Ffion Llwyd');
    expect(events.some((e) => /[0-9a-f]{12}/.test(e.title + e.detail))).toBe(false);
  });

  it('shows an overdue deadline as missed, and an incident not yet reported without a report', () => {
    expect(events.filter((e) => e.title.startsWith('Deadline missed')).length).toBe(dashboard.overdue.length);
    expect(events.filter((e) => e.title === 'Incident reported to the referrer')).toEqual([]);
  });
});
