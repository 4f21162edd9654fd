import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver } from './autosave.svelte';

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes once, within the delay, however many keystrokes came', async () => {
    const write = vi.fn(async () => '2026-11-23T10:00:00Z');
    const saver = new Autosaver(write, 700);
    for (let i = 0; i < 20; i++) {
      saver.changed();
      await vi.advanceTimersByTimeAsync(30);
    }
    // 600 ms of typing: the write started at 700 ms after the first keystroke, not after the last.
    await vi.advanceTimersByTimeAsync(100);
    expect(write).toHaveBeenCalledTimes(1);
    expect(saver.state).toBe('saved');
    expect(saver.savedAt).toBe('2026-11-23T10:00:00Z');
  });

  it('writes again what was typed during a slow write', async () => {
    let finish: (v: string) => void = () => {};
    const write = vi.fn(() => new Promise<string>((r) => (finish = r)));
    const saver = new Autosaver(write, 10);
    saver.changed();
    await vi.advanceTimersByTimeAsync(10);
    expect(saver.state).toBe('saving');
    saver.changed();
    finish('t1');
    await vi.advanceTimersByTimeAsync(0);
    expect(write).toHaveBeenCalledTimes(2);
    finish('t2');
    await vi.advanceTimersByTimeAsync(20);
    expect(saver.savedAt).toBe('t2');
    expect(saver.state).toBe('saved');
    expect(saver.pending).toBe(false);
  });

  it('keeps a failed write pending and says why', async () => {
    const write = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('The data file is locked'))
      .mockResolvedValueOnce('t2');
    const saver = new Autosaver(write, 10);
    saver.changed();
    await vi.advanceTimersByTimeAsync(10);
    expect(saver.state).toBe('failed');
    expect(saver.problem).toBe('The data file is locked');
    expect(saver.pending).toBe(true);
    await saver.flush();
    expect(saver.state).toBe('saved');
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('flush with nothing typed writes nothing', async () => {
    const write = vi.fn(async () => 't');
    await new Autosaver(write).flush();
    expect(write).not.toHaveBeenCalled();
  });
});

describe('discarding', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('drops a pending write, so a cleared draft is not written again', async () => {
    const write = vi.fn(async () => 't');
    const saver = new Autosaver(write, 50);
    saver.changed();
    await saver.discard();
    await vi.advanceTimersByTimeAsync(100);
    expect(write).not.toHaveBeenCalled();
    expect(saver.pending).toBe(false);
  });
});
