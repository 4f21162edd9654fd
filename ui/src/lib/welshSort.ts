// Alphabetical order of names in the chosen language. In Welsh the digraphs ch, dd, ff, ng, ll,
// ph, rh, th are letters of their own, in the order of the Welsh alphabet:
//   a b c ch d dd e f ff g ng h i j l ll m n o p ph r rh s t th u w y
// so "Lowri" comes before "Llinos" and "Rhys" after "Robert". Letters outside the Welsh alphabet
// (k q v x z, in borrowed names) sit after their English neighbours. Case is ignored; accents
// (â ê î ô û ŵ ŷ, ä ë ï ö ü ẅ ÿ, and acute and grave) are kept and count only after the letters:
// "Sian" < "Siân" < "Sioned".
//
// "ng" is ambiguous in Welsh: in "angen" it is one letter, in "Bangor" it is n + g. Telling them
// apart needs a dictionary; like most Welsh software we take every "ng" as the digraph, so
// "Bangor" sorts as b-a-ng-o-r, before "Banc", where a dictionary puts it after. For names such
// as Angharad (before Anwen) the rule is right.
//
// Nothing on the screens sorts names yet (the core sends children by date of birth, adults and
// cases in their own orders); a list sorted by name (a sortable register column, people in a
// picker) should sort with sortByName, so that it follows the language of the UI.
import { locale, type Lang } from './i18n/index.svelte';

const ALPHABET = [
  'a', 'b', 'c', 'ch', 'd', 'dd', 'e', 'f', 'ff', 'g', 'ng', 'h', 'i', 'j', 'k', 'l', 'll', 'm',
  'n', 'o', 'p', 'ph', 'q', 'r', 'rh', 's', 't', 'th', 'u', 'v', 'w', 'x', 'y', 'z',
];
const RANK = new Map(ALPHABET.map((letter, i) => [letter, i + 1]));
const DIGRAPHS = new Set(ALPHABET.filter((l) => l.length === 2));
// Accents by the order Welsh dictionaries list them after the plain letter.
const MARKS = ['\u0301', '\u0300', '\u0302', '\u0308'];

type Token = { primary: number; mark: number; text: string };

/** The letters of a name for sorting: digraphs joined, accents split off, other punctuation
 * dropped; a space or hyphen between words sorts before any letter ("Ann Jones" before "Anna"). */
function tokens(name: string): Token[] {
  const chars = [...name.normalize('NFD').toLowerCase()];
  const out: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (/[\s\p{Pd}]/u.test(c)) {
      if (out.length > 0 && out[out.length - 1]?.primary !== 0) out.push({ primary: 0, mark: 0, text: ' ' });
      continue;
    }
    if (/\p{M}/u.test(c)) {
      const last = out[out.length - 1];
      if (last) last.mark = Math.max(last.mark, MARKS.indexOf(c) + 1 || MARKS.length + 1);
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    const pair = c + (chars[i + 1] ?? '');
    if (DIGRAPHS.has(pair)) {
      out.push({ primary: RANK.get(pair) ?? 0, mark: 0, text: pair });
      i++;
      continue;
    }
    // Digits before letters; letters of other alphabets after z, by code point.
    const code = c.codePointAt(0) ?? 0;
    const rank = RANK.get(c) ?? (/\p{N}/u.test(c) ? code - 1000 : code + 1000);
    out.push({ primary: rank, mark: 0, text: c });
  }
  while (out[out.length - 1]?.primary === 0) out.pop();
  return out;
}

/** Welsh alphabetical order: the letters first, then the accents; names alike in both come in a
 * fixed order (lower case first), so a sort never swaps them from one run to the next. */
export function welshCompare(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const d = (ta[i] as Token).primary - (tb[i] as Token).primary;
    if (d !== 0) return d;
  }
  if (ta.length !== tb.length) return ta.length - tb.length;
  for (let i = 0; i < ta.length; i++) {
    const d = (ta[i] as Token).mark - (tb[i] as Token).mark;
    if (d !== 0) return d;
  }
  return a === b ? 0 : a.normalize('NFC') < b.normalize('NFC') ? 1 : -1;
}

const english = new Intl.Collator('en-GB');

/** Compares two names in the order of the language the UI is in. */
export function compareNames(a: string, b: string, lang: Lang = locale.lang): number {
  return lang === 'cy' ? welshCompare(a, b) : english.compare(a, b);
}

/** A copy of `items` sorted by name in the order of the language the UI is in. */
export function sortByName<T>(items: readonly T[], name: (item: T) => string, lang: Lang = locale.lang): T[] {
  return [...items].sort((x, y) => compareNames(name(x), name(y), lang));
}
