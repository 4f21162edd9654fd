// Welsh messages for the settings screen (en-settings.ts).
import type { enSettings } from './en-settings';
import type { WelshCatalogue } from './types';

export const cySettings: WelshCatalogue<keyof typeof enSettings> = {
  'nav.settings': 'Gosodiadau',
  'settings.title': 'Gosodiadau',
  'settings.lead':
    'Caiff terfynau amser eu cyfrif mewn diwrnodau gwaith: dydd Llun i ddydd Gwener, heb gynnwys gwyliau banc y calendr a ddewiswch na’ch diwrnodau cau eich hun.',
  'settings.calendar': 'Gwyliau banc',
  'settings.calendar.england_wales': 'Cymru a Lloegr (Cafcass, Cafcass Cymru)',
  'settings.calendar.jersey': 'Jersey: Cymru a Lloegr ynghyd â Diwrnod Rhyddhau, 9 Mai (JFCAS)',
  'settings.calendar.save': 'Cadw’r gwyliau banc',
  'settings.calendar.saved': 'Gwyliau banc wedi’u cadw. Mae pob terfyn amser bellach yn eu defnyddio.',
  'settings.closures': 'Diwrnodau cau',
  'settings.closures.lead': 'Diwrnodau pan fydd eich swyddfa ar gau. Nid ydynt yn cael eu cyfrif yn ddiwrnodau gwaith.',
  'settings.closures.none': 'Dim diwrnodau cau eto.',
  'settings.closures.date': 'Dyddiad',
  'settings.closures.reason': 'Rheswm (dewisol)',
  'settings.closures.reasonCol': 'Rheswm',
  'settings.closures.new': 'Ychwanegu diwrnod cau',
  'settings.closures.add': 'Ychwanegu’r diwrnod cau',
  'settings.closures.added': 'Diwrnod cau wedi’i ychwanegu',
  'settings.closures.removed': 'Diwrnod cau wedi’i dynnu',
  'settings.closures.remove': 'Tynnu {date}',
  'settings.signer': 'Eich allwedd llofnodi',
  'settings.signer.lead':
    'Caiff cofnodion y byddwch yn eu cwblhau yn y ffeil ddata hon eu llofnodi gyda’ch allwedd. Rhowch yr allwedd isod i gydweithwyr, neu i lys sy’n cael PDF, er mwyn iddynt wirio ei bod yn cyfateb i’r un sydd wedi’i hargraffu wrth ymyl eich llofnod.',
  'settings.signer.key': 'Eich allwedd',
  'settings.signer.none':
    'Nid oes gennych allwedd llofnodi eto: rhowch eich enw a’ch rôl i wneud un. Caiff ei gwneud unwaith a’i chadw yn y ffeil ddata hon.',
  'settings.signer.save': 'Cadw’r enw a’r rôl',
  'settings.signer.saved': 'Mae eich enw a’ch rôl wedi’u cadw. Mae eich allwedd yn aros yr un fath.',
};
