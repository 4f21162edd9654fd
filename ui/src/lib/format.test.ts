import { afterEach, describe, expect, it } from 'vitest';
import { ageOn, ageText, duration, isoToday, localTime, longDate, ukDate, ukDateTime, ukInstant } from './format';
import { setLang } from './i18n/index.svelte';

describe('ukDate', () => {
  it('prints day/month/year', () => {
    expect(ukDate('2026-11-23')).toBe('23/11/2026');
  });
  it('leaves other text alone', () => {
    expect(ukDate('soon')).toBe('soon');
  });
});

describe('ageOn', () => {
  it('counts a birthday only once it has come', () => {
    expect(ageOn('2019-11-24', '2026-11-23')).toEqual({ years: 6, months: 11 });
    expect(ageOn('2019-11-23', '2026-11-23')).toEqual({ years: 7, months: 0 });
  });
  it('handles leap-day birthdays', () => {
    expect(ageOn('2020-02-29', '2021-02-28').years).toBe(0);
    expect(ageOn('2020-02-29', '2021-03-01').years).toBe(1);
  });
});

describe('ageText', () => {
  it('uses years from two, months below', () => {
    expect(ageText('2019-03-27', '2026-11-23')).toBe('7 years');
    expect(ageText('2026-05-01', '2026-11-23')).toBe('6 months');
    expect(ageText('2025-05-01', '2026-11-23')).toBe('18 months');
    expect(ageText('2026-10-20', '2026-11-23')).toBe('1 month');
    expect(ageText('2025-11-23', '2026-11-23')).toBe('1 year');
  });
});

describe('isoToday', () => {
  it('uses the local calendar date', () => {
    expect(isoToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('duration', () => {
  it('prints hours and minutes the UK way', () => {
    expect(duration(90)).toBe('1 h 30 min');
    expect(duration(360)).toBe('6 h');
    expect(duration(45)).toBe('45 min');
  });
});

describe('times', () => {
  it('shows a local date-time in UK form', () => {
    expect(ukDateTime('2026-11-23T16:30:00')).toEqual({ date: '23/11/2026', time: '16:30' });
  });
  it('shows the time of day of an instant in local time', () => {
    const local = new Date(2026, 10, 23, 9, 5);
    expect(localTime(local.toISOString())).toBe('09:05');
    expect(ukInstant(local.toISOString())).toBe('23/11/2026 09:05');
  });
  it('returns text it cannot read as it is', () => {
    expect(localTime('soon')).toBe('soon');
  });
});

describe('in Welsh', () => {
  afterEach(() => setLang('en'));

  it('names the day and month in the chosen language, and keeps numeric dates UK', () => {
    expect(longDate('2026-11-23')).toBe('Monday 23 November 2026');
    setLang('cy');
    expect(longDate('2026-11-23')).toBe('Dydd Llun 23 Tachwedd 2026');
    expect(longDate('2027-02-06')).toBe('Dydd Sadwrn 6 Chwefror 2027');
    expect(longDate('2026-06-04')).toBe('Dydd Iau 4 Mehefin 2026');
    expect(ukDate('2026-11-23')).toBe('23/11/2026');
    expect(longDate('2026-02-30')).toBe('2026-02-30');
  });

  it('counts hours, minutes and ages with Welsh plural forms', () => {
    setLang('cy');
    expect(duration(90)).toBe('1 awr 30 munud');
    expect(duration(120)).toBe('2 awr');
    expect(duration(2)).toBe('2 funud');
    expect(duration(366)).toBe('6 awr 6 munud');
    expect(ageText('2019-03-27', '2026-11-23')).toBe('7 oed');
    expect(ageText('2026-09-20', '2026-11-23')).toBe('2 fis oed');
    expect(ageText('2025-05-01', '2026-11-23')).toBe('18 mis oed');
    expect(ageText('2025-11-23', '2026-11-23')).toBe('Blwydd oed');
  });
});
