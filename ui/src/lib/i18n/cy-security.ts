// Welsh messages for the lock (en-security.ts): first-run passphrase, recovery key, unlock, and the
// data file's safety in settings.
import type { enSecurity } from './en-security';
import type { WelshCatalogue } from './types';

export const cySecurity: WelshCatalogue<keyof typeof enSecurity> = {
  'setup.title': 'Dewiswch gyfrinymadrodd',
  'setup.lead':
    'Caiff eich cofnodion eu cadw mewn ffeil wedi’i hamgryptio ar y cyfrifiadur hwn. Dewiswch gyfrinymadrodd i’w chloi. Byddwch yn ei deipio bob tro y byddwch yn agor Cofnodion Cyswllt.',
  'setup.convertTitle': 'Amgryptio eich ffeil ddata',
  'setup.convertLead':
    'Cafodd eich ffeil ddata ei gwneud gan fersiwn gynharach ac nid yw wedi’i hamgryptio eto. Dewiswch gyfrinymadrodd: caiff y ffeil ei hamgryptio ag ef, a chaiff y copïau heb eu hamgryptio eu dileu unwaith y bydd y ffeil wedi’i hamgryptio yn agor.',
  'setup.warning':
    'Os byddwch yn colli’r cyfrinymadrodd a’r allwedd adfer a ddangosir nesaf, ni all neb agor eich cofnodion: nid chi, nid cymorth TG, nid ni.',
  'setup.passphrase': 'Cyfrinymadrodd',
  'setup.passphraseHint':
    'O leiaf 10 nod. Mae tri neu bedwar gair ar hap yn hawdd eu cofio ac yn anodd eu dyfalu.',
  'setup.confirm': 'Teipiwch y cyfrinymadrodd eto',
  'setup.strength': 'Cryfder: {label}',
  'setup.submit': 'Amgryptio a pharhau',
  'recovery.title': 'Eich allwedd adfer',
  'recovery.lead':
    'Mae’r allwedd hon yn agor eich ffeil ddata os byddwch yn anghofio’r cyfrinymadrodd. Ysgrifennwch hi neu ei hargraffu nawr a’i chadw mewn lle diogel, i ffwrdd o’r cyfrifiadur hwn. Ni chaiff ei dangos eto.',
  'recovery.done': 'Rwyf wedi ysgrifennu’r allwedd adfer',
  'unlock.title': 'Datgloi Cofnodion Cyswllt',
  'unlock.lead': 'Teipiwch eich cyfrinymadrodd i agor eich cofnodion.',
  'unlock.passphrase': 'Cyfrinymadrodd',
  'unlock.submit': 'Datgloi',
  'unlock.useRecovery': 'Rwyf wedi colli fy nghyfrinymadrodd: defnyddio’r allwedd adfer',
  'unlock.usePassphrase': 'Defnyddio fy nghyfrinymadrodd',
  'unlock.recoveryKey': 'Allwedd adfer',
  'unlock.recoveryHint': 'Y 96 llythyren a digid a ysgrifennoch, gyda bylchau neu hebddynt.',
  'unlock.afterRecovery':
    'Rydych wedi agor y ffeil gyda’r allwedd adfer. Dewiswch gyfrinymadrodd newydd yn y Gosodiadau nawr.',
  'lock.button': 'Cloi',
  'security.title': 'Cyfrinymadrodd a chopïau wrth gefn',
  'security.lead':
    'Mae Cofnodion Cyswllt yn cloi ei hun ar ôl {minutes} munud heb ei ddefnyddio. Caiff yr hyn roeddech yn ei deipio ei gadw yn gyntaf.',
  'security.change': 'Newid y cyfrinymadrodd',
  'security.current': 'Cyfrinymadrodd presennol',
  'security.new': 'Cyfrinymadrodd newydd',
  'security.changeSubmit': 'Newid y cyfrinymadrodd',
  'security.changed':
    'Mae’r cyfrinymadrodd wedi newid. Ysgrifennwch yr allwedd adfer newydd isod: nid yw’r hen un yn gweithio mwyach.',
  'security.backup': 'Gwneud copi wrth gefn nawr',
  'security.backupLead':
    'Caiff copi wrth gefn ei wneud yn awtomatig unwaith y dydd, wrth ymyl y ffeil ddata. Gallwch hefyd gadw un lle y dewiswch, er enghraifft ar yriant USB wedi’i amgryptio. Mae’r un cyfrinymadrodd yn ei agor.',
  'security.backedUp': 'Cadwyd y copi wrth gefn yn {path}',
  'security.restore': 'Adfer copi wrth gefn',
  'security.restoreLead':
    'Mae’n disodli popeth yng Nghofnodion Cyswllt gyda’r copi wrth gefn a ddewiswch. Teipiwch y cyfrinymadrodd y gwnaed y copi wrth gefn ag ef.',
  'security.restorePassphrase': 'Cyfrinymadrodd y copi wrth gefn',
  'security.restoreSubmit': 'Dewis copi wrth gefn a’i adfer',
  'security.restored': 'Mae’r copi wrth gefn wedi’i adfer.',
  'idleLock.legend': 'Cloi ar ôl cymaint â hyn heb ei ddefnyddio',
  'idleLock.minutes.zero': '{count} munud',
  'idleLock.minutes.one': '1 munud',
  'idleLock.minutes.two': '{count} funud',
  'idleLock.minutes.few': '{count} munud',
  'idleLock.minutes.many': '{count} munud',
  'idleLock.minutes.other': '{count} munud',
  'idleLock.save': 'Cadw’r amser cloi',
  'idleLock.saved': 'Bydd Cofnodion Cyswllt nawr yn cloi ei hun ar ôl {minutes} munud heb ei ddefnyddio.',
};
