import { describe, expect, it } from 'vitest';
import { href, parse, type Route } from './router.svelte';

describe('router', () => {
  const routes: Route[] = [
    { name: 'register' },
    { name: 'case-new' },
    { name: 'case', id: 4 },
    { name: 'case', id: 4, part: 'people' },
    { name: 'case', id: 4, part: 'history' },
    { name: 'diary' },
    { name: 'case-edit', id: 4 },
    { name: 'child-new', caseId: 4 },
    { name: 'child-edit', caseId: 4, id: 9 },
    { name: 'adult-new', caseId: 4 },
    { name: 'adult-edit', caseId: 4, id: 11 },
    { name: 'due' },
    { name: 'referral-new', caseId: 4 },
    { name: 'incident-new', caseId: 4 },
    { name: 'incident-edit', caseId: 4, id: 2 },
    { name: 'settings' },
    { name: 'import' },
    { name: 'referral', id: 3 },
    { name: 'referral-edit', id: 3 },
    { name: 'session-new', referralId: 3 },
    { name: 'session-edit', referralId: 3, id: 8 },
    { name: 'attendance', referralId: 3, id: 8 },
    { name: 'record', sessionId: 8 },
    { name: 'supported-record', referralId: 3 },
  ];
  it.each(routes)('round-trips %o', (r) => {
    expect(parse(href(r))).toEqual(r);
  });
  it('sends unknown addresses to the register', () => {
    expect(parse('#/cases/abc')).toEqual({ name: 'register' });
    expect(parse('#/nowhere')).toEqual({ name: 'register' });
    expect(parse('#/cases/4/nothing')).toEqual({ name: 'register' });
  });
  it('gives a case its overview at its own address', () => {
    expect(href({ name: 'case', id: 4, part: 'overview' })).toBe('#/cases/4');
    expect(parse('#/cases/4/edit')).toEqual({ name: 'case-edit', id: 4 });
  });
});
