// The core's messages said in the chosen language: the core sends a key and its parameters (with
// its English text beside them); the key is looked up in the catalogue (en-core.ts, generated
// from the Rust, and cy-core.ts). `{name}` is filled as t() does; `{Name}` is filled with the
// first letter made a capital, as the core does (src-tauri/core/src/message.rs). A parameter that
// is itself a key (a field's name) is said in the same language.
import type { Message, Param } from '../bindings';
import { duration } from '../format';
import { en } from './en';
import { catalogue, locale } from './index.svelte';

function lookup(key: string): string | undefined {
  return catalogue(locale.lang)[key] ?? (en as Record<string, string>)[key];
}

function capital(s: string): string {
  return s.charAt(0).toLocaleUpperCase(locale.lang === 'cy' ? 'cy' : 'en-GB') + s.slice(1);
}

/** "A, B and C"; in Welsh "A, B a C", with "ac" before a vowel ("Owain ac Elin"). (Intl.ListFormat
 * says "a(c)" in Welsh, leaving the choice to the reader.) */
export function nameList(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const last = names[names.length - 1]!;
  const and = locale.lang === 'cy' ? (/^[aeiouyâêîôûŷàèìòùáéíóúäëïöü]/i.test(last) ? 'ac' : 'a') : 'and';
  return `${names.slice(0, -1).join(', ')} ${and} ${last}`;
}

/** A parameter in the chosen language: text as it is, a key looked up (its own `{name}`s filled
 * from the same parameters, as the core does: "mae angen {wanted}", wanted: "rhif cyfan o 0 i
 * {max}"), minutes as a duration ("1 awr 30 munud"), names as a list ("A, B a C"), other messages
 * one after another (what a referral still needs). */
function paramText(p: Param, params: Message['params'], depth: number): string {
  if ('text' in p && p.text !== undefined) return p.text;
  if ('key' in p && p.key !== undefined) {
    const nested = lookup(p.key);
    if (nested === undefined) return p.key;
    return depth < 4 ? fill(nested, params, depth + 1) : nested;
  }
  if ('minutes' in p && p.minutes !== undefined) return duration(p.minutes);
  if ('list' in p && p.list !== undefined) return nameList(p.list);
  if ('keys' in p && p.keys !== undefined) return p.keys.map((k) => lookup(k) ?? k).join('; ');
  return '';
}

/** The message in the chosen language; `fallback` (the core's English) for an unknown key. */
export function sayMessage(m: Message, fallback: string): string {
  const template = lookup(m.key);
  if (template === undefined) return fallback;
  return fill(template, m.params, 0);
}

function fill(template: string, params: Message['params'], depth: number): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const p = params[lower];
    if (!p) return whole;
    const value = paramText(p, params, depth);
    return name === lower ? value : capital(value);
  });
}

/** What a problem says: its key in the chosen language, or its English words when it has none. */
export function say(problem: { message: string; msg?: Message | null }): string {
  return problem.msg ? sayMessage(problem.msg, problem.message) : problem.message;
}

/** One parameter of a message said on its own, in the chosen language. */
export function sayParam(p: Param): string {
  return paramText(p, {}, 0);
}
