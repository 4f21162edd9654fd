import { describe, expect, it } from 'vitest';
import { days, period, shift } from './diaryDates';

describe('diary periods', () => {
  it('gives the day, the Monday-to-Sunday week and the calendar month around a date', () => {
    expect(period('day', '2026-11-25')).toEqual({ from: '2026-11-25', to: '2026-11-25' });
    expect(period('week', '2026-11-25')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(period('week', '2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(period('month', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('moves a period back and forward, across the clock change and the year end', () => {
    expect(shift('day', '2026-10-25', 1)).toBe('2026-10-26');
    expect(shift('week', '2026-12-30', 1)).toBe('2027-01-06');
    expect(shift('month', '2026-01-31', 1)).toBe('2026-02-01');
    expect(shift('month', '2026-01-15', -1)).toBe('2025-12-01');
  });

  it('lists every day of a period', () => {
    expect(days('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
  });
});
