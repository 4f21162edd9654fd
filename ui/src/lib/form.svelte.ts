// Form state shared by every form: the field errors from the core, and the submit in progress.
import { ApiError, type FieldError } from './api';
import { t } from './i18n/index.svelte';

export class FormState {
  errors = $state<FieldError[]>([]);
  general = $state('');
  busy = $state(false);

  errorFor(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }

  /** Runs `action`; a refusal fills the error summary and inline errors, and focuses the summary. */
  async submit<T>(action: () => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.errors = [];
    this.general = '';
    try {
      return await action();
    } catch (e) {
      if (e instanceof ApiError && e.fields.length > 0) this.errors = e.fields;
      else if (e instanceof ApiError) this.general = e.message;
      else this.general = t('app.unexpected', { message: String(e) });
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  get hasErrors(): boolean {
    return this.errors.length > 0 || this.general !== '';
  }
}

/** The element id of a field, from its name or the core's JSON path of it:
 * "date_of_birth" -> "field-date-of-birth", "children[0].observations" -> "field-children-0-observations". */
export function fieldId(name: string): string {
  return `field-${name.replace(/[_[\].]+/g, '-').replace(/-+$/, '')}`;
}
