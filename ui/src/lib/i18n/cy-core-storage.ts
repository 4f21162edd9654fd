// Welsh for the core's messages about files and bundles (issue 13, "words"): storage errors
// (backups, restore, exports, the data file's path, signing, encryption, settings, signed
// documents read back), what a bundle import says about a value of the wrong type or an
// impossible date, broken JSON syntax, and signed documents that do not match the bundle.
// Wired into cy-core.ts; en-core.ts (generated from the Rust) holds the English.
import type { enCore } from './en-core';
import type { WelshCatalogue } from './types';

type Key = keyof typeof enCore;
/** The keys this file holds; cy-core.ts holds the rest. */
export type StorageKey = Extract<
  Key,
  | `core.storage.${string}`
  | `core.bundle.${string}`
  | `core.json.${string}`
  | `core.month.${string}`
  | `core.signed.${string}`
  | 'core.what.policeToldOn'
  | 'core.what.socialServicesToldOn'
  | 'core.import.caseNumberTaken'
  | 'core.import.sessionNumberOrder'
  | 'core.import.noReferralAt'
  | 'core.import.recordKind'
  | 'core.import.signerNotListed'
  | 'core.import.sentNamesNothing'
  | 'core.import.draftNoSignature'
  | 'core.import.supportedOnlyFinal'
  | 'core.import.finalNeedsSignature'
  | 'core.import.giveReferralToo'
  | 'core.import.citesOtherSession'
  | 'core.import.sessionNotHeld'
  | 'core.import.finalDiffers'
  | 'core.import.recordDiffers'
  | 'core.import.signerOtherKey'
  | 'core.import.signerNew'
>;

