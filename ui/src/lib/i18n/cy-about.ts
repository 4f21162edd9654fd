// Welsh messages for the About screen (en-about.ts).
import type { enAbout } from './en-about';
import type { WelshCatalogue } from './types';

export const cyAbout: WelshCatalogue<keyof typeof enAbout> = {
  'nav.about': 'Ynghylch',
  'about.title': 'Ynghylch Cofnodion Cyswllt',
  'about.version': 'Fersiwn',
  'about.dataFile': 'Ffeil ddata',
  'about.backups': 'Copïau wrth gefn awtomatig',
  'about.none': 'Dim: mae’r sgrin gyntaf yn dweud pam',
  'about.licences': 'Trwyddedau',
  'about.licences.lead':
    'Mae Cofnodion Cyswllt wedi’i adeiladu ar waith pobl eraill. Gwneir y rhestr hon o ffeiliau clo’r fersiwn rydych yn ei rhedeg: y ffontiau yn ei ffeiliau PDF, y llyfrgelloedd Rust yn yr ap a’r pecynnau JavaScript yn ei ffenestr.',
  'about.fonts': 'Ffontiau yn y ffeiliau PDF',
  'about.fonts.files': 'Ffeiliau',
  'about.fonts.licence': 'Testun y drwydded',
  'about.rust': 'Llyfrgelloedd Rust ({count})',
  'about.npm': 'Pecynnau JavaScript ({count})',
  'about.col.name': 'Enw',
  'about.col.version': 'Fersiwn',
  'about.col.licence': 'Trwydded',
  'about.loading': 'Wrthi’n llwytho’r trwyddedau',
} as const;
