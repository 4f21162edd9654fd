// Names people read for the core's enum values, from the message catalogue.
import type { CciKind, Service } from './api';
import { t } from './i18n/index.svelte';
import type { MessageKey } from './i18n/en';

export const SERVICES: Service[] = [
  'supported_contact',
  'supervised_contact',
  'remote_supervised_contact',
  'child_contact_intervention',
  'level1_indirect_contact_support',
  'level1_individual_work_with_children',
  'level1_escorted_contact',
  'level2_contact_intervention',
  'level3_contact_supervision',
  'spip',
];

export const CCI_KINDS: CciKind[] = [
  'prepare_children',
  'prepare_parents',
  'observe_contact',
  'sustain_contact',
  'indirect_contact',
  'resolve_adult_disputes',
];

export const serviceLabel = (s: Service) => t(`service.${s}` as MessageKey);
export const cciLabel = (k: CciKind) => t(`cci.${k}` as MessageKey);

// The core describes a person on a referral in English words from a fixed set (NamedPerson's
// description); the screens show them from the catalogue, and any other word as it came.
const ATTENDEE: Record<string, MessageKey> = {
  child: 'attendee.child',
  mother: 'attendee.mother',
  father: 'attendee.father',
  grandparent: 'attendee.grandparent',
  'other relative': 'attendee.other_relative',
  'other adult': 'attendee.other_adult',
};

/** "Siân Hughes (child)", "Siân Hughes (plentyn)". */
export function namedPerson(p: { full_name: string; description: string }): string {
  const key = ATTENDEE[p.description];
  return `${p.full_name} (${key ? t(key) : p.description})`;
}
