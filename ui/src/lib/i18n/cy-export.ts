// Welsh messages for choosing the language of an exported document (en-export.ts).
import type { enExport } from './en-export';
import type { WelshCatalogue } from './types';

export const cyExport: WelshCatalogue<keyof typeof enExport> = {
  'export.language': 'Iaith y ddogfen',
  'export.language.hint': 'Wedi’i awgrymu o’r iaith a ddewisodd pob person yn yr achos hwn.',
  'export.language.bilingual': 'Cymraeg a Saesneg (Cymraeg yn gyntaf)',
  'export.language.welsh': 'Cymraeg',
  'export.language.english': 'Saesneg',
};
