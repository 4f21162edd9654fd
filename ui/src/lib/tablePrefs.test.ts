// Table choices: the sort and fixed-choice filters are remembered in the webview's storage; a
// filter on a value from the records (a court, an adviser) is kept only in memory, and forgotten
// when the app locks, because that storage is not encrypted.
import { beforeEach, describe, expect, it } from 'vitest';
import { TablePrefs, forgetTableChoices } from './tablePrefs.svelte';

const defaults = { column: 'number', direction: 'ascending' as const, filters: { status: '', court: '' } };

describe('TablePrefs', () => {
  beforeEach(() => {
    localStorage.clear();
    forgetTableChoices();
  });

  it('writes no value from the records to the webview storage', () => {
    const p = new TablePrefs('t', defaults, ['status']);
    p.filters.status = 'open';
    p.filters.court = 'Family Court at Swansea';
    p.sortBy('name');
    const stored = localStorage.getItem('t') ?? '';
    expect(stored).not.toContain('Swansea');
    expect(JSON.parse(stored)).toEqual({ column: 'name', direction: 'ascending', filters: { status: 'open' } });

    const again = new TablePrefs('t', defaults, ['status']);
    expect(again.filters).toEqual({ status: 'open', court: 'Family Court at Swansea' });
    expect(again.column).toBe('name');

    forgetTableChoices();
    const afterLock = new TablePrefs('t', defaults, ['status']);
    expect(afterLock.filters).toEqual({ status: 'open', court: '' });
  });

  it('ignores a record value an older version left in storage', () => {
    localStorage.setItem('t', JSON.stringify({ column: 'court', direction: 'descending', filters: { status: 'closed', court: 'Old Court' } }));
    const p = new TablePrefs('t', defaults, ['status']);
    expect(p.filters).toEqual({ status: 'closed', court: '' });
    expect(p.direction).toBe('descending');
  });
});
