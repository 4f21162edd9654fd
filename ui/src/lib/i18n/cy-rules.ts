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
};
