// Keyboard shortcuts for the few frequent actions: Alt and a letter (never a letter alone, which
// would fire while typing: WCAG 2.1.4). Going somewhere is done here; an action on the page is
// any element marked `data-shortcut="<letter>"`, which is clicked (or focused, if a field).
import type { MessageKey } from './i18n/en';
import { go, type Route } from './router.svelte';

export type Shortcut = { key: string; what: MessageKey; route?: Route };

/** The documented list, in the order the settings page shows it. */
export const SHORTCUTS: Shortcut[] = [
  { key: 'C', what: 'shortcuts.cases', route: { name: 'register' } },
  { key: 'D', what: 'shortcuts.due', route: { name: 'due' } },
  { key: 'Y', what: 'shortcuts.diary', route: { name: 'diary' } },
  { key: 'F', what: 'shortcuts.search' },
  { key: 'N', what: 'shortcuts.session' },
  { key: 'Q', what: 'shortcuts.quote' },
  { key: 'S', what: 'shortcuts.sections' },
];

/** Handles one key press; true when it was a shortcut. */
export function handleShortcut(e: KeyboardEvent): boolean {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return false;
  // The physical key, so that the letter is the same whatever the keyboard layout gives with Alt.
  const key = /^Key([A-Z])$/.exec(e.code)?.[1] ?? (/^[a-z]$/i.test(e.key) ? e.key.toUpperCase() : undefined);
  const shortcut = SHORTCUTS.find((s) => s.key === key);
  if (!shortcut) return false;
  if (shortcut.route) {
    go(shortcut.route);
    return true;
  }
  const target = document.querySelector<HTMLElement>(`[data-shortcut="${shortcut.key}"]`);
  if (!target) return false;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) target.focus();
  else if (target instanceof HTMLAnchorElement || target instanceof HTMLButtonElement) target.click();
  else (target.querySelector<HTMLElement>('a, button, input, textarea') ?? target).focus();
  return true;
}
