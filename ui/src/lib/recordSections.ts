// The sections of a record being written, each with its state, for the list beside the form:
// not started, in progress, complete, optional (nothing needed), or needs attention (Finalise
// refused something in it). What is "needed" follows the core's checks (store/record_checks.rs);
// the core still decides when Finalise is pressed.
import type { FieldError, RecordContent, SignerInput } from './api';
import type { MessageKey } from './i18n/en';

export type SectionState = 'notStarted' | 'inProgress' | 'complete' | 'optional' | 'attention';

export type Section = {
  key: string;
  label: MessageKey;
  /** The field (or section heading) to jump to, as a form field name. */
  jump: string;
  state: SectionState;
  /** What Finalise said is missing or wrong here. */
  problems: string[];
};

type Spec = {
  key: string;
  label: MessageKey;
  jump: string;
  needed: (c: RecordContent, s: SignerInput) => string[];
  optional?: (c: RecordContent) => string[];
  owns: (field: string) => boolean;
};

const is = (...names: string[]) => (f: string) => names.includes(f);
const under = (name: string) => (f: string) => f === name || f.startsWith(`${name}[`);

const times: Spec = {
  key: 'times',
  label: 'record.section.times',
  jump: 'actual_start',
  needed: (c) => [c.actual_start, c.actual_end],
  owns: is('actual_start', 'actual_end'),
};
const finalise: Spec = {
  key: 'finalise',
  label: 'record.finalise',
  // The core names the signer's fields "signer.name" and "signer.role".
  jump: 'signer.name',
  needed: (_c, s) => [s.name, s.role],
  owns: is('signer.name', 'signer.role'),
};
const text = (key: keyof RecordContent & string, label: MessageKey, required: boolean): Spec => ({
  key,
  label,
  jump: key,
  needed: (c) => (required ? [c[key] as string] : []),
  optional: (c) => (required ? [] : [c[key] as string]),
  owns: is(key),
});

const OBSERVED: Spec[] = [
  times,
  text('aim_and_requirements', 'record.section.aim', true),
  text('arrival_and_greeting', 'record.arrival', true),
  text('adult_engagement', 'record.engagement', true),
  {
    key: 'children',
    label: 'record.children',
    jump: 'children',
    needed: (c) => c.children.map((n) => n.observations),
    optional: (c) => c.children.flatMap((n) => n.quotes),
    owns: under('children'),
  },
  text('physical_contact_gifts_food_photos_phones', 'record.physical', false),
  text('conversation_about_case', 'record.conversation', false),
  {
    key: 'interventions',
    label: 'record.interventions',
    jump: 'interventions',
    // None is a true answer; one started must say when and what.
    needed: (c) => c.interventions.flatMap((i) => [i.time, i.what]),
    optional: (c) => c.interventions.flatMap((i) => [i.why, i.response]),
    owns: under('interventions'),
  },
  text('concerns_and_safeguarding', 'record.concerns', false),
  text('ending_and_handover', 'record.ending', true),
  text('summary', 'record.summary', true),
  text('worker_reflections', 'record.reflections', false),
  finalise,
];

const COMMUNICATIONS: Spec[] = [
  { ...times, needed: () => [], optional: (c) => [c.actual_start, c.actual_end] },
  {
    key: 'communications',
    label: 'record.communications',
    jump: 'communications',
    needed: (c) => (c.communications.length === 0 ? [''] : c.communications.flatMap((n) => [n.date, n.what])),
    optional: (c) => c.communications.flatMap((n) => [n.child_response, n.parents_response]),
    owns: under('communications'),
  },
  finalise,
];

const filled = (s: string) => s.trim() !== '';

function stateOf(needed: string[], optional: string[], problems: string[]): SectionState {
  if (problems.length > 0) return 'attention';
  if (needed.length === 0) return optional.some(filled) ? 'complete' : 'optional';
  if (needed.every(filled)) return 'complete';
  return [...needed, ...optional].some(filled) ? 'inProgress' : 'notStarted';
}

/** The sections of an observed record or a contact log, in the form's order. Problems Finalise
 * found outside the form (the session's status, attendance) come first as a section of their own. */
export function recordSections(kind: 'observed' | 'communications', c: RecordContent, signer: SignerInput, errors: FieldError[]): Section[] {
  const specs = kind === 'observed' ? OBSERVED : COMMUNICATIONS;
  const sections = specs.map((s) => {
    const problems = errors.filter((e) => s.owns(e.field)).map((e) => e.message);
    return { key: s.key, label: s.label, jump: s.jump, state: stateOf(s.needed(c, signer), s.optional?.(c) ?? [], problems), problems };
  });
  const elsewhere = errors.filter((e) => !specs.some((s) => s.owns(e.field))).map((e) => e.message);
  if (elsewhere.length > 0) {
    sections.unshift({ key: 'session', label: 'record.section.session', jump: '', state: 'attention', problems: elsewhere });
  }
  return sections;
}
