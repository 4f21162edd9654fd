// The lock: which of setup, unlock or the app the window shows, locking on demand and after a
// quiet spell. Before the key is dropped, what is being typed is written to the data file.
import { api } from './api';
import { flushAllSavers } from './autosave.svelte';
import { forgetTableChoices } from './tablePrefs.svelte';
import type { Phase } from './bindings';

/** Minutes without a key press, click or scroll before the app locks itself, until the data
 * file's own choice (Settings) is read once it is open. */
export const IDLE_MINUTES = 10;

/** The idle lock as the data file has it: the user's choice, and the wait in seconds. */
export const idle = $state<{ minutes: number; seconds: number; choices: number[] }>({
  minutes: IDLE_MINUTES,
  seconds: IDLE_MINUTES * 60,
  choices: [5, 10, 15, 30],
});

/** Reads the idle time chosen for this data file; the default stays if it cannot be read. */
export async function loadIdleLock(): Promise<void> {
  try {
    Object.assign(idle, await api.getIdleLock());
  } catch {
    // Locked again before the answer came: the next unlock reads it.
  }
}

export const session = $state<{
  phase: Phase | null;
  recoveryKey: string;
  recovered: boolean;
  /** The key remembered on this computer no longer opened the file at start, and was forgotten. */
  keyForgotten: boolean;
}>({
  phase: null,
  recoveryKey: '',
  recovered: false,
  keyForgotten: false,
});

/** Saves the typing in progress, then closes the data file; the window shows the unlock screen. */
export async function lockNow(): Promise<void> {
  if (session.phase !== 'Unlocked') return;
  await flushAllSavers();
  await api.lock();
  forgetTableChoices();
  session.phase = 'Locked';
  session.recoveryKey = '';
}

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'focusin'] as const;

/** Locks after `seconds` without activity while unlocked; returns the function that stops it. */
export function watchIdle(seconds = IDLE_MINUTES * 60): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const restart = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void lockNow(), seconds * 1000);
  };
  for (const e of ACTIVITY) window.addEventListener(e, restart, { passive: true });
  restart();
  return () => {
    if (timer) clearTimeout(timer);
    for (const e of ACTIVITY) window.removeEventListener(e, restart);
  };
}
