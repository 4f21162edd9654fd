// The lock: which of setup, unlock or the app the window shows, locking on demand and after a
// quiet spell. Before the key is dropped, what is being typed is written to the data file.
import { api } from './api';
import { flushAllSavers } from './autosave.svelte';
import type { Phase } from './bindings';

/** Minutes without a key press, click or scroll before the app locks itself. */
export const IDLE_MINUTES = 10;

export const session = $state<{ phase: Phase | null; recoveryKey: string; recovered: boolean }>({
  phase: null,
  recoveryKey: '',
  recovered: false,
});

/** Saves the typing in progress, then closes the data file; the window shows the unlock screen. */
export async function lockNow(): Promise<void> {
  if (session.phase !== 'Unlocked') return;
  await flushAllSavers();
  await api.lock();
  session.phase = 'Locked';
  session.recoveryKey = '';
}

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'focusin'] as const;

/** Locks after `minutes` without activity while unlocked; returns the function that stops it. */
export function watchIdle(minutes = IDLE_MINUTES): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const restart = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void lockNow(), minutes * 60_000);
  };
  for (const e of ACTIVITY) window.addEventListener(e, restart, { passive: true });
  restart();
  return () => {
    if (timer) clearTimeout(timer);
    for (const e of ACTIVITY) window.removeEventListener(e, restart);
  };
}
