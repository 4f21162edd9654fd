// Keeps what is typed into a form for something new in the data file (encrypted with it, never in
// the window's own storage) until the form is saved or cancelled: a crash or a killed app loses at
// most a second of typing, and the form opens again with it.
import { api } from './api';
import { Autosaver } from './autosave.svelte';

export class FormDraft<T> {
  /** The form was filled from a kept draft: say so, so the user is not surprised. */
  restored = $state(false);
  readonly #saver: Autosaver;

  constructor(
    private readonly form: string,
    value: () => T,
  ) {
    this.#saver = new Autosaver(() => api.saveFormDraft(form, JSON.stringify(value())));
  }

  /** The kept typing, if any, merged over the form's empty values. */
  async restore(empty: T): Promise<T> {
    try {
      const kept = await api.getFormDraft(this.form);
      if (!kept) return empty;
      this.restored = true;
      return { ...empty, ...(JSON.parse(kept.json) as Partial<T>) };
    } catch {
      // A draft that cannot be read is not worth stopping the form for.
      return empty;
    }
  }

  /** Call on every change to the form. */
  changed(): void {
    this.#saver.changed();
  }

  /** The form was saved or cancelled: forget what was kept. */
  async clear(): Promise<void> {
    await this.#saver.discard();
    this.restored = false;
    await api.clearFormDraft(this.form).catch(() => undefined);
  }
}
