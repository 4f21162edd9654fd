// The idle lock: it waits the time the data file gives (the user's choice), starts again on any
// activity, saves the typing first and then locks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
vi.mock('./api', () => ({
  api: {
    lock: vi.fn(async () => {
      calls.push('lock');
    }),
    getIdleLock: vi.fn(async () => ({ minutes: 5, seconds: 300, choices: [5, 10, 15, 30] })),
  },
}));
vi.mock('./autosave.svelte', () => ({
  flushAllSavers: vi.fn(async () => {
    calls.push('save');
  }),
}));

const { idle, loadIdleLock, session, watchIdle } = await import('./lock.svelte');

describe('the idle lock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    calls.length = 0;
    session.phase = 'Unlocked';
  });
  afterEach(() => vi.useRealTimers());

  it('reads the chosen time from the data file', async () => {
    expect(idle.minutes).toBe(10);
    await loadIdleLock();
    expect(idle).toEqual({ minutes: 5, seconds: 300, choices: [5, 10, 15, 30] });
  });

  it('locks after the time without activity, saving the typing first', async () => {
    const stop = watchIdle(120);
    await vi.advanceTimersByTimeAsync(119_000);
    expect(calls).toEqual([]);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    await vi.advanceTimersByTimeAsync(119_000);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toEqual(['save', 'lock']);
    expect(session.phase).toBe('Locked');
    stop();
  });

  it('stops watching when told', async () => {
    const stop = watchIdle(60);
    stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toEqual([]);
    expect(session.phase).toBe('Unlocked');
  });
});
