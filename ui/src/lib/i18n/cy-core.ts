// Welsh for the core's messages (en-core.ts is generated from the Rust). Field names are written
// to stand where the templates put them: after "Mae angen" (no mutation) or before a colon, so
// no mutation is needed whatever the name.
import type { enCore } from './en-core';
import type { WelshCatalogue } from './types';
import { cyCoreStorage } from './cy-core-storage';

export const cyCore: WelshCatalogue<keyof typeof enCore> = {
  'core.field.enter': 'Mae angen {what}',
  'core.field.realDate': '{What}: nid yw’n ddyddiad go iawn',
  'core.field.dateFormat': 'Mae angen {what} fel diwrnod, mis a blwyddyn, er enghraifft 23/11/2026',
  'core.field.notFuture': '{What}: rhaid iddo fod heddiw neu yn y gorffennol',
  'core.field.timeFormat': 'Mae angen {what} ar y cloc 24 awr, er enghraifft 14:30',
  'core.field.tooLong': '{Label}: dim mwy na {max} nod',
  'core.field.hidden':
    '{Label}: mae’n cynnwys {kind} ({code}), na ellir ei weld ac a allai wneud iddo ddarllen fel rhywbeth arall. Teipiwch ef eto hebddo',
  'core.hidden.control': 'nod rheoli',
  'core.hidden.direction': 'rheolydd cudd ar gyfer cyfeiriad y testun',
  'core.hidden.zeroWidth': 'nod anweledig heb led',

  'core.record.enterActualStart': 'Rhowch yr amser y dechreuodd y sesiwn mewn gwirionedd',
  'core.record.enterActualEnd': 'Rhowch yr amser y daeth y sesiwn i ben mewn gwirionedd',
  'core.record.actualStartFormat':
    'Rhowch yr amser y dechreuodd y sesiwn mewn gwirionedd ar y cloc 24 awr (AA:MM), er enghraifft 14:30',
  'core.record.actualEndFormat':
    'Rhowch yr amser y daeth y sesiwn i ben mewn gwirionedd ar y cloc 24 awr (AA:MM), er enghraifft 14:30',
  'core.record.markTookPlace': 'Nodwch fod y sesiwn wedi digwydd cyn cwblhau ei chofnod',
  'core.record.endAfterStart': 'Rhaid i’r sesiwn ddod i ben ar ôl iddi ddechrau',
  'core.record.observationsOf': 'Ysgrifennwch eich arsylwadau ar gyfer {name}',

  'core.what.arrivalTime': 'yr amser cyrraedd',
  'core.what.departureTime': 'yr amser gadael',
  'core.what.contactCeased': 'y dyddiad y daeth y cyswllt i ben',
  'core.what.contactStarted': 'y dyddiad y dechreuodd y cyswllt',
  'core.what.itHappened': 'y dyddiad y digwyddodd',
  'core.what.itWasReported': 'y dyddiad yr adroddwyd amdano',
  'core.what.closureDate': 'dyddiad y diwrnod cau',
  'core.what.riskAssessedOn': 'dyddiad yr asesiad risg',
  'core.what.reviewedOn': 'y dyddiad yr adolygwyd y cynnydd',
  'core.what.remoteAssessedOn': 'y dyddiad yr aseswyd bod cyswllt o bell yn addas',
  'core.what.dateSent': 'y dyddiad anfon',
  'core.what.itWasSent': 'y dyddiad y cafodd ei anfon',
  'core.what.receivedOn': 'y dyddiad y cafodd y darparwr yr atgyfeiriad',
  'core.what.acceptedOn': 'y dyddiad y derbyniwyd yr atgyfeiriad',
  'core.what.declinedOn': 'y dyddiad y gwrthodwyd yr atgyfeiriad',
  'core.what.referralSentOn': 'y dyddiad yr anfonwyd yr atgyfeiriad',
  'core.what.followUpSentOn': 'y dyddiad yr anfonwyd y neges ddilynol ysgrifenedig',
  'core.what.sessionDate': 'dyddiad y sesiwn',
  'core.what.startTime': 'yr amser dechrau',
  'core.what.timeItHappened': 'yr amser y digwyddodd',

  'core.label.adviserName': 'Enw’r cynghorydd',
  'core.label.cafcassNumber': 'Rhif Cafcass',
  'core.label.contactDetails': 'Manylion cyswllt',
  'core.label.needs': 'Anghenion',
  'core.label.notes': 'Nodiadau',
  'core.label.theNotes': 'Y nodiadau',
  'core.label.address': 'Y cyfeiriad',
  'core.label.adultName': 'Enw’r oedolyn',
  'core.label.caseName': 'Enw’r achos',
  'core.label.childName': 'Enw’r plentyn',
  'core.label.childResponse': 'Ymateb y plentyn',
  'core.label.court': 'Y llys',
  'core.label.courtCaseNumber': 'Rhif achos y llys',
  'core.label.date': 'Y dyddiad',
  'core.label.email': 'Y cyfeiriad e-bost',
  'core.label.endTime': 'Yr amser gorffen',
  'core.label.name': 'Yr enw',
  'core.label.observations': 'Yr arsylwadau',
  'core.label.parentsResponse': 'Ymateb y rhieni',
  'core.label.peopleInvolved': 'Y bobl dan sylw',
  'core.label.providerName': 'Enw’r darparwr',
  'core.label.quote': 'Y dyfyniad',
  'core.label.reason': 'Y rheswm',
  'core.label.ref': 'Y cyfeirnod',
  'core.label.response': 'Yr ymateb',
  'core.label.riskAssessment': 'Yr asesiad risg',
  'core.label.sessionPlan': 'Cynllun y sesiynau',
  'core.label.startTime': 'Yr amser dechrau',
  'core.label.supervisorName': 'Enw’r goruchwyliwr',
  'core.label.text': 'Y testun',
  'core.label.time': 'Yr amser',
  'core.label.venue': 'Y lleoliad',
  'core.label.whatHappened': 'Beth ddigwyddodd',
  'core.label.whatItWas': 'Beth ydoedd',
  'core.label.whatWasDone': 'Beth a wnaed',
  'core.label.broughtBy': 'Pwy ddaeth â’r plentyn',
  'core.label.byWhom': 'Pwy ydoedd',
  'core.label.why': 'Pam',
  'core.label.yourName': 'Eich enw',
  'core.label.yourRole': 'Eich rôl',
  'core.label.aim': 'Nod y sesiwn',
  'core.label.arrival': 'Cyrraedd a chyfarch',
  'core.label.engagement': 'Ymgysylltiad yr oedolyn',
  'core.label.physical': 'Cyswllt corfforol, anrhegion, bwyd, lluniau a ffonau',
  'core.label.conversation': 'Sgwrs am yr achos',
  'core.label.concerns': 'Pryderon a diogelu',
  'core.label.ending': 'Y diwedd a’r trosglwyddo',
  'core.label.summary': 'Y crynodeb',
  'core.label.reflections': 'Myfyrdodau’r gweithiwr',

  'core.required.ending': 'Disgrifiwch y diwedd a’r trosglwyddo',
  'core.required.adultName': 'Rhowch enw llawn yr oedolyn',
  'core.required.caseName': 'Rhowch enw’r achos, er enghraifft Re: A a B (plant)',
  'core.required.childName': 'Rhowch enw llawn y plentyn',
  'core.required.courtCaseNumber': 'Rhowch rif achos y llys',
  'core.required.court': 'Rhowch y llys sy’n gwrando’r achos',
  'core.required.signerName': 'Rhowch eich enw i lofnodi’r cofnod',
  'core.required.signerRole': 'Rhowch eich rôl i lofnodi’r cofnod',
  'core.required.summary': 'Ysgrifennwch y crynodeb',
  'core.required.aim': 'Ysgrifennwch nod y sesiwn ac unrhyw ofynion arsylwi',
  'core.required.arrival': 'Disgrifiwch y cyrraedd a’r cyfarch',
  'core.required.engagement': 'Disgrifiwch ymgysylltiad yr oedolyn â’r plentyn',

  // Refusals: the rules of the contact services, finalised records, things not found, the data
  // file (message_rules_said.rs). A name or a field is put where no mutation is needed: after
  // "Mae", before a colon, or in brackets.
  'core.source.expectationStatement': 'Datganiad Disgwyliadau Cafcass Cymru: Gwasanaethau Cyswllt Plant',
  'core.source.jfcasInterventions': 'JFCAS: Ymyriadau cyswllt plant',
  'core.source.cciAndSpip': 'Cafcass: Ymyriadau Cyswllt Plant a’r Rhaglen Wybodaeth i Rieni sy’n Gwahanu',
  'core.source.typesOfServices': 'Cafcass: Enghreifftiau o fathau o wasanaethau cyswllt plant',
  'core.rule.notAccepted':
    'Mae sesiwn {number} ar {date} wedi’i chofnodi fel un a gynhaliwyd, ond nid yw’r ganolfan wedi derbyn yr atgyfeiriad hwn. Cofnodwch y dyddiad y derbyniodd y ganolfan yr atgyfeiriad yn gyntaf, neu gadewch y sesiwn fel un wedi’i threfnu.',
  'core.rule.incidentNotOnSessionDay':
    'Mae’r digwyddiad wedi’i ddyddio {date}, ond mae wedi’i gysylltu â sesiwn {number}, a gynhaliwyd ar {sessionDate}. Cywirwch ddyddiad y digwyddiad, neu cysylltwch ef â sesiwn y diwrnod hwnnw neu â dim sesiwn o gwbl.',
  'core.rule.hoursOverShorten':
    'Byddai’r sesiwn hon yn dod â’r cyfanswm i {total} o’r {allowed} a ganiateir ar gyfer yr atgyfeiriad hwn ({others} eisoes wedi’u cynllunio neu eu defnyddio). Byrhewch hi i {left} neu lai er mwyn iddi ffitio, neu gofynnwch i’r atgyfeiriwr am atgyfeiriad newydd.',
  'core.rule.hoursOverNoneLeft':
    'Byddai’r sesiwn hon yn dod â’r cyfanswm i {total} o’r {allowed} a ganiateir ar gyfer yr atgyfeiriad hwn ({others} eisoes wedi’u cynllunio neu eu defnyddio). Nid oes amser ar ôl arno: gofynnwch i’r atgyfeiriwr am atgyfeiriad newydd.',
  'core.rule.totalOver':
    'Mae sesiynau’r atgyfeiriad hwn yn dod i gyfanswm o {total}, mwy na’r {allowed} a ganiateir ar gyfer {service} ({source}). Canslwch sesiynau neu gwnewch nhw’n fyrrach yn gyntaf.',
  'core.rule.sessionsOver':
    'Byddai gan yr atgyfeiriad hwn {count} sesiwn, mwy na’r {allowed} a ganiateir ar gyfer {service} ({source}). Mae sesiynau na fynychodd rhywun yn cyfrif hefyd. Canslwch sesiwn, neu gofynnwch i’r atgyfeiriwr am atgyfeiriad newydd.',
  'core.rule.declinedNoSessions':
    'Gwrthododd y darparwr yr atgyfeiriad hwn, felly nid oes ganddo sesiynau. Gwnewch atgyfeiriad newydd yn lle hynny.',
  'core.rule.attendedNotCancelled':
    'Mae pobl wedi’u cofnodi’n cyrraedd y sesiwn hon, felly ni ellir nodi ei bod wedi’i chanslo. Os na ddigwyddodd y sesiwn, tynnwch eu presenoldeb yn gyntaf.',
  'core.rule.sessionsNotDeclined':
    'Mae sesiwn {number} ar {date} wedi’i chynllunio neu wedi’i chynnal, felly ni ellir cofnodi bod yr atgyfeiriad wedi’i wrthod. Canslwch ei sesiynau yn gyntaf.',
  'core.rule.sessionAfterCeased':
    'Daeth y cyswllt i ben ar {ceased}, ond mae sesiwn {number} ar {date}. Canslwch y sesiwn honno, neu newidiwch y dyddiad y daeth y cyswllt i ben.',
  'core.rule.notPermitted':
    'Dim ond y bobl a enwir ar yr atgyfeiriad sy’n cael mynychu ei sesiynau ({source}), ac nid yw enw {name} arno. Y bobl sy’n cael mynychu yw: {names}. I gofnodi {name}, ychwanegwch yr enw at yr atgyfeiriad yn gyntaf.',
  'core.rule.notPermittedNone':
    'Dim ond y bobl a enwir ar yr atgyfeiriad sy’n cael mynychu ei sesiynau ({source}), ac nid yw enw {name} arno. Nid oes neb wedi’i enwi ar yr atgyfeiriad hwn eto. I gofnodi {name}, ychwanegwch yr enw at yr atgyfeiriad yn gyntaf.',
  'core.rule.cancelledNoAttendance':
    'Cafodd y sesiwn hon ei chanslo, felly ni ellir cofnodi bod neb wedi’i mynychu. Os digwyddodd hi, newidiwch ei statws yn gyntaf.',
  'core.rule.attendedStaysNamedOne':
    'Mae presenoldeb {names} wedi’i gofnodi mewn sesiynau o’r atgyfeiriad hwn, felly rhaid i’r enw aros ar yr atgyfeiriad.',
  'core.rule.attendedStaysNamedMany':
    'Mae presenoldeb {names} wedi’i gofnodi mewn sesiynau o’r atgyfeiriad hwn, felly rhaid i bob un o’r enwau aros ar yr atgyfeiriad.',
  'core.rule.attendedStaysOnCase':
    'Mae presenoldeb {name} wedi’i gofnodi mewn sesiwn, felly ni ellir tynnu’r enw o’r achos: rhaid i’r cofnod o bwy a fynychodd aros yn gyflawn.',
  'core.rule.namedStaysOnCase':
    'Mae enw {name} ar atgyfeiriad, felly ni ellir ei dynnu o’r achos. Tynnwch yr enw oddi ar yr atgyfeiriad yn gyntaf.',
  'core.rule.spipNoChildren':
    'Nid yw plant byth yn mynychu SPIP ({source}): tynnwch {names} o’r bobl a enwir ar yr atgyfeiriad hwn.',
  'core.rule.spipChildNotBooked':
    'Nid yw plant byth yn mynychu SPIP ({source}), felly ni ellir rhoi lle i {name} mewn sesiwn SPIP.',
  'core.rule.spipTwice':
    'Byddai gan {name} le mewn dwy sesiwn SPIP ({first} a {second}). Mae pob rhiant yn mynychu un sesiwn SPIP 4 awr ({source}): canslwch un o’r ddwy yn gyntaf.',
  'core.rule.spipApart':
    'Mae {first} a {second} yn rhieni sydd wedi gwahanu yn yr un achos, felly ni chânt byth le yn yr un sesiwn SPIP ({source}). Rhowch nhw mewn sesiynau gwahanol.',
  'core.rule.spipNoRecord':
    'Nid oes cofnod cyswllt gan sesiynau SPIP: cadarnhewch y presenoldeb ar y sesiwn yn lle hynny.',
  'core.rule.supportedNoObserved':
    'Nid oes Cofnod o Gyswllt a Arsylwyd gan sesiwn o gyswllt â chymorth: allforiwch Gofnod o Gyswllt â Chymorth ei hatgyfeiriad yn lle hynny.',
  'core.rule.noLogPdf':
    'Ni ellir allforio log cyfathrebu fel PDF eto: dim ond Cofnodion o Gyswllt a Arsylwyd ac o Gyswllt â Chymorth y gellir eu hallforio.',
  'core.rule.onlySupervisedFinal': 'Dim ond cyswllt dan oruchwyliaeth sydd â Chofnod terfynol o Gyswllt a Arsylwyd.',
  'core.rule.noSessionHeldYet':
    'Nid oes unrhyw sesiwn o’r atgyfeiriad hwn wedi’i chynnal eto, felly nid oes cofnod terfynol i’w allforio.',
  'core.rule.supportedFromReferral':
    'Sesiwn o gyswllt â chymorth yw hon: mae ei Chofnod o Gyswllt â Chymorth yn cwmpasu’r atgyfeiriad cyfan. Agorwch ef o’r atgyfeiriad.',
  'core.rule.supportedFinaliseFromReferral':
    'Mae sesiynau o gyswllt â chymorth yn rhannu un Cofnod o Gyswllt â Chymorth: cwblhewch ef o’r atgyfeiriad ar ôl i’r cyswllt ddod i ben.',
  'core.rule.onlyFinalAddenda': 'Dim ond cofnod terfynol sy’n cael atodiadau: golygwch y drafft yn lle hynny.',
  'core.rule.onlySupportedKeeps': 'Dim ond cyswllt â chymorth sy’n cadw Cofnod o Gyswllt â Chymorth.',
  'core.rule.noOwnReport':
    '{service}: nid yw’r gwasanaeth hwn yn gwneud ei adroddiad ei hun i’r llys; ei gofnodion yw’r adroddiad.',
  'core.rule.noReportYet':
    'Nid oes adroddiad wedi’i ysgrifennu ar gyfer yr atgyfeiriad hwn eto. Agorwch yr atgyfeiriad ac ysgrifennwch ef yn gyntaf.',
  'core.rule.writeBeforeSigning': 'Ysgrifennwch yr adroddiad cyn ei lofnodi: nid oes drafft ohono eto.',
  'core.rule.stillScheduledReport':
    'Mae sesiwn {number} wedi’i threfnu o hyd: cofnodwch a gafodd ei chynnal, ei chanslo neu na fynychwyd hi cyn llofnodi’r adroddiad.',
  'core.rule.stillScheduled':
    'Mae sesiwn {number} wedi’i threfnu o hyd: cofnodwch a gafodd ei chynnal, ei chanslo neu na fynychwyd hi yn gyntaf.',
  'core.rule.finaliseSessionsFirst':
    'Cwblhewch gofnod pob sesiwn a gynhaliwyd yn gyntaf: nid yw cofnod sesiwn {numbers} wedi’i gwblhau.',
  'core.rule.onlySignedReportAddenda':
    'Dim ond adroddiad wedi’i lofnodi sy’n cael atodiadau: golygwch y drafft yn lle hynny.',
  'core.rule.ceasedBeforeFinal':
    'Cofnodwch ar yr atgyfeiriad y dyddiad y daeth y cyswllt i ben cyn llofnodi ei gofnod terfynol.',
  'core.rule.oneSupportedRecord':
    'Mae cyswllt â chymorth yn cadw un Cofnod o Gyswllt â Chymorth ar yr atgyfeiriad; mae gwasanaethau eraill yn cadw cofnod ar bob sesiwn.',
  'core.rule.signedDoesNotVerify': 'Nid yw llofnod y cofnod yn dilysu.',
  'core.rule.notSignedNotSent':
    'Nid yw’r eitem hon ({what}) wedi’i llofnodi eto, felly ni allai fod wedi’i hanfon. Llofnodwch hi yn gyntaf, yna cofnodwch ei bod wedi’i hanfon.',
  'core.rule.setUpSigner':
    'Rhowch eich enw a’ch rôl ar gyfer llofnodi yn gyntaf (Gosodiadau, Eich allwedd llofnodi).',
  'core.rule.diaryBackwards':
    'Mae dyddiad gorffen y dyddiadur cyn ei ddyddiad dechrau. Rhowch y dyddiad cynharaf yn gyntaf.',
  'core.rule.diaryTooLong': 'Gall y dyddiadur ddangos {days} diwrnod ar y mwyaf ar y tro. Dewiswch gyfnod byrrach.',
  'core.final.recordFinalisedOn':
    'Cwblhawyd y cofnod hwn ar {date} ac ni ellir ei newid. Ychwanegwch atodiad yn lle hynny.',
  'core.final.recordFinalised':
    'Mae’r cofnod hwn wedi’i gwblhau ac ni ellir ei newid. Ychwanegwch atodiad yn lle hynny.',
  'core.final.reportAlreadySigned': 'Mae’r adroddiad hwn wedi’i lofnodi eisoes. Ychwanegwch atodiad yn lle hynny.',
  'core.final.finalAlreadySigned':
    'Mae Cofnod terfynol o Gyswllt a Arsylwyd yr atgyfeiriad hwn wedi’i lofnodi eisoes. Ychwanegwch atodiad at gofnod sesiwn yn lle hynny.',
  'core.final.addendumChanged': 'Ni ellir newid atodiad i gofnod terfynol. Ychwanegwch atodiad arall yn lle hynny.',
  'core.final.addendumDeleted': 'Ni ellir dileu atodiad i gofnod terfynol. Ychwanegwch atodiad arall yn lle hynny.',
  'core.final.reportAddendumChanged':
    'Ni ellir newid atodiad i adroddiad wedi’i lofnodi. Ychwanegwch atodiad arall yn lle hynny.',
  'core.final.reportAddendumDeleted':
    'Ni ellir dileu atodiad i adroddiad wedi’i lofnodi. Ychwanegwch atodiad arall yn lle hynny.',
  'core.final.onlySignedReportAddenda':
    'Dim ond adroddiad wedi’i lofnodi sy’n cael atodiadau. Golygwch y drafft yn lle hynny.',
  'core.final.supportedNoSession':
    'Mae Cofnod o Gyswllt â Chymorth yr atgyfeiriad hwn wedi’i gwblhau, felly ni ellir ychwanegu sesiwn ato. Gwnewch atgyfeiriad newydd yn lle hynny.',
  'core.final.finalNoSession':
    'Mae Cofnod terfynol o Gyswllt a Arsylwyd yr atgyfeiriad hwn wedi’i lofnodi, felly ni ellir ychwanegu sesiwn ato. Gwnewch atgyfeiriad newydd yn lle hynny.',
  'core.final.finalChanged': 'Mae cofnod terfynol yr atgyfeiriad hwn wedi’i lofnodi ac ni ellir ei newid.',
  'core.final.finalDeleted': 'Mae cofnod terfynol yr atgyfeiriad hwn wedi’i lofnodi ac ni ellir ei ddileu.',
  'core.final.recordChanged': 'Mae’r cofnod hwn yn derfynol ac ni ellir ei newid. Ychwanegwch atodiad yn lle hynny.',
  'core.final.recordDeleted': 'Mae’r cofnod hwn yn derfynol ac ni ellir ei ddileu. Ychwanegwch atodiad yn lle hynny.',
  'core.final.reportChanged': 'Mae’r adroddiad hwn wedi’i lofnodi ac ni ellir ei newid. Ychwanegwch atodiad yn lle hynny.',
  'core.final.reportDeleted': 'Mae’r adroddiad hwn wedi’i lofnodi ac ni ellir ei ddileu. Ychwanegwch atodiad yn lle hynny.',
  'core.final.attendanceFinal':
    'Mae cofnod y sesiwn hon yn derfynol, felly ni ellir newid ei phresenoldeb. Ychwanegwch atodiad at y cofnod yn lle hynny.',
  'core.final.sessionChanged':
    'Mae cofnod y sesiwn hon yn derfynol, felly ni ellir newid y sesiwn. Ychwanegwch atodiad at y cofnod yn lle hynny.',
  'core.final.sessionDeleted':
    'Mae cofnod y sesiwn hon yn derfynol, felly ni ellir dileu’r sesiwn. Ychwanegwch atodiad at y cofnod yn lle hynny.',
  'core.notFound':
    'Nid oedd modd dod o hyd i {what}. Efallai nad yw yno mwyach; ewch yn ôl a rhowch gynnig arall arni.',
  'core.thing.case': 'yr achos hwnnw',
  'core.thing.referral': 'yr atgyfeiriad hwnnw',
  'core.thing.session': 'y sesiwn honno',
  'core.thing.record': 'y cofnod hwnnw',
  'core.thing.report': 'yr adroddiad hwnnw',
  'core.thing.addendum': 'yr atodiad hwnnw',
  'core.thing.person': 'yr unigolyn hwnnw',
  'core.thing.adult': 'yr oedolyn hwnnw',
  'core.thing.child': 'y plentyn hwnnw',
  'core.thing.incident': 'y digwyddiad hwnnw',
  'core.thing.export': 'yr allforiad hwnnw',
  'core.thing.signer': 'y llofnodwr hwnnw',
  'core.thing.attendance': 'y cofnod presenoldeb hwnnw',
  'core.thing.closureDay': 'y diwrnod cau hwnnw',
  'core.sent.sessionRecord': 'y Cofnod o Gyswllt a Arsylwyd',
  'core.sent.finalRecord': 'y Cofnod terfynol o Gyswllt a Arsylwyd',
  'core.sent.supportedRecord': 'y Cofnod o Gyswllt â Chymorth',
  'core.sent.followUp': 'y dilyniant ysgrifenedig i ddigwyddiad',
  'core.sent.report': 'yr adroddiad',
  'core.file.locked':
    'Mae’r ffeil ddata yn cael ei defnyddio gan raglen arall, efallai ffenestr arall o Cofnodion Cyswllt. Caewch y rhaglen arall ac agorwch Cofnodion Cyswllt eto.',
  'core.file.foreign':
    'Nid yw’r ffeil hon yn ffeil ddata Cofnodion Cyswllt, neu mae wedi’i difrodi. Nid oes dim wedi newid. Dewiswch eich ffeil ddata Cofnodion Cyswllt, neu adferwch hi o gopi wrth gefn.',
  'core.file.corrupt':
    'Mae’r ffeil ddata wedi’i difrodi. Nid oes dim wedi newid. Adferwch hi o’ch copi wrth gefn diweddaraf, neu gofynnwch i’ch cymorth TG am help.',
  'core.file.wrongKey':
    'Mae’r cyfrinymadrodd yn anghywir, neu mae’r ffeil ddata wedi’i difrodi. Nid oes dim wedi newid. Gwiriwch y cyfrinymadrodd a rhowch gynnig arall arni, neu defnyddiwch eich allwedd adfer; os na fydd y naill na’r llall yn ei hagor, adferwch y ffeil o gopi wrth gefn.',
  'core.file.notEncrypted':
    'Nid yw’r ffeil ddata hon wedi’i hamgryptio eto. Nid oes dim wedi newid. Agorwch hi yn Cofnodion Cyswllt a dewiswch gyfrinymadrodd i’w hamgryptio.',
  'core.file.newer':
    'Cafodd y ffeil ddata hon ei chadw gan fersiwn mwy newydd o Cofnodion Cyswllt. Nid oes dim wedi newid. Gosodwch y fersiwn diweddaraf o Cofnodion Cyswllt i’w hagor.',
  'core.file.notRecoveryKey':
    'Nid allwedd adfer yw honno: mae ganddi 96 o lythrennau a digidau (0-9, a-f), wedi’u hysgrifennu’n aml fel x’…’. Gwiriwch hi yn erbyn eich copi papur a’i theipio eto.',
  'core.file.readOnly':
    'Nid oes gan Cofnodion Cyswllt ganiatâd i ysgrifennu i’w ffeil ddata. Gwiriwch ganiatâd y ffeil.',
  'core.file.diskFull': 'Mae’r ddisg yn llawn. Rhyddhewch rywfaint o le; nid oes dim wedi’i gadw.',
  'core.file.cannotOpen':
    'Nid oedd modd agor y ffeil ddata. Gwiriwch fod ei ffolder yn bodoli ac y gellir ysgrifennu iddo.',
  'core.file.notUnlocked': 'Nid oedd modd datgloi’r ffeil ddata. Rhowch gynnig arall arni.',
  'core.file.busy': 'Mae newid arall ar y gweill ar y ffeil ddata hon; rhowch gynnig arall arni.',
  'core.file.backupDamaged':
    'Mae’r copi wrth gefn hwnnw wedi’i ddifrodi ac ni chafodd ei adfer. Nid oes dim wedi newid. Dewiswch gopi wrth gefn arall.',

  // Deadlines: what to do (a verb-noun, as on a to-do list), the rule, and the names of services
  // and incident kinds said inside them (message_deadlines.rs). Dates come as 23/11/2026.
  'core.deadline.acceptWhatProvider': 'Cael ateb y darparwr ({provider}): a yw’n derbyn yr atgyfeiriad',
  'core.deadline.acceptWhat': 'Cael ateb y darparwr: a yw’n derbyn yr atgyfeiriad',
  'core.deadline.acceptRule':
    'Mae canolfan yn dweud a yw’n derbyn atgyfeiriad o fewn 10 diwrnod gwaith i’w gael',
  'core.deadline.reviewWhat': 'Adolygu’r cynnydd gan fod {count} sesiwn wedi’u cynnal',
  'core.deadline.reviewRule':
    'Mae atgyfeiriad yn dechrau gyda 3 i 4 sesiwn awr o hyd, yna caiff y cynnydd ei adolygu',
  'core.deadline.cciWhat': 'Adolygu’r Ymyriad Cyswllt Plant: 12 wythnos ers iddo ddechrau ar {date}',
  'core.deadline.cciRule': 'Mae Ymyriad Cyswllt Plant yn para 12 wythnos ar y mwyaf cyn iddo gael ei adolygu',
  'core.deadline.periodWeeksWhat':
    'Dod â’r gwasanaeth i ben neu gytuno ar y camau nesaf ({service}): mae ei gyfnod o {count} wythnos yn dod i ben',
  'core.deadline.periodMonthsWhat':
    'Dod â’r gwasanaeth i ben neu gytuno ar y camau nesaf ({service}): mae ei gyfnod o {count} mis yn dod i ben',
  'core.deadline.periodRule': 'Darperir pob lefel o wasanaeth dros gyfnod hwyaf penodol',
  'core.deadline.finalObservedWhat': 'Anfon y Cofnod terfynol o Gyswllt a Arsylwyd',
  'core.deadline.finalSupportedWhat': 'Anfon y Cofnod o Gyswllt â Chymorth',
  'core.deadline.signedNotSent': '{what}: mae wedi’i lofnodi ond heb ei anfon eto',
  'core.deadline.finalRule': 'Anfonir y cofnod terfynol o fewn 7 diwrnod i’r cyswllt ddod i ben',
  'core.deadline.sessionRecordWhat': 'Anfon y Cofnod o Gyswllt a Arsylwyd ar gyfer sesiwn {number} ({date})',
  'core.deadline.sessionRecordRule':
    'Mae canolfannau dan oruchwyliaeth yn cwblhau’r Cofnod o Gyswllt a Arsylwyd ar ôl pob sesiwn',
  'core.deadline.tellPoliceWhat':
    'Rhoi gwybod i’r heddlu neu’r gwasanaethau cymdeithasol am y digwyddiad ({kind}, {date})',
  'core.deadline.tellPoliceRule':
    'Mae pryderon uniongyrchol am amddiffyn plant a diogelu yn mynd yn syth at yr heddlu neu’r gwasanaethau cymdeithasol',
  'core.deadline.reportIncidentWhat': 'Rhoi gwybod i’r atgyfeiriwr am y digwyddiad ({kind}, {date})',
  'core.deadline.reportIncidentRule':
    'Rhoddir gwybod i Cafcass Cymru am ymddygiad treisgar, bygythiol, camdriniol neu wahaniaethol a digwyddiadau eraill o fewn un diwrnod gwaith',
  'core.deadline.followUpWhat': 'Anfon y dilyniant ysgrifenedig i’r digwyddiad ({kind}, {date})',
  'core.deadline.followUpRule': 'Dilynir pob digwyddiad yr adroddir amdano yn ysgrifenedig',
  'core.service.supported': 'Cyswllt â chymorth',
  'core.service.supervised': 'Cyswllt dan oruchwyliaeth',
  'core.service.remote': 'Cyswllt o bell dan oruchwyliaeth',
  'core.service.cci': 'Ymyriad Cyswllt Plant',
  'core.service.level1Indirect': 'Lefel 1: cymorth cyswllt anuniongyrchol',
  'core.service.level1Individual': 'Lefel 1: gwaith unigol gyda phlant',
  'core.service.level1Escorted': 'Lefel 1: cyswllt gyda hebryngwr',
  'core.service.level2': 'Lefel 2: ymyriad cyswllt, gydag arsylwi ac adroddiad',
  'core.service.level3': 'Lefel 3: goruchwylio cyswllt, ymyriad gwaith cymdeithasol ac adroddiad',
  'core.service.spip': 'Rhaglen Wybodaeth i Rieni sy’n Gwahanu (SPIP)',
  'core.serviceLower.supported': 'cyswllt â chymorth',
  'core.serviceLower.supervised': 'cyswllt dan oruchwyliaeth',
  'core.serviceLower.remote': 'cyswllt o bell dan oruchwyliaeth',
  'core.incident.violent': 'ymddygiad treisgar',
  'core.incident.threatening': 'ymddygiad bygythiol',
  'core.incident.abusive': 'ymddygiad camdriniol',
  'core.incident.discriminatory': 'ymddygiad gwahaniaethol',
  'core.incident.safeguarding': 'pryder diogelu',
  'core.incident.childProtection': 'pryder amddiffyn plant',

  // What a referral still needs before it is sent (message_sending.rs): each item stands after a
  // colon, so it needs no mutation.
  'core.sending.notReady': 'Ni ellir anfon yr atgyfeiriad hwn eto. Ychwanegwch: {items}; yna anfonwch ef eto ({source}).',
  'core.sending.stillState':
    'Mae’r atgyfeiriad hwn wedi’i anfon, felly rhaid iddo nodi o hyd: {items}; rhowch y rhain yn ôl cyn cadw ({source}).',
  'core.sending.add': 'Ychwanegwch: {what}',
  'core.missing.cciKinds': 'y math o gyswllt: y mathau o waith Ymyriad Cyswllt Plant i’w gwneud',
  'core.missing.provider': 'y ganolfan gyswllt neu’r darparwr lle bydd y cyswllt yn digwydd',
  'core.missing.riskAssessment':
    'asesiad risg sy’n ymdrin â materion diogelu presennol a blaenorol, wedi’u honni neu wedi’u profi',
  'core.missing.riskAssessedOn': 'dyddiad yr asesiad risg',
  'core.missing.riskAssessedBy': 'pwy a gynhaliodd yr asesiad risg',
  'core.missing.sessionPlan': 'cynllun sesiynau',
  'core.missing.plannedSessions': 'nifer y sesiynau a gynlluniwyd (3 i 4 i ddechrau, 6 awr ar y mwyaf i gyd)',
  'core.missing.sessionsWithin': 'nifer o sesiynau o fewn y canllawiau: 6 sesiwn awr o hyd ar y mwyaf',
  'core.missing.remoteAssessedOn':
    'y dyddiad yr aseswyd bod cyswllt o bell yn addas gan Gynghorydd Llys Teulu neu Weithiwr Cymdeithasol Llys Teulu',
  'core.missing.remoteAssessedBy':
    'y Cynghorydd Llys Teulu neu’r Gweithiwr Cymdeithasol Llys Teulu a asesodd fod cyswllt o bell yn addas',
  'core.missing.permitted': 'y bobl sy’n cael mynychu',

  // What a record still needs: attendance times, a communications log, the sessions of a Record
  // of Supported Contact (message_records.rs).
  'core.attendance.whoAttended': 'Cofnodwch pwy a fynychodd y sesiwn, gyda’u hamseroedd cyrraedd a gadael',
  'core.attendance.enterArrived': 'Rhowch yr amser y cyrhaeddodd {name}',
  'core.attendance.enterLeft': 'Rhowch yr amser yr aeth {name} oddi yno',
  'core.attendance.leftBeforeArrived': 'Mae’r cofnod yn dangos {name} yn gadael cyn cyrraedd: cywirwch yr amseroedd',
  'core.attendance.arrivedAfterEnd': 'Mae’r cofnod yn dangos {name} yn cyrraedd ar ôl i’r sesiwn ddod i ben',
  'core.attendance.leftAfterEnd': 'Mae’r cofnod yn dangos {name} yn gadael ar ôl i’r sesiwn ddod i ben',
  'core.attendance.leftBeforeStart': 'Mae’r cofnod yn dangos {name} yn gadael cyn i’r sesiwn ddechrau',
  'core.log.atLeastOne': 'Cofnodwch o leiaf un cyfathrebiad, gyda’i ddyddiad a beth ydoedd',
  'core.log.date': 'Rhowch ddyddiad cyfathrebiad {number} fel dd/mm/bbbb',
  'core.log.what': 'Dywedwch beth oedd cyfathrebiad {number}',
  'core.supported.ceasedFirst': 'Rhowch y dyddiad y daeth y cyswllt i ben ar yr atgyfeiriad cyn cwblhau',
  'core.supported.sayWhether':
    'Dywedwch a gafodd sesiwn {number} ({date}) ei chynnal, ei chanslo neu na fynychwyd hi',
  'core.supported.whoAttended': 'Cofnodwch pwy a fynychodd sesiwn {number} ({date})',
  'core.supported.arrivedAndLeft': 'Rhowch pryd y cyrhaeddodd {name} ac yr aeth oddi yno yn sesiwn {number} ({date})',

  // Import problems (message_import.rs): each keeps its JSON path; "ref", "format" and the
  // values found are the bundle's own words and stay as they are.
  'core.import.refusedOne':
    'Ni chafodd y bwndel ei fewnforio ac ni newidiwyd dim: cafwyd hyd i 1 broblem. Cywirwch hi a mewnforiwch y bwndel eto.',
  'core.import.refusedMany':
    'Ni chafodd y bwndel ei fewnforio ac ni newidiwyd dim: cafwyd hyd i {count} o broblemau. Cywirwch nhw a mewnforiwch y bwndel eto.',
  'core.import.couldNotRead': 'Nid oedd modd darllen {name} ({error}). Gwiriwch fod y ffeil yno a rhowch gynnig arall arni.',
  'core.import.notText':
    'Nid yw {name} yn ffeil testun (UTF-8), felly nid yw’n fwndel achos. Gwiriwch mai’r ffeil gywir a ddewisoch.',
  'core.import.tooBig':
    'Mae’r ffeil hon yn {size} MB; gall bwndel achos fod yn {max} MB ar y mwyaf, felly ni chafodd ei darllen. Allforiwch lai o achosion ym mhob bwndel, neu gwiriwch mai hon yw’r ffeil gywir.',
  'core.import.notJson':
    'Nid yw’r ffeil yn JSON dilys (llinell {line}, colofn {column}): {detail}. Efallai ei bod wedi’i difrodi neu nad yw’n fwndel achos.',
  'core.import.notObject':
    'Nid yw’r ffeil hon yn fwndel achos Cofnodion Cyswllt: dylai fod yn wrthrych JSON gyda "format": "{format}".',
  'core.import.otherFormat':
    'Nid yw’r ffeil hon yn fwndel achos Cofnodion Cyswllt: ei fformat yw "{other}", nid "{format}".',
  'core.import.noFormat': 'Nid yw’r ffeil hon yn fwndel achos Cofnodion Cyswllt: nid oes ganddi "format": "{format}".',
  'core.import.versionOne':
    'Fersiwn 1 yw’r bwndel hwn, a ysgrifennwyd cyn i gofnodion gario llofnodion go iawn, felly ni ellir gwirio ei gofnodion terfynol. Gofynnwch i bwy bynnag a’i hanfonodd allforio’r achosion eto gyda fersiwn cyfredol o Cofnodion Cyswllt (sy’n ysgrifennu fersiwn 2), a mewnforiwch y ffeil honno.',
  'core.import.versionNewer':
    'Fersiwn {version} yw’r bwndel hwn, a ysgrifennwyd gan fersiwn mwy newydd o Cofnodion Cyswllt; mae’r fersiwn hwn yn darllen fersiwn {reads} yn unig. Diweddarwch Cofnodion Cyswllt a mewnforiwch y bwndel eto.',
  'core.import.versionUnknown':
    'Nid yw fersiwn y bwndel hwn ({version}) yn un y mae Cofnodion Cyswllt yn ei adnabod: mae’n darllen fersiwn {reads}.',
  'core.import.noCases': 'Nid oes achosion yn y bwndel i’w mewnforio',
  'core.import.giveRef': 'Rhowch "ref" i’r unigolyn hwn, er enghraifft "child-1"',
  'core.import.refTwice': 'Defnyddir y ref "{ref}" ddwywaith yn yr achos hwn: mae angen ref ei hun ar bob unigolyn',
  'core.import.noPersonRef': 'Nid oes plentyn nac oedolyn gyda’r ref "{ref}" yn yr achos hwn',
  'core.import.noChildRef': 'Nid oes plentyn gyda’r ref "{ref}" yn yr achos hwn',
  'core.import.noSessionNumber': 'Nid oes sesiwn rhif {number} gan atgyfeiriad {referral}',
  'core.import.sameNumber':
    'Mae gan cases[{first}] yn y bwndel hwn yr un rhif achos llys ({number}): mae angen ei rif ei hun ar bob achos mewn bwndel. Cywirwch un ohonynt, neu tynnwch yr achos sydd yno ddwywaith',

  // Warnings on the referral page (message_warnings.rs).
  'core.warning.plannedBeforeReview':
    'Mae mwy na {count} sesiwn wedi’u cynllunio cyn adolygiad: mae atgyfeiriad yn dechrau gyda 3 i 4 sesiwn, yna caiff y cynnydd ei adolygu ({source}).',
  'core.warning.sessionWithoutReview':
    'Daw sesiwn {number} ar ôl y {count} cyntaf heb adolygiad wedi’i gofnodi. Adolygwch y cynnydd gyda’r atgyfeiriwr a chofnodwch ddyddiad yr adolygiad yn gyntaf ({source}).',
  'core.warning.cciHours':
    'Mae sesiynau’r ymyriad hwn yn dod i gyfanswm o {total}: mae Ymyriad Cyswllt Plant a ariennir gan Cafcass fel arfer yn para tua {usual}. Gwiriwch yr oriau a gytunwyd gyda’r atgyfeiriwr.',
  'core.warning.spipLength':
    'Mae sesiwn SPIP fel arfer yn para {usual}, ac mae rhieni’n mynychu’r cyfan; mae’r un hon yn {length} ({source}).',
  'core.warning.notAccredited':
    'Mae’r atgyfeiriad hwn a ariennir gan Cafcass i ganolfan nad yw wedi’i chofnodi fel un wedi’i hachredu gan NACCC: mae atgyfeiriadau a ariennir yn mynd i ganolfannau achrededig ({source}).',
  'core.warning.riskOnSupported':
    'Mae risg wedi’i chofnodi ar y cyswllt â chymorth hwn. Mae cyswllt â chymorth ar gyfer teuluoedd heb risg gyfredol: ystyriwch symud i gyswllt dan oruchwyliaeth gyda’r atgyfeiriwr ({source}).',

  // The forms' fixed sentences (message_forms.rs), keyed by their English words.
  'core.form.someAnswers': 'Mae problem gyda rhai o’r atebion. Gwiriwch y meysydd sydd wedi’u hamlygu.',
  'core.form.passphraseWeak':
    'Dewiswch gyfrinymadrodd o {min} nod o leiaf nad yw’n ddim ond un llythyren wedi’i hailadrodd; mae tri neu bedwar gair ar hap yn hawdd eu cofio ac yn anodd eu dyfalu.',
  'core.form.passphrasesDiffer': 'Nid yw’r ddau gyfrinymadrodd yr un fath. Teipiwch ef eto yn y ddau faes.',
  'core.form.caseNumberTaken':
    'Mae achos gyda’r rhif achos llys {number} yn bodoli eisoes. Agorwch yr achos hwnnw, neu gwiriwch y rhif',
  'core.form.permittedOfCase': 'Dewiswch y bobl sy’n cael mynychu o blith plant ac oedolion yr achos hwn',
  'core.form.sentBeforeAnswer':
    'Rhaid bod yr atgyfeiriad wedi’i anfon ar {date} neu cyn hynny, pan oedd eisoes gan y darparwr',
  'core.form.sessionLength': 'Rhowch hyd o 15 munud i 12 awr',
  'core.form.byMidnight': 'Rhaid i’r sesiwn ddod i ben erbyn hanner nos: gwnewch hi’n fyrrach neu dechreuwch yn gynharach',
  'core.form.futureNotHeld':
    'Ni all sesiwn yn y dyfodol fod wedi’i chynnal eto: gadewch hi fel un wedi’i threfnu',
  'core.form.whoCancelled': 'Dewiswch pwy a ganslodd y sesiwn',
  'core.form.whyCancelled': 'Rhowch y rheswm y cafodd y sesiwn ei chanslo',
  'core.form.departureAfterArrival': 'Rhaid i’r amser gadael fod ar ôl yr amser cyrraedd',
  'core.form.providerEmail':
    'Rhowch gyfeiriad e-bost y darparwr yn y fformat cywir, fel enw@example.org',
  'core.form.plannedSessions': 'Rhowch nifer y sesiynau a gynlluniwyd, o 1 i 100',
  'core.form.sendFirst':
    'Anfonwch yr atgyfeiriad yn gyntaf: dim ond ar ôl ei anfon y gellir cofnodi’r dyddiad hwn',
  'core.form.acceptedOrDeclined':
    'Mae atgyfeiriad naill ai’n cael ei dderbyn neu ei wrthod: cliriwch un o’r ddau ddyddiad',
  'core.form.acceptedBeforeStarted':
    'Cofnodwch pryd y derbyniodd y darparwr yr atgyfeiriad cyn cofnodi pryd y dechreuodd y cyswllt',
  'core.form.acceptedBeforeCeased':
    'Cofnodwch pryd y derbyniodd y darparwr yr atgyfeiriad cyn cofnodi pryd y daeth y cyswllt i ben',
  'core.form.receivedAfterSent':
    'Rhaid i’r dyddiad y’i cafwyd fod ar y dyddiad yr anfonwyd yr atgyfeiriad neu ar ei ôl',
  'core.form.answerAfterReceived':
    'Rhaid i ateb y darparwr fod ar y dyddiad y cafodd yr atgyfeiriad neu ar ei ôl',
  'core.form.startedAfterAccepted':
    'Rhaid i’r cyswllt ddechrau ar y dyddiad y derbyniwyd yr atgyfeiriad neu ar ei ôl',
  'core.form.ceasedAfterStarted': 'Rhaid i’r cyswllt ddod i ben ar y dyddiad y dechreuodd neu ar ei ôl',
  'core.form.reviewAfterStarted':
    'Rhaid i’r adolygiad fod ar y dyddiad y dechreuodd y cyswllt neu ar ei ôl',
  'core.form.whatHappened': 'Rhowch beth a ddigwyddodd',
  'core.form.reportedBeforeFollowUp':
    'Cofnodwch pryd y rhoddwyd gwybod amdano cyn cofnodi’r dilyniant ysgrifenedig',
  'core.form.notBeforeItHappened': 'Rhaid i hyn fod ar y dyddiad y digwyddodd neu ar ei ôl',
  'core.form.reportedAfterHappened':
    'Ni ellir bod wedi rhoi gwybod amdano cyn iddo ddigwydd: gwiriwch y dyddiadau',
  'core.form.followUpAfterReported':
    'Rhaid i’r dilyniant ysgrifenedig fod ar y dyddiad y rhoddwyd gwybod amdano neu ar ei ôl',
  'core.form.whoAtPolice': 'Rhowch pwy yn yr heddlu a gafodd wybod',
  'core.form.whoAtSocialServices': 'Rhowch pwy yn y gwasanaethau cymdeithasol a gafodd wybod',
  'core.form.datePolice': 'Rhowch y dyddiad y cafodd yr heddlu wybod',
  'core.form.dateSocialServices': 'Rhowch y dyddiad y cafodd y gwasanaethau cymdeithasol wybod',
  'core.form.birthNotFuture': 'Rhaid i’r dyddiad geni fod heddiw neu yn y gorffennol',
  'core.form.birthAfter1900': 'Rhaid i’r dyddiad geni fod ar ôl 1 Ionawr 1900',
  'core.form.enterBirth': 'Rhowch ddyddiad geni’r plentyn',
  'core.form.birthReal': 'Rhaid i’r dyddiad geni fod yn ddyddiad go iawn',
  'core.form.birthFormat': 'Rhowch y dyddiad geni fel diwrnod, mis a blwyddyn, er enghraifft 27/03/2019',
  'core.form.addendumWhy': 'Dywedwch pam mae angen yr atodiad',
  'core.form.addendumText': 'Rhowch destun yr atodiad',
  'core.form.addendumName': 'Rhowch eich enw i lofnodi’r atodiad',
  'core.form.addendumRole': 'Rhowch eich rôl i lofnodi’r atodiad',
  'core.form.partyName': 'Rhowch enw’r parti yr anfonwyd ef ato',
  'core.form.signerName': 'Rhowch eich enw: caiff ei argraffu wrth ymyl eich llofnod',
  'core.form.signerRole': 'Rhowch eich rôl, er enghraifft Goruchwyliwr cyswllt',
  'core.form.supportedNoObservations':
    'Presenoldeb yn unig sydd mewn Cofnod o Gyswllt â Chymorth: dyddiadau ac amseroedd pob sesiwn a phwy a ddaeth ac a aeth. Nid yw canolfannau cyswllt â chymorth yn adrodd dim am yr hyn a ddigwyddodd mewn sesiwn oni bai bod risg yn codi; cofnodwch hynny fel digwyddiad yn lle hynny.',
  'core.form.recordTooLong':
    'Mae’r cofnod hwn yn rhy hir i’w gadw (dros 1 MB o destun). Byrhewch ef, neu gwiriwch na chafodd dim ei ludo trwy gamgymeriad.',
  'core.form.childNotNamed': 'Dim ond am blant a enwir ar yr atgyfeiriad y gall arsylwadau fod.',
  'core.form.idleChoices': 'Dewiswch 5, 10, 15 neu 30 munud.',
  'core.form.closureDayTaken': 'Mae {date} eisoes yn ddiwrnod cau',
  'core.form.sessionOfCase': 'Dewiswch un o sesiynau’r achos hwn, neu ddim un',
  'core.form.referralOfCase': 'Dewiswch un o atgyfeiriadau’r achos hwn, neu ddim un',
  'core.form.sessionOfReferral': 'Dewiswch un o sesiynau’r atgyfeiriad a ddewiswyd, neu ddim un',
  'core.report.sectionNotHere': 'nid yw’r adran hon yn perthyn i’r math hwn o adroddiad',
  'core.report.sectionTwice': 'rhoddir yr adran hon ddwywaith',
  'core.report.onlyCciWork': 'dim ond adroddiad Ymyriad Cyswllt Plant sy’n rhestru’r mathau o waith a wnaed',
  'core.report.deliveredOrWithheld': 'mae cyfathrebiad naill ai’n cael ei gyflwyno neu ei atal, nid y ddau',
  'core.report.whyWithheld': 'dywedwch pam y cafodd y cyfathrebiad ei atal',
  'core.report.notBeforeArrived': 'ni ellir gwirio na throsglwyddo cyfathrebiad cyn iddo gyrraedd',
  'core.report.workDone': 'dywedwch pa fathau o waith a wnaed',
  'core.report.recommendation': 'dewiswch o leiaf un argymhelliad (neu ddim cyswllt)',
  'core.report.logEmpty': 'nid oes cofnodion yn y log eto',
  'core.report.whichSession': 'dywedwch o ba sesiwn y daw’r geiriau neu’r arsylwad',

  // Signed records and reports checked on import (message_import.rs, `signed`).
  'core.import.fingerprint': 'nid ôl bys y ddogfen wedi’i llofnodi yw’r ôl bys: newidiwyd un ohonynt',
  'core.import.signerDiffers': 'mae’r enw, y rôl neu amser y llofnodi yn wahanol i rai’r ddogfen wedi’i llofnodi',
  'core.import.supportedEmpty':
    'Presenoldeb yn unig sydd mewn Cofnod o Gyswllt â Chymorth: rhaid i’w gynnwys fod yn wag',
  'core.import.recordAddendaOrder':
    'nid yw’r atodiad hwn yn dilyn y cofnod a’r atodiad o’i flaen: cafodd atodiadau eu tynnu, eu haildrefnu neu eu symud',
  'core.import.addendumDiffers': 'mae testun neu lofnodwr yr atodiad yn wahanol i’w ddogfen wedi’i llofnodi',
  'core.import.notFinalObserved': 'nid Cofnod terfynol o Gyswllt a Arsylwyd yw hwn',
  'core.import.otherReportKind': 'mae gwasanaeth yr atgyfeiriad hwn yn gwneud math arall o adroddiad',
  'core.import.draftNoAddenda': 'nid oes atodiadau gan adroddiad drafft',
  'core.import.notTheKind': 'nid dyma’r math o adroddiad y mae’r atgyfeiriad yn ei wneud',
  'core.import.reportTextDiffers': 'mae testun yr adroddiad yn wahanol i’w ddogfen wedi’i llofnodi',
  'core.import.reportAddendaOrder':
    'nid yw’r atodiad hwn yn dilyn yr adroddiad a’r atodiad o’i flaen: cafodd atodiadau eu tynnu, eu haildrefnu neu eu symud',
  'core.import.notAnAddendum': 'nid atodiad yw hwn',
  // Rules (issue 14): going ahead without the review, with a written reason.
  'core.rules.reviewFirst':
    'Mae sesiwn {number} ar {date} wedi’i chofnodi fel un a gynhaliwyd, ond mae’n dod ar ôl y 4 sesiwn gyntaf ac nid oes adolygiad o’r cynnydd wedi’i gofnodi. Mae atgyfeiriad yn dechrau gyda 3 i 4 sesiwn, ac yna caiff y cynnydd ei adolygu (Datganiad Disgwyliadau Cafcass Cymru: Gwasanaethau Cyswllt Plant). Cofnodwch ddyddiad yr adolygiad ar yr atgyfeiriad yn gyntaf, neu ewch ymlaen gyda rheswm ysgrifenedig.',
  'core.rules.cciReviewFirst':
    'Mae sesiwn {number} ar {date} wedi’i chofnodi fel un a gynhaliwyd, ond daeth 12 wythnos yr ymyriad i ben ar {end} ac nid yw’r adolygiad 12 wythnos wedi’i gofnodi. Mae Ymyriad Cyswllt Plant yn para 12 wythnos ar y mwyaf cyn iddo gael ei adolygu (JFCAS: Child contact interventions). Cofnodwch ddyddiad yr adolygiad ar yr atgyfeiriad yn gyntaf, neu ewch ymlaen gyda rheswm ysgrifenedig.',
  'core.rules.writeOverrideReason': 'Ysgrifennwch pam mae’r sesiynau’n mynd ymlaen heb yr adolygiad',
  'core.rules.noReviewToOverride':
    'Nid oes gan y gwasanaeth hwn adolygiad cyn rhagor o sesiynau, felly nid oes dim i fynd ymlaen hebddo. Trefnwch y sesiwn yn ôl yr arfer.',
  'core.rules.notCourtOrdered':
    'Nid yw’r atgyfeiriad hwn wedi’i gofnodi fel un a orchmynnwyd yn y FHDRA, felly nid oes angen ymgynghori â’r Cynghorydd Llys Teulu neu’r Gweithiwr Cymdeithasol Llys Teulu ar ddyletswydd. Os gorchmynnodd y llys ef, newidiwch sail yr atgyfeiriad yn gyntaf.',
  'core.what.dutyConsultedOn': 'y dyddiad yr ymgynghorwyd â’r swyddog ar ddyletswydd',
  'core.required.dutyOfficer': 'Rhowch enw’r Cynghorydd Llys Teulu neu’r Gweithiwr Cymdeithasol Llys Teulu ar ddyletswydd yr ymgynghorwyd ag ef neu hi',
  'core.rules.preContactFirst':
    'Mae sesiwn {number} ar {date} wedi’i chofnodi fel un a gynhaliwyd, ond nid oes asesiad cyn cyswllt wedi’i gofnodi cyn hynny. Mae canolfannau cyswllt â chymorth yn cynnal sesiwn asesu cyn cyswllt i asesu unrhyw risgiau i’r partïon yn gyntaf (Datganiad Disgwyliadau Cafcass Cymru: Gwasanaethau Cyswllt Plant). Cofnodwch yr asesiad ar yr atgyfeiriad yn gyntaf, neu gadewch y sesiwn fel un a drefnwyd.',
  'core.rules.notSupported': 'Dim ond cyswllt â chymorth sydd ag asesiad cyn cyswllt wedi’i gofnodi yma: mae’r atgyfeiriad hwn ar gyfer gwasanaeth arall.',
  'core.what.preContactOn': 'dyddiad yr asesiad cyn cyswllt',
  'core.required.preContactBy': 'Rhowch enw’r sawl a gynhaliodd yr asesiad cyn cyswllt',
  // Limits on counts and sizes: "Mae {found} o {what}", so each counted thing is written as it
  // reads after "o" (soft mutation).
  'core.limit.tooMany':
    'Mae {found} o {what} {within}; ni chaniateir mwy na {max}. Rhannwch ef neu tynnwch y rhai ychwanegol',
  'core.limit.snapshotTooBig':
    'Mae’r cofnod wedi’i lofnodi yn fwy na {mb} MB, ac nid oes yr un cofnod a wnaed gan Cofnodion Cyswllt mor fawr: ni chafodd ei wneud gan yr ap, neu cafodd ei ddifrodi',
  'core.limit.contentTooBig': 'Mae testun y cofnod yn fwy na {mb} MB: byrhewch ef',
  'core.count.cases': 'achosion',
  'core.count.closureDays': 'ddiwrnodau cau',
  'core.count.children': 'blant',
  'core.count.adults': 'oedolion',
  'core.count.referrals': 'atgyfeiriadau',
  'core.count.incidents': 'ddigwyddiadau',
  'core.count.sendings': 'gofnodion yn y log anfon',
  'core.count.permitted': 'bobl a ganiateir',
  'core.count.sessions': 'sesiynau',
  'core.count.overrides': 'resymau dros fynd ymlaen heb yr adolygiad',
  'core.count.attendance': 'gofnodion presenoldeb',
  'core.count.addenda': 'atodiadau',
  'core.count.childrensNotes': 'nodiadau am blant',
  'core.count.quotes': 'ddyfyniadau',
  'core.count.interventions': 'ymyriadau',
  'core.count.communications': 'gyfathrebiadau',
  'core.within.bundle': 'yn y bwndel hwn',
  'core.within.case': 'yn yr achos hwn',
  'core.within.referral': 'yn yr atgyfeiriad hwn',
  'core.within.session': 'ar gyfer y sesiwn hon',
  'core.within.toRecord': 'i’r cofnod hwn',
  'core.within.record': 'yn y cofnod hwn',
  'core.within.child': 'ar gyfer y plentyn hwn',
  // Remote suitability and the office's own deadlines (rules3, issue 14).
  'core.label.remoteDiscussed': 'Yr hyn a drafodwyd',
  'core.label.remoteLimitations': 'Y cyfyngiadau a esboniwyd',
  'core.label.remoteFeedback': 'Y trefniadau adborth',
  'core.remote.enterDiscussed':
    'Rhowch yr hyn a drafodwyd â’r partïon (a’r llys, lle bo’n briodol) am gyswllt o bell',
  'core.remote.enterLimitations': 'Rhowch gyfyngiadau cyswllt o bell a esboniwyd i’r partïon',
  'core.remote.enterFeedback': 'Rhowch y trefniadau adborth a gytunwyd â’r partïon',
  'core.remote.enterAssessedBy': 'Rhowch pwy a aseswyd bod cyswllt o bell yn addas',
  'core.remote.incomplete':
    'Mae sesiwn {number} ar {date} yn gyswllt o bell dan oruchwyliaeth, sy’n digwydd dim ond ar ôl i Gynghorydd Llys Teulu neu Weithiwr Cymdeithasol Llys Teulu asesu bod cyswllt o bell yn addas ({source}). Cwblhewch yr asesiad ar yr atgyfeiriad yn gyntaf: ei ddyddiad, pwy a’i gwnaeth, yr hyn a drafodwyd â’r partïon, y cyfyngiadau a esboniwyd a’r trefniadau adborth.',
  'core.remote.needsDiscussion':
    'Aseswyd bod cyswllt o bell yn addas, ond nid yw’r hyn a drafodwyd â’r partïon, y cyfyngiadau a esboniwyd na’r trefniadau adborth wedi’u cofnodi ({source}). Ychwanegwch nhw at yr atgyfeiriad hwn cyn y sesiwn o bell nesaf: tan hynny ni ellir ychwanegu na newid unrhyw sesiwn o bell.',
  'core.missing.remoteDiscussed': 'yr hyn a drafodwyd â’r partïon am gyswllt o bell',
  'core.missing.remoteLimitations': 'cyfyngiadau cyswllt o bell a esboniwyd i’r partïon',
  'core.missing.remoteFeedback': 'y trefniadau adborth',
  'core.source.officePractice': 'Arfer eich swyddfa (wedi’i osod yn y Gosodiadau)',
  'core.office.sessionRecordRule':
    'Eich swyddfa sy’n penderfynu sawl diwrnod gwaith ar ôl sesiwn y mae ei chofnod yn ddyledus',
  'core.office.followUpRule':
    'Eich swyddfa sy’n penderfynu sawl diwrnod gwaith ar ôl rhoi gwybod am ddigwyddiad y mae’r dilyniant ysgrifenedig yn ddyledus',
  'core.office.enterSessionRecordDays':
    'Rhowch nifer y diwrnodau gwaith ar ôl sesiwn y mae ei chofnod yn ddyledus, fel rhif cyfan o 0 i {max}',
  'core.office.enterFollowUpDays':
    'Rhowch nifer y diwrnodau gwaith ar ôl rhoi gwybod am ddigwyddiad y mae’r dilyniant ysgrifenedig yn ddyledus, fel rhif cyfan o 0 i {max}',

  // Words (issue 13): storage errors and bundle import wording, in cy-core-storage.ts.
  ...cyCoreStorage,
};
