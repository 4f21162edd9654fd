// Invented data for rendering the screens in tests, as the core would send it. Everything a
// person typed is in Welsh here, so that any English left on a Welsh screen is the app's own.
import type {
  CaseDetail,
  CaseList,
  Dashboard,
  Deadline,
  Diary,
  DiarySession,
  Incident,
  RecordSummary,
  RecordView,
  ReferralDetail,
  ReferralSummary,
} from '../lib/api';
import type { Sending } from '../lib/bindings';

const deadline: Deadline = {
  kind: 'provider_acceptance',
  due: '2026-11-25',
  case_id: 1,
  case_number: 'CF26P00777',
  case_name: 'Ynghylch S ac E (plant)',
  referral_id: 1,
  session_id: null,
  incident_id: 1,
  what: '—',
  rule: '—',
  source: '—',
  done: false,
  state: 'overdue',
  signed_not_sent: true,
};

export const caseList: CaseList = {
  total: 2,
  cases: [
    { id: 1, court_case_number: 'CF26P00777', case_name: 'Ynghylch S ac E (plant)', court: 'Llys Teulu Caerdydd', adviser_name: 'Ffion Llwyd', children_count: 2, status: 'open' },
    { id: 2, court_case_number: 'SA25P00042', case_name: 'Ynghylch M (plentyn)', court: 'Llys Teulu Abertawe', adviser_name: 'Dafydd ap Huw', children_count: 1, status: 'closed' },
  ],
};

export const dashboard: Dashboard = { today: '2026-11-23', overdue: [deadline], due_today: [{ ...deadline, state: 'due_today' }], due_soon: [] };

export const caseDetail: CaseDetail = {
  case: {
    id: 1,
    court: 'Llys Teulu Caerdydd',
    court_case_number: 'CF26P00777',
    cafcass_number: '1234567',
    cafcass_system: 'iris',
    adviser_name: 'Ffion Llwyd',
    case_name: 'Ynghylch S ac E (plant)',
    status: 'open',
    notes: '',
    created_at: '2026-11-01T10:00:00Z',
    updated_at: '2026-11-01T10:00:00Z',
  },
  children: [{ id: 1, case_id: 1, full_name: 'Siân Llŷr Hughes', date_of_birth: '2019-03-27', language: 'welsh', needs: '' }],
  adults: [{ id: 1, case_id: 1, full_name: 'Gwenllïan ap Dafydd', role: 'mother', party: 'resident', contact_details: '', language: 'welsh' }],
};

export const referrals: ReferralSummary[] = [
  { id: 1, service: 'supervised_contact', provider_name: 'Canolfan Gyswllt y Bae', status: 'active', sent_on: '2026-11-10', sessions: 3, minutes: 180 },
];

export const sendings: Sending[] = [
  {
    id: 1,
    case_id: 1,
    item_kind: 'session_record',
    item_id: 1,
    sent_on: '2026-11-18',
    recipient: 'court',
    recipient_name: '',
    method: 'court_portal',
    notes: '',
    recorded_at: '2026-11-18T09:00:00Z',
  },
];

export const records: RecordSummary[] = [
  {
    record_id: 1,
    kind: 'observed',
    status: 'final',
    referral_id: 1,
    service: 'supervised_contact',
    session_id: 1,
    session_number: 1,
    session_date: '2026-11-17',
    signed_name: 'Ffion Llwyd',
    signed_at: '2026-11-17T16:30:00',
    addenda: 2,
    saved_at: '2026-11-17T16:30:00Z',
  },
];

export const incidents: Incident[] = [
  {
    id: 1,
    case_id: 1,
    referral_id: 1,
    session_id: 1,
    occurred_on: '2026-11-17',
    occurred_time: '10:20',
    kind: 'safeguarding_concern',
    by_whom: 'Tad',
    people_involved: 'Siân',
    what_happened: 'Sylw am yr achos.',
    action_taken: 'Ailgyfeirio’r sgwrs.',
    police_told_on: null,
    police_told_whom: '',
    social_services_told_on: null,
    social_services_told_whom: '',
    reported_to_referrer_on: null,
    written_followup_sent_on: null,
    created_at: '2026-11-17T11:00:00Z',
    updated_at: '2026-11-17T11:00:00Z',
  },
];

const session = {
  id: 1,
  referral_id: 1,
  number: 1,
  date: '2026-11-17',
  start_time: '10:00',
  duration_minutes: 90,
  venue: 'Canolfan Gyswllt y Bae',
  supervisor: 'Ffion Llwyd',
  status: 'took_place' as const,
  cancelled_by: null,
  cancel_reason: '',
};
const attendance = [
  { id: 1, session_id: 1, person: { kind: 'child' as const, id: 1 }, full_name: 'Siân Llŷr Hughes', arrived: '10:00', departed: '11:30', brought_by: 'Mam', late_reason: '' },
];

