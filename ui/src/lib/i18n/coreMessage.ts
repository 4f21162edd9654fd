// The core's messages said in the chosen language: the core sends a key and its parameters (with
// its English text beside them); the key is looked up in the catalogue (en-core.ts, generated
// from the Rust, and cy-core.ts). `{name}` is filled as t() does; `{Name}` is filled with the
// first letter made a capital, as the core does (src-tauri/core/src/message.rs). A parameter that
// is itself a key (a field's name) is said in the same language.
import type { Message } from '../bindings';
import { en } from './en';
import { cy } from './cy';
import { locale } from './index.svelte';

function lookup(key: string): string | undefined {
  const table: Record<string, string> = locale.lang === 'cy' ? cy : en;
  return table[key] ?? (en as Record<string, string>)[key];
}

function capital(s: string): string {
  return s.charAt(0).toLocaleUpperCase(locale.lang === 'cy' ? 'cy' : 'en-GB') + s.slice(1);
}

/** The message in the chosen language; `fallback` (the core's English) for an unknown key. */
export function sayMessage(m: Message, fallback: string): string {
  const template = lookup(m.key);
  if (template === undefined) return fallback;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const p = m.params[lower];
    if (!p) return whole;
    const value = 'text' in p && p.text !== undefined ? p.text : (lookup(p.key ?? '') ?? p.key ?? '');
    return name === lower ? value : capital(value);
  });
}

/** What a problem says: its key in the chosen language, or its English words when it has none. */
export function say(problem: { message: string; msg?: Message | null }): string {
  return problem.msg ? sayMessage(problem.msg, problem.message) : problem.message;
}
