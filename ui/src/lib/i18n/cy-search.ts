// Welsh messages for searching everything (en-search.ts).
import type { enSearch } from './en-search';
import type { WelshCatalogue } from './types';

export const cySearch: WelshCatalogue<keyof typeof enSearch> = {
  'search.label': 'Chwilio popeth',
  'search.button': 'Chwilio',
  'search.title': 'Chwilio',
  'search.hint': 'Rhifau achos, enwau, a geiriau mewn atgyfeiriadau, cofnodion a digwyddiadau. Does dim ots am acenion na phriflythrennau.',
  'search.empty': 'Teipiwch air i chwilio amdano.',
  'search.found': 'Achosion a gafwyd ar gyfer “{query}”: {count}',
  'search.none': 'Ni chafwyd dim ar gyfer “{query}”.',
  'search.noneHint': 'Gwiriwch y sillafu, neu rhowch gynnig ar lai o eiriau.',
  'search.moreCases': 'Mae mwy o achosion yn cyfateb nag a ddangosir. Ychwanegwch air i gyfyngu’r chwiliad.',
  'search.moreHits': 'Canlyniadau eraill yn yr achos hwn, heb eu dangos: {count}',
  'search.session': '{what}, sesiwn {number}',
  'search.source.case': 'Achos',
  'search.source.child': 'Plentyn',
  'search.source.adult': 'Oedolyn',
  'search.source.referral': 'Atgyfeiriad',
  'search.source.record': 'Cofnod',
  'search.source.addendum': 'Atodiad',
  'search.source.incident': 'Digwyddiad',
};
