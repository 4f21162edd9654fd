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
};

export type { AppError, FieldError, StartupStatus };
export type {
  CaseDetail,
  CaseInput,
  CaseList,
  CaseSummary,
  Child,
  ChildInput,
  Adult,
  AdultInput,
} from './bindings';
