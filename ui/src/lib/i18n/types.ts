// Types shared by the catalogues. A counted message is a set of keys `base.<category>`, one per
// plural category of the language (Intl.PluralRules): English needs `one` and `other`; Welsh has
// six categories (zero, one, two, few, many, other), because the noun after a number mutates
// ("2 blentyn", "3 phlentyn") or takes the plural ("dim plant").

export const WELSH_ONLY_CATEGORIES = ['zero', 'two', 'few', 'many'] as const;
export type WelshOnlyCategory = (typeof WELSH_ONLY_CATEGORIES)[number];

/** The bases of the counted messages among the keys K: those with both `.one` and `.other`
 * (so `adult.role.other`, which has no `.one`, is not taken for a plural). */
export type PluralBaseOf<K extends string, All extends string = K> = K extends `${infer B}.other`
  ? `${B}.one` extends All
    ? B
    : never
  : never;

/** A Welsh catalogue for the English keys K: every key, and the four Welsh-only plural forms of
 * each counted message. A missing or unknown key is a type error. */
export type WelshCatalogue<K extends string> = Record<K | `${PluralBaseOf<K>}.${WelshOnlyCategory}`, string>;
