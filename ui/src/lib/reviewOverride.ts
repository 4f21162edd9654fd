// Going ahead without the review: which refusals of the core offer it (the rule's message keys,
// core/src/message_rules.rs), so the session form can ask for a written reason.
import { ApiError } from './api';

export const OVERRIDABLE_KEYS: readonly string[] = ['core.rules.reviewFirst', 'core.rules.cciReviewFirst'];

/** Whether a refusal is one the adviser may go ahead past with a written reason. */
export function offersOverride(e: unknown): boolean {
  return e instanceof ApiError && e.key !== undefined && OVERRIDABLE_KEYS.includes(e.key);
}
