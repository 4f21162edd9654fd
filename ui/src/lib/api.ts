// The one client module: every call to the Rust side goes through here, typed by the generated
// bindings. Failures become ApiError, carrying the core's stable code and its plain-words message.
import {
  commands,
  type AppError_Serialize as AppError,
  type FieldError,
  type StartupStatus_Serialize as StartupStatus,
} from './bindings';

type Result<T, E> = { status: 'ok'; data: T } | { status: 'error'; error: E };

export class ApiError extends Error {
  readonly code: AppError['code'];
  readonly fields: FieldError[];

  constructor(e: AppError) {
    super(e.message);
    this.name = 'ApiError';
    this.code = e.code;
    this.fields = e.fields ?? [];
  }
}

async function unwrap<T>(call: Promise<Result<T, AppError>>): Promise<T> {
  const r = await call;
  if (r.status === 'ok') return r.data;
  throw new ApiError(r.error);
}

export const api = {
  appStatus: () => commands.appStatus(),
  listCases: (query: string) => unwrap(commands.listCases(query)),
  getCase: (id: number) => unwrap(commands.getCase(id)),
  createCase: (input: Parameters<typeof commands.createCase>[0]) =>
    unwrap(commands.createCase(input)),
  updateCase: (id: number, input: Parameters<typeof commands.updateCase>[1]) =>
    unwrap(commands.updateCase(id, input)),
  addChild: (caseId: number, input: Parameters<typeof commands.addChild>[1]) =>
    unwrap(commands.addChild(caseId, input)),
  updateChild: (id: number, input: Parameters<typeof commands.updateChild>[1]) =>
    unwrap(commands.updateChild(id, input)),
  removeChild: (id: number) => unwrap(commands.removeChild(id)),
  addAdult: (caseId: number, input: Parameters<typeof commands.addAdult>[1]) =>
    unwrap(commands.addAdult(caseId, input)),
  updateAdult: (id: number, input: Parameters<typeof commands.updateAdult>[1]) =>
    unwrap(commands.updateAdult(id, input)),
  removeAdult: (id: number) => unwrap(commands.removeAdult(id)),
  listReferrals: (caseId: number) => unwrap(commands.listReferrals(caseId)),
  getReferral: (id: number) => unwrap(commands.getReferral(id)),
  createReferral: (caseId: number, input: Parameters<typeof commands.createReferral>[1]) =>
    unwrap(commands.createReferral(caseId, input)),
  updateReferral: (id: number, input: Parameters<typeof commands.updateReferral>[1]) =>
    unwrap(commands.updateReferral(id, input)),
  markReferralSent: (id: number, sentOn: string) => unwrap(commands.markReferralSent(id, sentOn)),
  updateReferralDates: (id: number, input: Parameters<typeof commands.updateReferralDates>[1]) =>
    unwrap(commands.updateReferralDates(id, input)),
  addSession: (referralId: number, input: Parameters<typeof commands.addSession>[1]) =>
    unwrap(commands.addSession(referralId, input)),
  updateSession: (id: number, input: Parameters<typeof commands.updateSession>[1]) =>
    unwrap(commands.updateSession(id, input)),
  recordAttendance: (sessionId: number, input: Parameters<typeof commands.recordAttendance>[1]) =>
    unwrap(commands.recordAttendance(sessionId, input)),
  listIncidents: (caseId: number) => unwrap(commands.listIncidents(caseId)),
  createIncident: (caseId: number, input: Parameters<typeof commands.createIncident>[1]) =>
    unwrap(commands.createIncident(caseId, input)),
  dashboard: () => unwrap(commands.dashboard()),
  caseDeadlines: (caseId: number) => unwrap(commands.caseDeadlines(caseId)),
};

export type { AppError, FieldError, StartupStatus };
// What the core sends back (serialised); the inputs are what the forms send.
export type {
  Dashboard_Serialize as Dashboard,
  Deadline_Serialize as Deadline,
  Incident_Serialize as Incident,
  ReferralDetail_Serialize as ReferralDetail,
  ReferralSummary_Serialize as ReferralSummary,
  IncidentInput_Deserialize as IncidentInput,
  ReferralInput_Deserialize as ReferralInput,
  SessionInput_Deserialize as SessionInput,
} from './bindings';
export type {
  CaseDetail,
  CaseInput,
  CaseList,
  CaseSummary,
  Child,
  ChildInput,
  Adult,
  AdultInput,
  AttendanceInput,
  CciKind,
  PersonRef,
  ReferralDatesInput,
  Service,
} from './bindings';
