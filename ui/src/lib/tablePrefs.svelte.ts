// How a user last sorted and filtered a table (the register, what's due), remembered on this
// computer so the table comes back the way they left it. Names sort in the UI's language.
import { compareNames } from './welshSort';

export type Direction = 'ascending' | 'descending';
export type Prefs<F> = { column: string; direction: Direction; filters: F };

// A filter on a value taken from the records (a court, an adviser, a case number) is kept only in
// memory while the app is unlocked: the webview's storage is not encrypted, so only the column,
// the direction and the filters named as `stored` (fixed choices such as a status) go there.
const inMemory: Record<string, Record<string, string>> = {};

/** Forgets the filters kept in memory; the app calls it when it locks. */
export function forgetTableChoices(): void {
  for (const key of Object.keys(inMemory)) delete inMemory[key];
}

export class TablePrefs<F extends Record<string, string>> {
  column = $state('');
  direction = $state<Direction>('ascending');
  filters: F;
  private stored: string[];

  constructor(
    private key: string,
    defaults: Prefs<F>,
    stored: (keyof F & string)[] = [],
  ) {
    this.stored = stored;
    let saved: Partial<Prefs<F>> = {};
    try {
      saved = JSON.parse(localStorage.getItem(key) ?? '{}') as Partial<Prefs<F>>;
    } catch {
      // Unreadable or no storage: start from the defaults.
    }
    this.column = typeof saved.column === 'string' ? saved.column : defaults.column;
    this.direction = saved.direction === 'descending' ? 'descending' : defaults.direction;
    const filters = { ...defaults.filters };
    const kept = inMemory[key] ?? {};
    for (const k of Object.keys(filters) as (keyof F & string)[]) {
      const v = stored.includes(k) ? saved.filters?.[k] : kept[k];
      if (typeof v === 'string') filters[k] = v as F[typeof k];
    }
    this.filters = $state(filters);
  }

  /** Sorts by `column`, or turns the direction round if it is already the sort column. */
  sortBy(column: string): void {
    if (this.column === column) this.direction = this.direction === 'ascending' ? 'descending' : 'ascending';
    else {
      this.column = column;
      this.direction = 'ascending';
    }
    this.save();
  }

  save(): void {
    const all = $state.snapshot(this.filters) as Record<string, string>;
    const stored: Record<string, string> = {};
    const kept: Record<string, string> = {};
    for (const [k, v] of Object.entries(all)) {
      if (this.stored.includes(k)) stored[k] = v;
      else kept[k] = v;
    }
    inMemory[this.key] = kept;
    try {
      localStorage.setItem(this.key, JSON.stringify({ column: this.column, direction: this.direction, filters: stored }));
    } catch {
      // The choice then lasts for this run only.
    }
  }

  /** `rows` sorted by the chosen column, whose value `value` gives (text or number). */
  sorted<T>(rows: readonly T[], value: (row: T, column: string) => string | number): T[] {
    const sign = this.direction === 'ascending' ? 1 : -1;
    const column = this.column;
    return [...rows].sort((a, b) => {
      const x = value(a, column);
      const y = value(b, column);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : compareNames(String(x), String(y));
      return sign * order;
    });
  }
}
