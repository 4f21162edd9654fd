// Autosave for long forms: every change is written within about a second, one write at a time,
// and nothing typed is dropped when a write is slow or fails. There is no Save button to forget.

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** How long after the first unsaved keystroke the write starts. Typing does not push it back, so
 * a steady typist is never more than this (plus one write) behind. */
export const SAVE_DELAY_MS = 700;

// Every saver still alive, so locking can write what is being typed before the key is dropped.
// Not shown anywhere, so not reactive.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const live = new Set<WeakRef<Autosaver>>();

/** Writes whatever any form has not written yet; a write that fails is left (the lock goes on). */
export async function flushAllSavers(): Promise<void> {
  const savers = [...live].map((r) => r.deref());
  for (const ref of live) if (!ref.deref()) live.delete(ref);
  await Promise.all(savers.map((s) => s?.flush().catch(() => undefined)));
}

export class Autosaver {
  state = $state<SaveState>('idle');
  /** When the last write landed (as the core reported it). */
  savedAt = $state<string | null>(null);
  /** The plain-words reason the last write failed. */
  problem = $state('');

  #timer: ReturnType<typeof setTimeout> | null = null;
  #inFlight: Promise<void> | null = null;
  #dirty = false;

  constructor(
    private readonly write: () => Promise<string>,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {
    live.add(new WeakRef(this));
  }

  /** Call on every change. */
  changed(): void {
    this.#dirty = true;
    if (this.state !== 'saving') this.state = 'idle';
    this.#timer ??= setTimeout(() => {
      this.#timer = null;
      void this.flush();
    }, this.delayMs);
  }

  /** Writes now if anything is unsaved; resolves when everything typed so far is written. */
  async flush(): Promise<void> {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    while (this.#inFlight) await this.#inFlight;
    if (!this.#dirty) return;
    this.#dirty = false;
    this.state = 'saving';
    this.#inFlight = this.write().then(
      (at) => {
        this.savedAt = at;
        this.problem = '';
        this.state = this.#dirty ? 'idle' : 'saved';
      },
      (e: unknown) => {
        // Kept dirty so the next change (or the retry below) writes it again.
        this.#dirty = true;
        this.problem = e instanceof Error ? e.message : String(e);
        this.state = 'failed';
      },
    );
    await this.#inFlight;
    this.#inFlight = null;
    if (this.#dirty && (this.state as SaveState) !== 'failed') await this.flush();
  }

  /** Drops anything not yet written and waits for a write in progress: the form was saved or
   * cancelled, so its draft is about to be removed and must not be written again after. */
  async discard(): Promise<void> {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    this.#dirty = false;
    while (this.#inFlight) await this.#inFlight;
    this.state = 'idle';
  }

  /** Whether something typed has not been written yet. */
  get pending(): boolean {
    return this.#dirty || this.#inFlight !== null;
  }
}
