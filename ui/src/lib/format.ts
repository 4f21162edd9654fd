// UK formats for what the screens show: dates as 23/11/2026 (or "Monday 23 November 2026", with the
// day and month named in the chosen language), ages in years (months under two), durations.
import { t, tp, type MessageKey } from './i18n/index.svelte';

/** "2026-11-23" -> "23/11/2026"; anything else is returned as it is. */
export function ukDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** "2026-11-23" -> "Monday 23 November 2026" ("Dydd Llun 23 Tachwedd 2026" in Welsh). */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const monthName = MONTHS[month - 1];
  if (!monthName || date.getUTCDate() !== day) return iso;
  return t('date.long', {
    weekday: t(`date.day.${DAYS[date.getUTCDay()]}` as MessageKey),
    day,
    month: t(`date.month.${monthName}` as MessageKey),
    year,
  });
}

/** Whole years and the months beyond them between a date of birth and today (both ISO dates). */
export function ageOn(dob: string, today: string): { years: number; months: number } {
  const [by, bm, bd] = dob.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  let months = (ty - by) * 12 + (tm - bm);
  if (td < bd) months -= 1;
  months = Math.max(0, months);
  return { years: Math.floor(months / 12), months: months % 12 };
}

export function ageText(dob: string, today: string = isoToday()): string {
  const { years, months } = ageOn(dob, today);
  const total = years * 12 + months;
  if (years >= 2 || total === 12) return tp('child.age.years', years);
  return tp('child.age.months', total);
}

export function isoToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** 90 -> "1 h 30 min", 60 -> "1 h", 45 -> "45 min" ("1 awr 30 munud" in Welsh). */
export function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return tp('duration.minutes', m);
  if (m === 0) return tp('duration.hours', h);
  return t('duration.both', { hours: tp('duration.hours', h), minutes: tp('duration.minutes', m) });
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** An instant ("2026-11-23T14:32:05.120Z") as the local time of day, "14:32". */
export function localTime(instant: string): string {
  const d = new Date(instant);
  return Number.isNaN(d.getTime()) ? instant : `${p2(d.getHours())}:${p2(d.getMinutes())}`;
}

/** A local date-time without zone ("2026-11-23T16:30:00") as { date: "23/11/2026", time: "16:30" }. */
export function ukDateTime(local: string): { date: string; time: string } {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(local);
  return m ? { date: ukDate(m[1] as string), time: m[2] as string } : { date: local, time: '' };
}

/** An instant as "23/11/2026 14:32" in local time, for history lists. */
export function ukInstant(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  return `${p2(d.getDate())}/${p2(d.getMonth() + 1)}/${d.getFullYear()} ${p2(d.getHours())}:${p2(d.getMinutes())}`;
}
