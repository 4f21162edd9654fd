// Welsh messages for the office's own deadlines (en-office.ts).
import type { enOffice } from './en-office';
import type { WelshCatalogue } from './types';

export const cyOffice: WelshCatalogue<keyof typeof enOffice> = {
  'office.title': 'Terfynau amser eich swyddfa',
  'office.lead':
    'Nid oes unrhyw ddogfen ffynhonnell yn gosod y ddau derfyn amser hyn: arfer eich swyddfa ei hun ydynt. Mae’r terfynau amser, y dangosfwrdd a phob achos yn eu cyfrif fel rydych yn eu gosod yma, mewn diwrnodau gwaith (hepgorir penwythnosau, gwyliau banc a’ch diwrnodau cau).',
  'office.sessionRecord': 'Cofnod sesiwn',
  'office.sessionRecord.hint':
    'Nifer y diwrnodau gwaith ar ôl y sesiwn y mae ei chofnod yn ddyledus, o 0 (yr un diwrnod) i 10. Fel arfer 1: y diwrnod gwaith nesaf.',
  'office.followUp': 'Dilyniant ysgrifenedig i ddigwyddiad',
  'office.followUp.hint':
    'Nifer y diwrnodau gwaith ar ôl rhoi gwybod am y digwyddiad y mae’r dilyniant ysgrifenedig yn ddyledus, o 0 (yr un diwrnod) i 10. Fel arfer 0.',
  'office.workingDays': 'diwrnod gwaith',
  'office.save': 'Cadw’r terfynau amser',
  'office.saved': 'Mae terfynau amser eich swyddfa wedi’u cadw. Mae’r dyddiadau dyledus yn eu cyfrif nawr.',
};
