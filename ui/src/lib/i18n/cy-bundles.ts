// Welsh messages for case bundles and the sample case (en-bundles.ts).
import type { enBundles } from './en-bundles';
import type { WelshCatalogue } from './types';

export const cyBundles: WelshCatalogue<keyof typeof enBundles> = {
  'sample.load': 'Llwytho achos enghreifftiol',
  'sample.lead': 'Fel arall, gwelwch sut mae’n gweithio yn gyntaf: teulu dychmygol yw’r enghraifft, gyda chofnodion wedi’u hysgrifennu’n barod.',
  'sample.loading': 'Wrthi’n llwytho’r achos enghreifftiol…',
  'sample.loaded': 'Achos enghreifftiol wedi’i lwytho: teulu dychmygol, er mwyn i chi weld yr ap yn gweithio.',
  'bundle.import': 'Mewnforio bwndel achos',
  'bundle.import.title': 'Mewnforio bwndel achos',
  'bundle.import.lead':
    'Un ffeil yw bwndel achos, sy’n cynnwys achos gyda’i bobl, ei atgyfeiriadau, ei sesiynau, ei gofnodion a’i ddigwyddiadau, fel y cafodd ei allforio gan ddefnyddiwr arall Cofnodion Cyswllt. Mae ei fewnforio’n ychwanegu’r achos yma; nid oes dim sydd yma’n barod yn cael ei newid.',
  'bundle.import.choose': 'Dewis ffeil',
  'bundle.import.choosing': 'Yn aros i chi ddewis ffeil…',
  'bundle.import.file': 'Ffeil',
  'bundle.import.exported': 'Wedi’i allforio',
  'bundle.import.holds': 'Mae’r ffeil hon yn cynnwys',
  'bundle.import.case': '{number}, {name}: {children}, {adults}, {referrals}, {sessions}, {records} ({final} yn derfynol), {incidents}',
  'bundle.import.confirm': 'Mewnforio',
  'bundle.import.asNew': 'Mewnforio fel achos newydd o dan y rhif rhydd nesaf',
  'bundle.import.asNew.hint':
    'Mae achos gyda’r rhif achos llys hwn yma’n barod. Bydd yr achos a fewnforir yn cael rhif, er enghraifft, {number}-2.',
  'bundle.import.importing': 'Wrthi’n mewnforio…',
  'bundle.import.done.zero': 'Dim achosion wedi’u mewnforio',
  'bundle.import.progress': 'Wrthi’n mewnforio achos {done} o {total}…',
  'bundle.import.done.one': 'Wedi mewnforio 1 achos',
  'bundle.import.done.two': 'Wedi mewnforio {count} achos',
  'bundle.import.done.few': 'Wedi mewnforio {count} achos',
  'bundle.import.done.many': 'Wedi mewnforio {count} achos',
  'bundle.import.done.other': 'Wedi mewnforio {count} achos',
  'bundle.import.none': 'Ni fewnforiwyd dim.',
  'bundle.import.problems': 'Ni chafodd y bwndel ei fewnforio. Nid oes dim wedi’i newid.',
  'bundle.export': 'Allforio bwndel achos',
  'bundle.export.lead':
    'Un ffeil gyda’r achos hwn a phopeth sy’n perthyn iddo, i’w drosglwyddo i gydweithiwr neu i gadw copi. Mae’n cynnwys data personol am blant: cadwch ef mor ddiogel â’r gliniadur hwn.',
  'bundle.export.exporting': 'Wrthi’n allforio’r bwndel achos…',
  'bundle.export.done': 'Bwndel achos wedi’i gadw: {path}',
  'bundle.import.signers': 'Wedi’i lofnodi gan',
  'bundle.import.trust': 'Rwy’n ymddiried yn allweddi’r llofnodwyr hyn',
  'bundle.import.trust.hint':
    'Dim ond os byddwch yn cytuno y caiff cofnodion a lofnodwyd gydag allwedd nad yw’r ffeil ddata hon wedi’i gweld o’r blaen eu mewnforio. Gwiriwch bob allwedd gyda’i llofnodwr (dros y ffôn, neu yn erbyn PDF a anfonwyd ganddynt) cyn gwneud hynny.',
  'bundle.import.newSigners': 'Llofnodwyr newydd',
  'bundle.import.nameClash':
    'Mae’r ffeil ddata hon eisoes yn adnabod “{name}” wrth allwedd arall ({known}), ond mae’r bwndel hwn wedi’i lofnodi gan “{name}” ag allwedd {key}. Holwch {name} pa allwedd sy’n eiddo iddyn nhw: os nad hi yw eu hallwedd nhw, mae rhywun arall wedi llofnodi yn eu henw. Peidiwch ag ymddiried ynddi nes i chi wirio.',
};
