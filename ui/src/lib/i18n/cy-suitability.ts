// Welsh messages for remote contact suitability (en-suitability.ts).
import type { enSuitability } from './en-suitability';
import type { WelshCatalogue } from './types';

export const cySuitability: WelshCatalogue<keyof typeof enSuitability> = {
  'suitability.legend': 'A yw cyswllt o bell yn addas?',
  'suitability.hint':
    'Dim ond ar ôl i Gynghorydd Llys Teulu neu Weithiwr Cymdeithasol Llys Teulu asesu ei fod yn addas y bydd cyswllt o bell dan oruchwyliaeth yn digwydd, wedi siarad â’r ddau barti (a’r llys, lle bo’n briodol) fel bod pawb yn deall cyfyngiadau’r gwasanaeth. Pan fyddwch yn rhoi’r dyddiad, cofnodwch yr hyn a drafodwyd, y cyfyngiadau a esboniwyd a’r trefniadau adborth.',
  'suitability.on.hint': 'Er enghraifft, 23/11/2026. Gadewch yn wag nes bod cyswllt o bell wedi’i asesu.',
  'suitability.discussed': 'Yr hyn a drafodwyd â’r partïon',
  'suitability.discussed.hint':
    'Â phwy y buoch yn siarad (y ddau barti, a’r llys lle bo’n briodol), pryd, ac unrhyw faterion diogelu a godwyd.',
  'suitability.limitations': 'Cyfyngiadau cyswllt o bell a esboniwyd iddynt',
  'suitability.limitations.hint':
    'Er enghraifft, bod y goruchwyliwr yn gallu dod â galwad i ben ond nad yw’n gallu ymyrryd fel mewn canolfan, neu nad yw galwadau’n cael eu recordio.',
  'suitability.feedback': 'Trefniadau adborth',
  'suitability.feedback.hint':
    'Sut a phryd y bydd y partïon (a’r llys) yn clywed yn ôl, gan gynnwys os bydd cyswllt o bell yn peidio â bod yn ddiogel neu’n addas.',
  'suitability.summary': 'Aseswyd bod cyswllt o bell yn addas',
  'suitability.summary.value': '{date}, gan {name}',
  'suitability.notAssessed': 'Heb ei asesu eto',
};
