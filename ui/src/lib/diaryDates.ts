// The diary's periods: a day, the week (Monday to Sunday) or the calendar month around a date,
// and the period before or after. Dates are ISO text ("2026-11-23"), worked in UTC so that a
// clock change never moves a day.
export type DiaryView = 'day' | 'week' | 'month';

const parse = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};
const text = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => {
  const d = parse(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return text(d);
};

/** The first and last day of the period that holds `anchor`. */
export function period(view: DiaryView, anchor: string): { from: string; to: string } {
  if (view === 'day') return { from: anchor, to: anchor };
  if (view === 'week') {
    const monday = addDays(anchor, -((parse(anchor).getUTCDay() + 6) % 7));
    return { from: monday, to: addDays(monday, 6) };
  }
  const d = parse(anchor);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
  return { from: text(first), to: text(last) };
}

/** A date in the period `step` periods away (-1 before, 1 after). */
export function shift(view: DiaryView, anchor: string, step: number): string {
  if (view === 'day') return addDays(anchor, step);
  if (view === 'week') return addDays(anchor, 7 * step);
  const d = parse(anchor);
  return text(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1)));
}

/** Every day from `from` to `to`, both included. */
export function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to && out.length < 400; d = addDays(d, 1)) out.push(d);
  return out;
}

export { addDays };