export const cyCoreStorage: WelshCatalogue<StorageKey> = {
  'core.storage.internal':
    'Aeth rhywbeth o’i le wrth gadw ({detail}). Nid oes dim wedi’i gadw. Rhowch gynnig arall arni; os bydd yn digwydd eto, gofynnwch i’ch cymorth TG am help.',
  'core.storage.sqliteOther':
    'Aeth rhywbeth o’i le wrth ddarllen neu ysgrifennu’r ffeil ddata; nid oes dim wedi’i gadw. ({detail})',
  'core.storage.noRandom': 'Nid oedd rhifau ar hap ar gael ar gyfer allwedd llofnodi ({error}). Rhowch gynnig arall arni.',
  'core.storage.signingKeyDamaged': 'Mae’r allwedd llofnodi yn y ffeil ddata wedi’i difrodi: nid oes modd ei darllen.',
  'core.storage.signedReportUnreadable': 'Nid oedd modd darllen adroddiad wedi’i lofnodi yn ôl.',
  'core.storage.signedRecordUnreadable': 'Nid oedd modd darllen cofnod terfynol wedi’i lofnodi yn ôl.',
  'core.storage.oldSignatureRecord':
    'Cafodd cofnod terfynol ei lofnodi gan fersiwn hŷn o Cofnodion Cyswllt heb lofnod go iawn, felly ni ellir ei allforio. Rhedwch `contact-records verify`.',
  'core.storage.oldSignatureAddendum':
    'Cafodd atodiad ei lofnodi gan fersiwn hŷn o Cofnodion Cyswllt heb lofnod go iawn, felly ni ellir ei allforio.',
  'core.storage.personNotInCase': 'Nid yw unigolyn a enwir ar atgyfeiriad yn yr achos.',
  'core.storage.pdfWrite': 'Nid oedd modd ysgrifennu’r PDF ({error}).',
  'core.storage.reportGlyph':
    'Ni ellir argraffu’r nod U+{code} {ch} gyda ffont yr adroddiad. Mae yn “{context}”: tynnwch ef neu rhowch un arall yn ei le, yna allforiwch eto.',
  'core.storage.reportFont': 'Nid oedd modd llwytho ffont yr adroddiad ({error}). Rhowch wybod am y broblem hon.',
  'core.storage.reportPdf': 'Nid oedd modd ysgrifennu’r PDF ({error}). Rhowch wybod am y broblem hon.',
  'core.storage.reportDocEmpty': 'Nid oes adroddiad yn nogfen yr adroddiad hwn.',
  'core.storage.writeReadOnly':
    'Nid oedd modd ysgrifennu {name}: mae’r ffolder yn un darllen yn unig, neu mae’r ffeil ar agor mewn rhaglen arall. Caewch hi, neu dewiswch ffolder arall.',
  'core.storage.writeNoFolder': 'Nid oedd modd ysgrifennu {name}: nid yw ei ffolder yn bodoli. Dewiswch ffolder arall.',
  'core.storage.writeDiskFull':
    'Nid oedd modd ysgrifennu {name}: mae’r ddisg yn llawn. Rhyddhewch rywfaint o le a rhowch gynnig arall arni.',
  'core.storage.writeOther':
    'Nid oedd modd ysgrifennu {name} ({error}). Dewiswch ffolder arall a rhowch gynnig arall arni.',
  'core.storage.fileNotFolder': 'Rhowch lwybr ffeil i’w hysgrifennu, nid ffolder.',
  'core.storage.noDataFileAt':
    'Nid oes ffeil ddata yn {path}. Gwiriwch y llwybr, neu crëwch un gyda `contact-records init`.',
  'core.storage.pathIsFolder': 'Mae llwybr y ffeil ddata yn pwyntio at ffolder. Rhowch lwybr ffeil yn lle hynny.',
  'core.storage.needsUpgrade':
    'Cafodd y ffeil ddata hon ei chadw gan fersiwn hŷn o Cofnodion Cyswllt, a rhaid ei huwchraddio cyn y gellir ei darllen. Nid oes dim wedi newid. Rhedwch `contact-records upgrade`, neu agorwch hi yn yr ap.',
  'core.storage.alreadyAt': 'Mae ffeil ddata yn {path} eisoes. Nid oes dim wedi newid.',
  'core.storage.alreadyThere': 'Mae ffeil ddata yn y llwybr hwnnw eisoes.',
  'core.storage.folderNotCreated':
    'Nid oedd modd creu’r ffolder ar gyfer y ffeil ddata. Gwiriwch y gellir ysgrifennu iddo.',
  'core.storage.fileNotCreated': 'Nid oedd modd creu’r ffeil ddata. Gwiriwch y gellir ysgrifennu i’w ffolder.',
  'core.storage.noSalt':
    'Nid oedd modd darllen halen y ffeil ddata, felly nid oedd modd gwneud allwedd adfer.',
  'core.storage.backupNotWritten':
    'Nid oedd modd ysgrifennu’r copi wrth gefn; nid oes dim wedi newid. Gwiriwch fod lle ar y ddisg ac y gellir ysgrifennu i’r ffolder.',
  'core.storage.backupCheckFailed':
    'Cafodd y copi wrth gefn ei ysgrifennu ond ni lwyddodd yn ei wiriad. Rhowch gynnig arall arni; os bydd yn methu eto, gwiriwch y ddisg.',
  'core.storage.backupBeforeUpgrade':
    'Nid oedd modd gwneud copi wrth gefn o’r ffeil ddata cyn ei huwchraddio; nid oes dim wedi newid. Gwiriwch fod lle ar y ddisg.',
  'core.storage.backupNotPut':
    'Nid oedd modd rhoi’r copi wrth gefn yn {path}. Gwiriwch y gellir ysgrifennu i’r ffolder.',
  'core.storage.noBackupAt': 'Nid oes copi wrth gefn yn {path}. Gwiriwch y llwybr.',
  'core.storage.restoreFailed': 'Nid oedd modd adfer y copi wrth gefn: {reason}.',
  'core.storage.restoreNoFolder': 'nid oedd modd creu ffolder y ffeil ddata',
  'core.storage.restoreNotCopied': 'nid oedd modd ei gopïo; gwiriwch fod lle ar y ddisg',
  'core.storage.restoreNotAside': 'nid oedd modd symud y ffeil ddata bresennol o’r ffordd',
  'core.storage.restoreNotPlaced': 'nid oedd modd rhoi’r copi yn ei le',
  'core.storage.signedRecordDamaged':
    'Nid oedd modd darllen cofnod wedi’i lofnodi yn ôl: efallai iddo gael ei lofnodi gan fersiwn hŷn neu ei newid yn y ffeil. Rhedwch `contact-records verify`.',
  'core.storage.recordNoChain':
    'Nid oes modd darllen y ddogfen wedi’i llofnodi ar gyfer y cofnod hwn, felly ni ellir cysylltu atodiad â hi. Rhedwch `contact-records verify`.',
  'core.storage.alreadyInProgress': 'Mae newid arall eisoes ar y gweill ar y ffeil ddata hon; rhowch gynnig arall arni.',
  'core.storage.reportTextDamaged':
    'Nid oes modd darllen adroddiad yn y ffeil ddata: mae ei destun wedi’i ddifrodi. Rhedwch `contact-records verify`.',
  'core.storage.reportDocUnreadable':
    'Nid oes modd darllen y ddogfen wedi’i llofnodi ar gyfer yr adroddiad hwn. Rhedwch `contact-records verify`.',
  'core.storage.reportNoChain':
    'Nid oes modd darllen y ddogfen wedi’i llofnodi ar gyfer yr adroddiad hwn, felly ni ellir cysylltu atodiad â hi. Rhedwch `contact-records verify`.',
  'core.storage.calendarDamaged': 'Mae gosodiad y calendr yn y ffeil ddata wedi’i ddifrodi; dewiswch ef eto.',
  'core.storage.officeDeadlinesDamaged': 'Mae gosodiadau terfynau amser eich swyddfa yn y ffeil ddata wedi’u difrodi; gosodwch nhw eto yn y Gosodiadau.',
  'core.storage.encryptFailed':
    'Nid oedd modd amgryptio’r ffeil ddata: {reason}. Nid oes dim wedi newid; mae’r ffeil fel yr oedd.',
  'core.storage.encryptNoFile': 'nid oedd modd gwneud ffeil newydd wrth ei hochr',
  'core.storage.encryptOpenElsewhere': 'mae ar agor mewn rhaglen arall; caewch honno a rhowch gynnig arall arni',
  'core.storage.encryptNotPlaced': 'nid oedd modd rhoi’r copi wedi’i amgryptio yn ei lle',
  'core.storage.encryptDamaged': 'mae wedi’i difrodi; adferwch hi o gopi wrth gefn yn gyntaf',
  'core.storage.encryptCheckFailed': 'ni lwyddodd y copi wedi’i amgryptio yn ei wiriad',
  'core.storage.encryptMissingRows': 'mae rhesi ar goll o’r copi wedi’i amgryptio',
  'core.storage.alreadyEncrypted':
    'Mae’r ffeil ddata honno wedi’i hamgryptio eisoes, neu nid yw’n ffeil ddata. Nid oes dim wedi newid.',
  'core.storage.formUnknown': 'Nid dyna enw ffurflen.',
  'core.storage.draftTooBig':
    'Mae mwy o destun yn y ffurflen hon nag y gellir ei gadw fel drafft. Cadwch hi, neu byrhewch hi.',
  'core.storage.draftUnreadable': 'Nid oedd modd darllen drafft y ffurflen.',
  'core.storage.fileGone':
    'Nid yw {path} yno mwyach: cafodd ei symud, ei hailenwi neu ei dileu ar ôl iddi gael ei hallforio. Allforiwch hi eto os oes ei hangen arnoch.',
  'core.storage.fileManager': 'Nid oedd modd agor y rheolwr ffeiliau. Mae’r ffeil yn {path}.',
  'core.storage.noFolderForFile':
    'Nid oedd modd dod o hyd i ffolder ar gyfer y ffeil ddata. Gosodwch CONTACT_RECORDS_DB i lwybr y ffeil i’w defnyddio.',
  'core.storage.taskNotFinished': 'Nid oedd modd i’r ap orffen y dasg honno. Rhowch gynnig arall arni.',
  'core.storage.noDataFile': 'Nid oes ffeil ddata.',
  'core.storage.dialogsNotReady': 'Nid yw’r blychau deialog ffeiliau yn barod eto. Rhowch gynnig arall arni.',
  'core.storage.chooseBundleFirst': 'Dewiswch y ffeil bwndel i’w mewnforio yn gyntaf.',

  // A value in a bundle that could not be read. `{wanted}` reads after "mae angen" (no mutation).
  'core.bundle.missingField': 'Mae {name} ar goll: ychwanegwch ef',
  'core.bundle.unknownField': 'Nid yw {name} yn faes mewn bwndel achos yma: gwiriwch y sillafu, neu tynnwch ef',
  'core.bundle.duplicateField': 'Rhoddir {name} ddwywaith yma: cadwch un',
  'core.bundle.unknownVariant':
    'Nid yw {value} yn un o’r gwerthoedd a ganiateir yma ({allowed}): defnyddiwch un ohonynt',
  'core.bundle.wrongType': 'mae angen {wanted} yma, nid {found}: cywirwch hwn',
  'core.bundle.other': 'nid oes modd darllen y gwerth hwn ({detail}): cywirwch ef',
  'core.bundle.atLine': '{problem} (llinell {line} colofn {column})',
  'core.bundle.wantWholeUpTo': 'rhif cyfan o 0 i {max}',
  'core.bundle.wantWhole': 'rhif cyfan',
  'core.bundle.wantNumber': 'rhif',
  'core.bundle.wantText': 'testun mewn dyfynodau',
  'core.bundle.wantBoolean': 'true neu false',
  'core.bundle.wantList': 'rhestr mewn [ ]',
  'core.bundle.wantObject': 'gwrthrych mewn { }',
  'core.bundle.foundText': 'y testun {shown}',
  'core.bundle.foundList': 'rhestr',
  'core.bundle.foundObject': 'gwrthrych',
  'core.bundle.dateNotText': 'mae angen dyddiad mewn dyfynodau yma, er enghraifft "2026-11-23", nid {found}',
  'core.bundle.noSuchMonth': 'Nid yw {shown} yn ddyddiad go iawn: nid oes mis {month}. Cywirwch ef',
  'core.bundle.daysInMonth':
    'Nid yw {shown} yn ddyddiad go iawn: mae {days} diwrnod ym mis {monthName} {year}. Cywirwch y diwrnod',
  'core.month.1': 'Ionawr',
  'core.month.2': 'Chwefror',
  'core.month.3': 'Mawrth',
  'core.month.4': 'Ebrill',
  'core.month.5': 'Mai',
  'core.month.6': 'Mehefin',
  'core.month.7': 'Gorffennaf',
  'core.month.8': 'Awst',
  'core.month.9': 'Medi',
  'core.month.10': 'Hydref',
  'core.month.11': 'Tachwedd',
  'core.month.12': 'Rhagfyr',
  'core.bundle.dateNotKept':
    'Nid yw {shown} yn ddyddiad y gall yr ap hwn ei gadw: rhowch ef fel BBBB-MM-DD (blwyddyn-mis-diwrnod), er enghraifft "2026-11-23"',
  'core.bundle.dateAsShown':
    'Mae {shown} wedi’i ysgrifennu fel y mae’r ap yn dangos dyddiadau; mewn bwndel, rhowch ef fel BBBB-MM-DD (blwyddyn-mis-diwrnod), er enghraifft "2026-11-23"',
  'core.bundle.notADate':
    'Nid yw {shown} yn ddyddiad: rhowch ef fel BBBB-MM-DD (blwyddyn-mis-diwrnod), er enghraifft "2026-11-23"',

  // Broken JSON: the {detail} of core.import.notJson.
  'core.json.cutShort':
    'mae’r ffeil yn dod i ben yn rhy fuan: efallai iddi gael ei thorri’n fyr wrth ei chopïo neu ei llwytho i lawr',
  'core.json.tooDeep':
    'mae wedi’i nythu’n rhy ddwfn (rhestrau neu wrthrychau fwy na 128 lefel y tu mewn i’w gilydd), ac nid yw bwndel achos byth felly',
  'core.json.word':
    'mae gair yno wedi’i gamsillafu neu wedi’i dorri’n fyr (dim ond true, false a null y mae JSON yn eu caniatáu heb ddyfynodau)',
  'core.json.value':
    'mae gwerth ar goll neu heb ei ysgrifennu fel y mae JSON yn ei ganiatáu (testun mewn dyfynodau dwbl, rhif, true, false, null, rhestr neu wrthrych)',
  'core.json.colon': 'mae colon ar goll rhwng enw a’i werth',
  'core.json.comma': 'mae coma neu fraced cau ar goll',
  'core.json.quotes': 'nid yw enw mewn dyfynodau dwbl',
  'core.json.trailingComma': 'mae coma ar ôl eitem olaf rhestr neu wrthrych',
  'core.json.trailing': 'mae rhagor ar ôl diwedd y bwndel',
  'core.json.control':
    'mae darn o destun yn cynnwys nod rheoli (fel toriad llinell noeth) nad yw JSON yn ei ganiatáu ond fel dihangiad',
  'core.json.escape': 'mae darn o destun yn cynnwys dihangiad diffygiol (cyfres gyda slaes ôl)',
  'core.json.number': 'mae rhif wedi’i ysgrifennu’n anghywir neu mae’n llawer rhy fawr',
  'core.json.other': 'nid yw wedi’i ysgrifennu fel y mae JSON yn ei ganiatáu',

  // Signed documents checked on import; an incident's "when told" dates.
  'core.import.caseNumberTaken':
    'Mae achos gyda rhif achos llys {number} yn y ffeil ddata hon eisoes. Mewnforiwch y bwndel fel un newydd i gadw’r ddau: byddai’r achos hwn yn dod yn {free}',
  'core.import.sessionNumberOrder':
    'Caiff sesiynau eu rhifo 1, 2, 3 … yn eu trefn: dylai hon fod yn rhif {expected}, nid {number}',
  'core.import.noReferralAt':
    'Nifer yr atgyfeiriadau yn yr achos hwn yw {count}, wedi’u rhifo o 0: nid oes atgyfeiriad {position}',
  'core.import.recordKind': '{Service}: cofnodion "{kind}" a gedwir, nid "{found}"',
  'core.import.signerNotListed': 'nid yw allwedd y llofnodwr yn rhestr llofnodwyr y bwndel',
  'core.import.sentNamesNothing':
    'Nid yw’r cofnod hwn yn enwi cofnod, atgyfeiriad na digwyddiad yn yr achos hwn a anfonwyd: rhowch ei atgyfeiriad (a’i sesiwn), neu ei ddigwyddiad, yn ôl ei safle',
  'core.import.draftNoSignature':
    'Nid oes llofnod, ciplun, ôl bys nac atodiadau gan ddrafft: dim ond cofnod terfynol sydd â nhw',
  'core.import.supportedOnlyFinal': 'Dim ond ar ôl ei gwblhau y caiff Cofnod o Gyswllt â Chymorth ei gadw',
  'core.import.finalNeedsSignature':
    'Mae angen signature, signed_snapshot, fingerprint a signature_ed25519 ar gofnod terfynol',
  'core.import.giveReferralToo': 'Rhowch hefyd yr atgyfeiriad y mae’r sesiwn hon yn perthyn iddo',
  'core.signed.notJson': 'Nid JSON yw’r ddogfen wedi’i llofnodi.',
  'core.signed.notSignedRecord': 'Nid contact-records/signed-record yw’r ddogfen wedi’i llofnodi.',
  'core.signed.otherVersion':
    'Mae’r ddogfen wedi’i llofnodi o fersiwn nad yw’r rhaglen hon yn ei hadnabod: defnyddiwch y fersiwn diweddaraf o Cofnodion Cyswllt.',
  'core.signed.notCanonical': 'Nid yw’r ddogfen wedi’i llofnodi yn ei ffurf ganonaidd (RFC 8785).',
  'core.signed.noTime': 'Nid yw amser llofnodi’r ddogfen wedi’i llofnodi yn ddyddiad ac amser go iawn.',
  'core.signed.addendumAmends': 'Nid yw’r atodiad wedi’i lofnodi yn dweud beth y mae’n ei ddiwygio.',
  'core.signed.signature':
    'Nid yw’r llofnod yn cael ei wirio: newidiwyd y ddogfen ar ôl ei llofnodi, neu fe’i llofnodwyd gydag allwedd arall.',
  'core.import.citesOtherSession': 'mae’n cyfeirio at gofnod o sesiwn {number} nad yw’r un yn y bwndel',
  'core.import.sessionNotHeld': 'ni chynhaliwyd sesiwn {number} o’r atgyfeiriad hwn: cyfeiriwch at un arall',
  'core.import.finalDiffers':
    'nid yw’r cofnod terfynol wedi’i lofnodi yn cyfateb i’r hyn y mae’r bwndel yn ei roi ar gyfer yr atgyfeiriad hwn: {fields}',
  'core.import.recordDiffers':
    'nid yw’r ddogfen wedi’i llofnodi yn cyfateb i’r hyn y mae’r bwndel yn ei roi ar gyfer y cofnod hwn: {fields}',
  'core.import.signerOtherKey':
    'wedi’i lofnodi gan "{name}" gydag allwedd {fingerprint}, ond mae’r ffeil ddata hon yn adnabod "{name}" gydag allwedd arall ({others}). Gwiriwch gyda’r llofnodwr pa allwedd sy’n perthyn iddynt cyn ymddiried yn hon (--trust-new-signers)',
  'core.import.signerNew':
    'wedi’i lofnodi gan "{name}" ({role}) gydag allwedd {fingerprint}, nad yw’r ffeil ddata hon wedi’i gweld o’r blaen. Os ydych yn ymddiried yn y llofnodwr hwn, mewnforiwch eto gan gytuno i lofnodwyr newydd (--trust-new-signers)',
  'core.what.policeToldOn': 'y dyddiad y cafodd yr heddlu wybod',
  'core.what.socialServicesToldOn': 'y dyddiad y cafodd y gwasanaethau cymdeithasol wybod',
};
