// Welsh messages for exports and the register's service filter (en-exports.ts).
import type { enExports } from './en-exports';
import type { WelshCatalogue } from './types';

export const cyExports: WelshCatalogue<keyof typeof enExports> = {
  'register.filter.service': 'Gwasanaeth',
  'exports.title': 'Dogfennau a allforiwyd',
  'exports.none': 'Does dim wedi’i allforio o’r achos hwn yn yr ap eto.',
  'exports.show': 'Dangos yn y ffolder',
  'exports.showNamed': 'Dangos {name} yn ei ffolder',
  'exports.col.document': 'Dogfen',
  'exports.col.when': 'Allforiwyd',
  'exports.col.where': 'Cadwyd yn',
  'exports.kind.observed_session': 'Cofnod o Gyswllt a Arsylwyd (un sesiwn)',
  'exports.kind.observed_final': 'Cofnod Terfynol o Gyswllt a Arsylwyd',
  'exports.kind.supported': 'Cofnod o Gyswllt â Chymorth',
  'exports.kind.court_report': 'Adroddiad i’r llys',
  'exports.kind.bundle': 'Bwndel achos',
} as const;
