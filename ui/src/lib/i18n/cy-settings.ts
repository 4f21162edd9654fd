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
};
