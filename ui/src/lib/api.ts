// The one client module: every call to the Rust side goes through here, typed by the generated
// bindings. Failures become ApiError, carrying the core's stable code and its plain-words message.
import {
  commands,
  type AppError_Serialize as AppError,
  type FieldError,
  type StartupStatus_Serialize as StartupStatus,
} from './bindings';
import { say } from './i18n/coreMessage';

type Result<T, E> = { status: 'ok'; data: T } | { status: 'error'; error: E };

export class ApiError extends Error {
  readonly code: AppError['code'];
  readonly fields: FieldError[];
  /** The key of a keyed refusal, for screens that answer a particular rule. */
  readonly key: string | undefined;

  // The core's keyed messages are said here, once, in the language chosen when they arrive.
  constructor(e: AppError) {
    const fields = (e.fields ?? []).map((f) => ({ ...f, message: say(f) }));
    const [only] = fields;
    super(fields.length === 1 && only ? only.message : say(e));
    this.name = 'ApiError';
    this.code = e.code;
    this.fields = fields;
    this.key = e.msg?.key;
  }
}

async function unwrap<T>(call: Promise<Result<T, AppError>>): Promise<T> {
  const r = await call;
  if (r.status === 'ok') return r.data;
  throw new ApiError(r.error);
}

type Commands = typeof commands;
type Unwrapped<F> = F extends (...args: infer A) => Promise<Result<infer T, AppError>>
  ? (...args: A) => Promise<T>
  : F;

// Commands that never fail, and so return their value rather than a Result.
const PLAIN = new Set<keyof Commands>(['appStatus', 'passphraseStrength', 'logFromCommunications']);

/** Every command, typed from the bindings; a refusal is thrown as an ApiError. */
export const api = Object.fromEntries(
  Object.entries(commands).map(([name, call]) => [
    name,
    PLAIN.has(name as keyof Commands)
      ? call
      : (...args: unknown[]) =>
          unwrap((call as (...a: unknown[]) => Promise<Result<unknown, AppError>>)(...args)),
  ]),
) as { [K in keyof Commands]: Unwrapped<Commands[K]> };

export type { AppError, FieldError, StartupStatus };
// What the core sends back (serialised); the inputs are what the forms send.
export type {
  Dashboard_Serialize as Dashboard,
  Deadline_Serialize as Deadline,
  Incident_Serialize as Incident,
  AuditEntry_Serialize as AuditEntry,
  RecordView_Serialize as RecordView,
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
  CalendarKind,
  CciKind,
  ClosureDay,
  ClosureDayInput,
  ImportChoice,
  ImportProgress,
  RecordSummary,
  AddendumInput,
  RecordContent,
  ReportRequest,
  SignerIdentity,
  SignerInput,
  PersonRef,
  ReferralDatesInput,
  Service,
  Diary,
  DiarySession,
  SearchHit,
  SearchResults,
  ReviewOverride,
  ReviewOverrideInput,
  DutyConsultationInput,
  PreContactInput,
} from './bindings';
