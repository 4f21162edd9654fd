// The message catalogue: t('key', {param}) in the chosen language, falling back to English.
import { en, type MessageKey } from './en';
import { cy } from './cy';

export type Lang = 'en' | 'cy';

const STORAGE_KEY = 'contact-records.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'cy' ? 'cy' : 'en';
  } catch {
    return 'en';
  }
}

export const locale = $state<{ lang: Lang }>({ lang: initialLang() });

export function setLang(lang: Lang): void {
  locale.lang = lang;
  document.documentElement.lang = lang === 'cy' ? 'cy' : 'en-GB';
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be unavailable; the choice then lasts for this run only.
  }
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = (locale.lang === 'cy' ? cy[key] : undefined) ?? en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export type { MessageKey };
