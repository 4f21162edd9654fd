import { beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { api, ApiError } = await import('./api');

async function failure(call: () => Promise<unknown>): Promise<InstanceType<typeof ApiError>> {
  try {
    await call();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw new Error(`expected an ApiError, got ${String(e)}`);
  }
  throw new Error('expected the call to fail');
}

describe('api client', () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it('passes typed arguments to the named command and returns its data', async () => {
    invoke.mockResolvedValue({ cases: [], total: 0 });
    await expect(api.listCases('sian')).resolves.toEqual({ cases: [], total: 0 });
    expect(invoke).toHaveBeenCalledWith('list_cases', { query: 'sian' });
  });

  it('turns a refusal into an ApiError with code, message and fields', async () => {
    const refusal = {
      code: 'Invalid',
      message: 'Enter the court case number',
      fields: [{ field: 'court_case_number', message: 'Enter the court case number' }],
    };
    invoke.mockImplementation(async () => {
      throw refusal;
    });
    const err = await failure(() => api.getCase(1));
    expect(err.code).toBe('Invalid');
    expect(err.message).toBe('Enter the court case number');
    expect(err.fields[0]?.field).toBe('court_case_number');
  });

  it('gives an empty field list when the core sent none', async () => {
    invoke.mockImplementation(async () => {
      throw { code: 'Locked', message: 'in use' };
    });
    const err = await failure(() => api.listCases(''));
    expect(err.code).toBe('Locked');
    expect(err.fields).toEqual([]);
  });

  it('says a keyed refusal in the chosen language, keeping the English for an unknown key', async () => {
    const { locale } = await import('./i18n/index.svelte');
    invoke.mockImplementation(async () => {
      throw {
        code: 'RuleBroken',
        message: 'Mark the session as having taken place before finalising its record',
        msg: { key: 'core.record.markTookPlace', params: {} },
      };
    });
    locale.lang = 'cy';
    try {
      const welsh = await failure(() => api.listCases(''));
      expect(welsh.message).toBe('Nodwch fod y sesiwn wedi digwydd cyn cwblhau ei chofnod');
    } finally {
      locale.lang = 'en';
    }
    invoke.mockImplementation(async () => {
      throw { code: 'RuleBroken', message: 'In English', msg: { key: 'core.no.such', params: {} } };
    });
    expect((await failure(() => api.listCases(''))).message).toBe('In English');
  });

  it('returns the startup status as sent, since that command never refuses', async () => {
    const status = { db_path: '/tmp/x.db', error: null };
    invoke.mockResolvedValue(status);
    await expect(api.appStatus()).resolves.toEqual(status);
  });

  it('wraps every generated command, so a new command needs no hand-written client code', async () => {
    invoke.mockResolvedValue([]);
    await expect(api.listClosureDays()).resolves.toEqual([]);
    expect(invoke.mock.calls[0]?.[0]).toBe('list_closure_days');
  });
});
