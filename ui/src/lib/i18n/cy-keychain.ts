// Welsh messages for "remember on this computer" (en-keychain.ts).
import type { enKeychain } from './en-keychain';
import type { WelshCatalogue } from './types';

export const cyKeychain: WelshCatalogue<keyof typeof enKeychain> = {
  'keychain.title': 'Cofio ar y cyfrifiadur hwn',
  'keychain.lead':
    'Gall Cofnodion Cyswllt gadw allwedd eich ffeil ddata yng nghadwyn allweddi’r cyfrifiadur hwn, fel ei bod yn agor heb eich cyfrinymadrodd pan fyddwch yn ei chychwyn.',
  'keychain.risk':
    'Gwnewch hyn dim ond ar gyfrifiadur sy’n eiddo i chi yn unig, sy’n gofyn am eich cyfrinair eich hun pan fydd yn cychwyn neu’n deffro, ac y mae ei ddisg wedi’i hamgryptio. Bydd unrhyw un sy’n gallu defnyddio’ch cyfrif tra byddwch wedi mewngofnodi yn gallu agor y cofnodion. Mae cloi, a’r clo ar ôl cyfnod tawel, yn dal i ofyn am eich cyfrinymadrodd.',
  'keychain.unavailable':
    'Nid yw hyn ar gael ar y cyfrifiadur hwn: ni atebodd unrhyw gadwyn allweddi. Bydd Cofnodion Cyswllt yn gofyn am eich cyfrinymadrodd bob tro y bydd yn cychwyn.',
  'keychain.on':
    'Mae’r allwedd yn cael ei chofio ar y cyfrifiadur hwn. Mae Cofnodion Cyswllt yn agor heb eich cyfrinymadrodd pan fydd yn cychwyn.',
  'keychain.off':
    'Nid yw’r allwedd yn cael ei chofio. Mae Cofnodion Cyswllt yn gofyn am eich cyfrinymadrodd bob tro y bydd yn cychwyn.',
  'keychain.passphrase': 'Eich cyfrinymadrodd',
  'keychain.passphraseHint': 'I brofi mai chi sydd yma cyn cadw’r allwedd.',
  'keychain.remember': 'Cofio ar y cyfrifiadur hwn',
  'keychain.forget': 'Anghofio ar y cyfrifiadur hwn',
  'keychain.remembered': 'Mae’r allwedd bellach yn cael ei chofio ar y cyfrifiadur hwn.',
  'keychain.forgotten': 'Mae’r allwedd wedi’i thynnu o gadwyn allweddi’r cyfrifiadur hwn.',
  'keychain.refused':
    'Ni wnaeth y gadwyn allweddi yr hyn a ofynnwyd. Efallai ei bod wedi’i chloi: datglowch hi (efallai y bydd yn gofyn am gyfrinair eich cyfrifiadur) a rhowch gynnig arall arni.',
  'keychain.stale':
    'Nid yw’r allwedd a gofiwyd ar y cyfrifiadur hwn yn agor eich ffeil ddata mwyach (efallai bod y cyfrinymadrodd wedi newid, neu fod copi wrth gefn wedi’i adfer), felly mae wedi’i hanghofio. Teipiwch eich cyfrinymadrodd. Gallwch gofio’r allwedd newydd eto yn y Gosodiadau.',
};
