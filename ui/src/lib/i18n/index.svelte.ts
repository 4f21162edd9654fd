// The message catalogue: t('key', {param}) in the chosen language; tp('base', count) for counts,
// in the plural form the language needs for that number.
import { en, type MessageKey } from './en';
import type { PluralBaseOf } from './types';

export type Lang = 'en' | 'cy';
export type PluralBase = PluralBaseOf<MessageKey>;
type Params = Record<string, string | number>;

const STORAGE_KEY = 'contact-records.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'cy' ? 'cy' : 'en';
  } catch {
    return 'en';
  }
}

export const locale = $state<{ lang: Lang }>({ lang: initialLang() });

// The Welsh catalogue comes in a chunk of its own, fetched when Welsh is chosen (main.ts fetches
// it before the first screen when Welsh was the choice last time), so that a start in English
// does not parse it. Until it is here, Welsh falls back to English.
let welsh = $state.raw<Record<string, string> | null>(null);
let welshLoading: Promise<void> | null = null;
let wanted: Lang = locale.lang;

/** Fetches the Welsh catalogue, once. */
export function loadWelsh(): Promise<void> {
  return (welshLoading ??= import('./cy').then((m) => {
    welsh = m.cy;
  }));
}

/** Takes the Welsh catalogue at once (the unit tests, which switch language synchronously). */
export function useWelsh(table: Record<string, string>): void {
  welsh = table;
}

/** The catalogue of `lang`: English while the Welsh one is still on its way. */
export function catalogue(lang: Lang): Record<string, string> {
  return lang === 'cy' && welsh ? welsh : en;
}

/** Switches the language (to Welsh once its catalogue is here), remembers it, and tells the
 * document and the window. */
export function setLang(lang: Lang): void {
  wanted = lang;
  if (lang === 'cy' && !welsh) {
    // If it cannot be fetched the app stays in English: there is nothing else to show.
    loadWelsh()
      .then(() => {
        if (wanted === 'cy') setLang('cy');
      })
      .catch(() => {});
    return;
  }
  locale.lang = lang;
  document.documentElement.lang = lang === 'cy' ? 'cy' : 'en-GB';
  document.title = t('app.title');
  void setWindowTitle(document.title);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be unavailable; the choice then lasts for this run only.
  }
}

// The native window's title is set apart from the page's: the window was created with the
// English one from tauri.conf.json. Outside Tauri (tests, a plain browser) there is no window to
// tell, and without the `core:window:allow-set-title` permission Tauri refuses; the page title
// has been set either way.
export async function setWindowTitle(title: string): Promise<void> {
  if (!('__TAURI_INTERNALS__' in window)) return;
  try {
    const { getCurrentWindow } = await import('@tauri-apps/api/window');
    await getCurrentWindow().setTitle(title);
  } catch {
    // Not permitted or not available: the page title stands.
  }
}

function fill(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function lookup(key: string): string | undefined {
  return catalogue(locale.lang)[key] ?? (en as Record<string, string>)[key];
}

export function t(key: MessageKey, params: Params = {}): string {
  return fill(lookup(key) ?? key, params);
}

// Fixed for the life of the app: nothing here needs to be reactive.
const rules: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules('en-GB'),
  cy: new Intl.PluralRules('cy'),
};

/** A counted message: `tp('count.sessions', 3)` is "3 sessions", "3 sesiwn"; `{count}` is filled
 * with the number, and any other parameters as t() does. */
export function tp(base: PluralBase, count: number, params: Params = {}): string {
  const category = rules[locale.lang].select(count);
  const text = lookup(`${base}.${category}`) ?? lookup(`${base}.other`) ?? base;
  return fill(text, { count, ...params });
}

export type { MessageKey };