export const referralDetail: ReferralDetail = {
  referral: {
    id: 1,
    case_id: 1,
    service: 'supervised_contact',
    cci_kinds: [],
    basis: 'ordered_at_fhdra',
    provider_name: 'Canolfan Gyswllt y Bae',
    provider_address: '',
    provider_naccc_accredited: true,
    provider_email: '',
    risk_assessment: 'Dim pryderon hysbys.',
    risk_assessed_on: '2026-11-01',
    risk_assessed_by: 'Ffion Llwyd',
    session_plan: 'Tair sesiwn o awr.',
    planned_sessions: 3,
    remote_assessed_on: null,
    remote_assessed_by: '',
    remote_discussed: '',
    remote_limitations: '',
    remote_feedback: '',
    permitted: [{ kind: 'child', id: 1 }, { kind: 'adult', id: 1 }],
    sent_on: '2026-11-10',
    dates: { received_on: '2026-11-11', accepted_on: '2026-11-12', declined_on: null, started_on: '2026-11-17', ceased_on: null, reviewed_on: null },
    status: 'active',
    created_at: '2026-11-01T10:00:00Z',
    updated_at: '2026-11-01T10:00:00Z',
  },
  case_number: 'CF26P00777',
  case_name: 'Ynghylch S ac E (plant)',
  permitted_people: [
    { person: { kind: 'child', id: 1 }, full_name: 'Siân Llŷr Hughes', description: 'child' },
    { person: { kind: 'adult', id: 1 }, full_name: 'Gwenllïan ap Dafydd', description: 'mother' },
  ],
  sessions: [{ session, attendance, record: 'final' }],
  hours: { allowed_minutes: 360, planned_minutes: 180, used_minutes: 90, remaining_minutes: 270 },
  review: { state: 'not_applicable' },
  period: null,
  missing_to_send: [],
  deadlines: [deadline],
  record_kind: 'observed',
  warnings: [],
  warnings_msg: [],
  review_overrides: [
    {
      id: 1,
      referral_id: 1,
      reason: 'Mae’r cyfarfod adolygu wedi’i drefnu ar gyfer 30/11/2026.',
      decided_on: '2026-11-20',
      decided_by: 'Ffion Llwyd',
      recorded_at: '2026-11-20T10:00:00Z',
    },
  ],
  duty_consultation: null,
  practice_manager_flag: true,
  pre_contact: null,
};

export const recordView: RecordView = {
  record_id: 1,
  kind: 'observed',
  status: 'final',
  content: {
    actual_start: '10:02',
    actual_end: '11:28',
    aim_and_requirements: 'Arsylwi’r cyswllt.',
    arrival_and_greeting: 'Cyrhaeddodd Siân yn hapus.',
    adult_engagement: 'Chwarae gyda’i gilydd.',
    children: [{ child_id: 1, observations: 'Roedd yn gyfforddus.', quotes: ['Dw i eisiau dod eto.'] }],
    physical_contact_gifts_food_photos_phones: 'Cwtsh ar y diwedd.',
    conversation_about_case: 'Dim.',
    interventions: [{ time: '10:20', what: 'Ailgyfeirio.', why: 'Sôn am yr achos.', response: 'Derbyniodd hynny.' }],
    concerns_and_safeguarding: 'Dim.',
    ending_and_handover: 'Ffarwelio’n dawel.',
    summary: 'Sesiwn gadarnhaol.',
    worker_reflections: 'Cynnes.',
    communications: [],
  },
  revision: 3,
  saved_at: '2026-11-17T16:30:00Z',
  signature: { name: 'Ffion Llwyd', role: 'Goruchwyliwr cyswllt', signed_at: '2026-11-17T16:30:00', key_fingerprint: '1a2b 3c4d 5e6f 7a8b' },
  fingerprint: 'ab12cd34ef56',
  addenda: [{ id: 1, reason: 'Cywiro amser.', text: 'Daeth y sesiwn i ben am 11:28.', name: 'Ffion Llwyd', role: 'Goruchwyliwr cyswllt', signed_at: '2026-11-18T09:00:00', fingerprint: 'ff00' }],
  context: {
    case_id: 1,
    case_name: 'Ynghylch S ac E (plant)',
    court_case_number: 'CF26P00777',
    referral_id: 1,
    service: 'supervised_contact',
    provider: 'Canolfan Gyswllt y Bae',
    session: { session_id: 1, number: 1, of_planned: 3, date: '2026-11-17', scheduled_start: '10:00', scheduled_end: '11:30', venue: 'Canolfan Gyswllt y Bae', supervisor: 'Ffion Llwyd', status: 'took_place' },
    children: [{ id: 1, name: 'Siân Llŷr Hughes', age: 7 }],
    attendance,
    incidents,
    sessions: [{ session, attendance, record: 'final' }],
  },
};

/** The same session's record while it is still being written. */
export const draftView: RecordView = { ...recordView, status: 'draft', signature: null, fingerprint: null, addenda: [] };

/** The Record of Supported Contact of a referral, not yet finalised. */
export const supportedView: RecordView = {
  ...draftView,
  kind: 'supported',
  context: { ...recordView.context, service: 'supported_contact', session: null },
};

// Two sessions of one supervisor that overlap: the diary shows a clash.
const diarySession = (id: number, case_number: string, start: string, end: string): DiarySession => ({
  session_id: id,
  referral_id: 1,
  case_id: 1,
  case_number,
  case_name: 'Ynghylch S ac E (plant)',
  service: 'supervised_contact',
  number: id,
  date: '2026-11-23',
  start_time: start,
  end_time: end,
  duration_minutes: 90,
  venue: `Ystafell ${id}`,
  supervisor: 'Ffion Llwyd',
  status: 'scheduled',
  children: [{ id: 1, name: 'Siân Llŷr Hughes' }],
  clashes_with: [id === 1 ? 2 : 1],
});
const d1 = diarySession(1, 'CF26P00777', '10:00', '11:30');
const d2 = diarySession(2, 'SA25P00042', '11:00', '12:30');
const side = (s: DiarySession) => ({ session_id: s.session_id, case_number: s.case_number, number: s.number, date: s.date, start_time: s.start_time, end_time: s.end_time });
export const diary: Diary = {
  from: '2026-11-23',
  to: '2026-11-29',
  sessions: [d1, d2],
  clashes: [{ kind: 'supervisor', shared: 'Ffion Llwyd', sessions: [side(d1), side(d2)] }],
};
