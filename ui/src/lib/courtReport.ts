// The report being written, as the writing screen handles it: its sections in the core's order,
// citing a session in one step, what is still missing before it can be signed, and the record
// material offered beside the text. The core checks everything again when the draft is saved and
// when the report is signed; this only keeps the screen honest while the adviser types.
import type {
  CourtReportKind,
  ReportBody_Deserialize as ReportBody,
  ReportEntry_Deserialize as ReportEntry,
  SectionCode,
  SessionDetail_Serialize as SessionDetail,
} from './bindings';
import type { MessageKey } from './i18n/en';
import { t } from './i18n/index.svelte';

export type { ReportBody, ReportEntry };

/** What a "Cite" button beside the report puts into it. */
export type Cite =
  | { kind: 'session'; n: number; date: string }
  | { kind: 'quote' | 'observation'; n: number; date: string; text: string; speaker: string }
  | { kind: 'incident'; date: string; text: string };

/** Where the adviser is writing: a section and, when a passage has the focus, which one. */
export type Place = { code: SectionCode; entry: number | null };

export function emptyBody(): ReportBody {
  return { work_done: [], sections: [], recommendations: [], papers_read: [], people_spoken_to: [], meetings: [], log: [] };
}

/** The body with one section per code of the outline, in its order; what was written is kept. */
export function withSections(body: ReportBody, codes: SectionCode[]): ReportBody {
  const sections = codes.map((code) => body.sections.find((s) => s.code === code) ?? { code, entries: [] });
  return { ...body, sections };
}

/** The message key of a section's heading; one child's views or the children's. */
export function sectionLabel(code: SectionCode, children: number): MessageKey {
  if (code === 'child_views' && children > 1) return 'writer.section.children_views';
  return `writer.section.${code}` as MessageKey;
}

/** The welfare checklist letter of a section, s1(3)(a)-(g), if it is one. */
export function checklistLetter(code: SectionCode): string | null {
  const order: SectionCode[] = ['wishes_and_feelings', 'needs', 'effect_of_change', 'characteristics', 'harm', 'capability', 'range_of_powers'];
  const i = order.indexOf(code);
  return i < 0 ? null : 'abcdefg'.charAt(i);
}

function entriesOf(body: ReportBody, code: SectionCode): ReportEntry[] {
  let section = body.sections.find((s) => s.code === code);
  if (!section) {
    section = { code, entries: [] };
    body.sections.push(section);
  }
  return section.entries;
}

/** Adds a passage of the adviser's own words after `place` (at the end of its section when no
 * passage has the focus); the place of the new passage. */
export function addOwn(body: ReportBody, place: Place): Place {
  const entries = entriesOf(body, place.code);
  const at = place.entry === null ? entries.length : place.entry + 1;
  entries.splice(at, 0, { text: '', source: 'own', session: null, date: null, speaker: '' });
  return { code: place.code, entry: at };
}

/** Cites session `n` where the adviser is writing: the passage with the focus takes the citation
 * when it has none; otherwise a new passage citing it is started after it. The place to focus. */
export function citeSession(body: ReportBody, place: Place, n: number, date: string): Place {
  const entries = entriesOf(body, place.code);
  const current = place.entry === null ? undefined : entries[place.entry];
  if (current && current.session == null && current.source === 'own') {
    current.session = n;
    current.date = date;
    return place;
  }
  const next = addOwn(body, place);
  const added = entries[next.entry ?? 0];
  if (added) {
    added.session = n;
    added.date = date;
  }
  return next;
}

/** Quotes a child's words, or takes an observation, from session `n` into the section being
 * written, after the passage with the focus. The place of the new passage. */
export function citeMaterial(
  body: ReportBody,
  place: Place,
  m: { source: 'quote' | 'observation'; text: string; speaker: string; session: number; date: string },
): Place {
  const entries = entriesOf(body, place.code);
  const at = place.entry === null ? entries.length : place.entry + 1;
  entries.splice(at, 0, { text: m.text, source: m.source, session: m.session, date: m.date, speaker: m.source === 'quote' ? m.speaker : '' });
  return { code: place.code, entry: at };
}

/** Puts what a "Cite" button offers into the section being written; the place to focus. */
export function cite(body: ReportBody, place: Place, c: Cite): Place {
  if (c.kind === 'session') return citeSession(body, place, c.n, c.date);
  if (c.kind === 'incident') {
    const entries = entriesOf(body, place.code);
    const at = place.entry === null ? entries.length : place.entry + 1;
    entries.splice(at, 0, { text: c.text, source: 'incident', session: null, date: c.date, speaker: '' });
    return { code: place.code, entry: at };
  }
  return citeMaterial(body, place, { source: c.kind, text: c.text, speaker: c.speaker, session: c.n, date: c.date });
}

/** Takes the citation off a passage: it becomes the adviser's own words. */
export function uncite(entry: ReportEntry): void {
  entry.session = null;
  entry.date = null;
  entry.source = 'own';
  entry.speaker = '';
}

export type SectionState = 'notStarted' | 'inProgress' | 'complete';

/** A section is complete when it has some words, in progress when it has only empty passages. */
export function sectionState(entries: ReportEntry[]): SectionState {
  if (entries.length === 0) return 'notStarted';
  return entries.some((e) => e.text.trim() !== '') ? 'complete' : 'inProgress';
}

/** A thing still missing before the report can be signed, as a message key and its values. */
export type Missing = { key: MessageKey; values?: Record<string, string | number>; jump: string };

/** What is still missing before signing, in the order the core checks it: the kinds of work (a
 * CCI report), a recommendation, a log line (a Level 1 log), sessions still to be recorded, and
 * session records not yet finalised. Empty sections are allowed: they print "Nothing recorded". */
export function missingBeforeSigning(kind: CourtReportKind, body: ReportBody, sessions: SessionDetail[]): Missing[] {
  const out: Missing[] = [];
  if (kind === 'cci' && body.work_done.length === 0) out.push({ key: 'writer.missing.workDone', jump: 'work_done' });
  if (kind !== 'contact_log' && body.recommendations.length === 0) out.push({ key: 'writer.missing.recommendation', jump: 'recommendations' });
  if (kind === 'contact_log' && body.log.length === 0) out.push({ key: 'writer.missing.log', jump: 'log' });
  for (const s of sessions) {
    if (s.session.status === 'scheduled') out.push({ key: 'writer.missing.scheduled', values: { n: s.session.number }, jump: 'sessions' });
    else if (s.session.status === 'took_place' && s.record !== 'final') out.push({ key: 'writer.missing.record', values: { n: s.session.number }, jump: 'sessions' });
  }
  return out;
}

/** The sessions a report may cite: those that took place. */
export function citable(sessions: SessionDetail[]): SessionDetail[] {
  return sessions.filter((s) => s.session.status === 'took_place');
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** "2026-03-12" -> "12 March 2026" ("12 Mawrth 2026"): how a citation names its session's day. */
export function citeDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return `${Number(m[3])} ${t(`date.month.${month}` as MessageKey)} ${m[1]}`;
}

/** "23/11/2026" (or "3/5/2026") -> "2026-11-23"; null when it is not a real date. */
export function isoFromUk(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
