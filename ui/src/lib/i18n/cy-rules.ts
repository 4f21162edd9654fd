// Welsh messages for the rules of issue 14: mynd ymlaen heb yr adolygiad, gyda rheswm.
import type { enRules } from './en-rules';
import type { WelshCatalogue } from './types';

export const cyRules: WelshCatalogue<keyof typeof enRules> = {
  'override.title': 'Mynd ymlaen heb yr adolygiad?',
  'override.lead':
    'Mae’r canllawiau’n disgwyl adolygiad ar y pwynt hwn, ond cewch fynd ymlaen pan fo rheswm da. Caiff eich rheswm ei gadw ar yr atgyfeiriad gyda’ch enw a dyddiad heddiw, ac ni ellir ei newid wedyn.',
  'override.reason': 'Pam mae’r sesiynau’n mynd ymlaen heb yr adolygiad',
  'override.reason.hint':
    'Er enghraifft, mae’r cyfarfod adolygu wedi’i drefnu ar gyfer yr wythnos nesaf a gofynnodd y plentyn am gadw’r cyswllt wythnosol tan hynny',
  'override.save': 'Cofnodi’r rheswm a chadw’r sesiwn',
  'override.saved': 'Rheswm wedi’i gofnodi a sesiwn wedi’i chadw',
  'overrides.title': 'Sesiynau a gynhaliwyd heb yr adolygiad',
  'overrides.by': '{date}, cofnodwyd gan {who}',
  'duty.title': 'Ymgynghori â’r Cynghorydd Llys Teulu neu’r Gweithiwr Cymdeithasol Llys Teulu ar ddyletswydd',
  'duty.flag':
    'Nid oes ymgynghoriad â’r Cynghorydd Llys Teulu neu’r Gweithiwr Cymdeithasol Llys Teulu ar ddyletswydd wedi’i gofnodi ar gyfer yr atgyfeiriad hwn a orchmynnwyd gan y llys. Mae Cafcass Cymru yn ariannu cyswllt a orchmynnir yn y FHDRA ar ôl yr ymgynghoriad hwnnw; dylai’r Rheolwr Ymarfer ardal ar ddyletswydd herio atgyfeiriad a wnaed hebddo. Rhowch wybod i’r Rheolwr Ymarfer, neu cofnodwch yr ymgynghoriad yma.',
  'duty.flag.short': 'I’r Rheolwr Ymarfer',
  'duty.consulted': 'Ymgynghorwyd â {who} ar {date}.',
  'duty.recordedBy': 'Cofnodwyd gan {who}.',
  'duty.consultedOn': 'Dyddiad yr ymgynghori â’r swyddog ar ddyletswydd',
  'duty.officer': 'Enw’r Cynghorydd Llys Teulu neu’r Gweithiwr Cymdeithasol Llys Teulu ar ddyletswydd',
  'duty.save': 'Cofnodi’r ymgynghoriad',
  'duty.saved': 'Ymgynghoriad wedi’i gofnodi',
  'preContact.title': 'Asesiad cyn cyswllt',
  'preContact.missing':
    'Mae’r ganolfan yn cynnal sesiwn asesu cyn cyswllt i asesu unrhyw risgiau i’r partïon cyn y sesiwn cyswllt â chymorth gyntaf. Ni ellir cofnodi bod unrhyw sesiwn wedi’i chynnal nes ei fod wedi’i gofnodi yma.',
  'preContact.done': 'Cynhaliwyd ar {date} gan {who}.',
  'preContact.on': 'Dyddiad yr asesiad cyn cyswllt',
  'preContact.by': 'Pwy a’i cynhaliodd',
  'preContact.notes': 'Beth a ganfuwyd (dewisol)',
  'preContact.save': 'Cofnodi’r asesiad',
  'preContact.saved': 'Asesiad cyn cyswllt wedi’i gofnodi',
  'sessionWarn.near':
    'Gyda’r sesiwn hon, bydd {after} o’r {allowed} a ganiateir i’r atgyfeiriad hwn wedi’u defnyddio neu eu cynllunio, gan adael {left}.',
  'sessionWarn.over':
    'Gyda’r sesiwn hon, byddai’r atgyfeiriad hwn yn cyrraedd {after}, mwy na’r {allowed} a ganiateir: caiff ei wrthod. Byrhewch hi, neu canslwch sesiwn arall.',
};
