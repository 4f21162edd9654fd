import { describe, expect, it } from 'vitest';
import type { RecordContent } from './api';
import { recordSections } from './recordSections';

const empty: RecordContent = {
  actual_start: '',
  actual_end: '',
  aim_and_requirements: '',
  arrival_and_greeting: '',
  adult_engagement: '',
  children: [{ child_id: 1, observations: '', quotes: [] }],
  physical_contact_gifts_food_photos_phones: '',
  conversation_about_case: '',
  interventions: [],
  concerns_and_safeguarding: '',
  ending_and_handover: '',
  summary: '',
  worker_reflections: '',
  communications: [],
};
const nobody = { name: '', role: '' };
const stateOf = (sections: ReturnType<typeof recordSections>, key: string) => sections.find((s) => s.key === key)?.state;

describe('the sections of a record', () => {
  it('starts with what is needed not started and what is optional marked so', () => {
    const s = recordSections('observed', empty, nobody, []);
    expect(s.map((x) => x.key)).toEqual([
      'times',
      'aim_and_requirements',
      'arrival_and_greeting',
      'adult_engagement',
      'children',
      'physical_contact_gifts_food_photos_phones',
      'conversation_about_case',
      'interventions',
      'concerns_and_safeguarding',
      'ending_and_handover',
      'summary',
      'worker_reflections',
      'finalise',
    ]);
    expect(stateOf(s, 'times')).toBe('notStarted');
    expect(stateOf(s, 'interventions')).toBe('optional');
    expect(stateOf(s, 'concerns_and_safeguarding')).toBe('optional');
  });

  it('moves a section to in progress, then complete, as it is written', () => {
    const half = recordSections('observed', { ...empty, actual_start: '10:00' }, nobody, []);
    expect(stateOf(half, 'times')).toBe('inProgress');
    const whole = recordSections('observed', { ...empty, actual_start: '10:00', actual_end: '11:30', worker_reflections: 'Went well.' }, nobody, []);
    expect(stateOf(whole, 'times')).toBe('complete');
    expect(stateOf(whole, 'worker_reflections')).toBe('complete');
    // A child's quotation alone does not complete the child's section: the observations are needed.
    const quoted = recordSections('observed', { ...empty, children: [{ child_id: 1, observations: '', quotes: ['Hi'] }] }, nobody, []);
    expect(stateOf(quoted, 'children')).toBe('inProgress');
  });

  it('puts what Finalise refused in the section it belongs to, and the rest in a section first', () => {
    const s = recordSections('observed', empty, nobody, [
      { field: 'children[0].observations', message: 'Write your observations of Siân' },
      { field: 'summary', message: 'Write the summary' },
      { field: 'attendance', message: 'Enter the time Siân arrived' },
    ]);
    expect(s[0]).toMatchObject({ key: 'session', state: 'attention', problems: ['Enter the time Siân arrived'] });
    expect(s.find((x) => x.key === 'children')).toMatchObject({ state: 'attention', problems: ['Write your observations of Siân'] });
    expect(stateOf(s, 'summary')).toBe('attention');
    expect(stateOf(s, 'aim_and_requirements')).toBe('notStarted');
  });

  it('needs at least one communication in a contact log, and its date and what it was', () => {
    expect(stateOf(recordSections('communications', empty, nobody, []), 'communications')).toBe('notStarted');
    const one = { ...empty, communications: [{ date: '01/12/2026', what: 'Card', child_response: '', parents_response: '' }] };
    const s = recordSections('communications', one, { name: 'Ffion', role: 'Supervisor' }, []);
    expect(stateOf(s, 'communications')).toBe('complete');
    expect(stateOf(s, 'finalise')).toBe('complete');
    expect(stateOf(s, 'times')).toBe('optional');
  });
});
