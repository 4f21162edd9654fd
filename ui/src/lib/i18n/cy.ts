// Welsh messages: the complete catalogue, key for key with en.ts (the type makes a missing key an
// error). Terms follow docs/glossary.md; formal "chi" register, as Welsh Government and Cafcass
// Cymru write to the public.
import type { en } from './en';
import type { WelshCatalogue } from './types';
import { cyReferrals, cyServices } from './cy-referrals';
import { cySettings } from './cy-settings';
import { cyRecords } from './cy-records';
import { cyBundles } from './cy-bundles';
import { cyDesk } from './cy-desk';
import { cySecurity } from './cy-security';
import { cyAbout } from './cy-about';
import { cyExports } from './cy-exports';
import { cyExport } from './cy-export';
import { cyCore } from './cy-core';
import { cySearch } from './cy-search';
import { cySending } from './cy-sending';
import { cyKeychain } from './cy-keychain';
import { cyWriter } from './cy-writer';
import { cyRules } from './cy-rules';
import { cySuitability } from './cy-suitability';
import { cyOffice } from './cy-office';

type Own = Exclude<
  keyof typeof en,
  | keyof typeof cyReferrals | keyof typeof cyServices | keyof typeof cySettings | keyof typeof cyRecords
  | keyof typeof cyBundles | keyof typeof cyDesk | keyof typeof cySecurity
  | keyof typeof cyAbout | keyof typeof cyExports | keyof typeof cyExport | keyof typeof cyCore
  | keyof typeof cySending | keyof typeof cySearch
  | keyof typeof cyKeychain
  | keyof typeof cyWriter
  | keyof typeof cyRules
  | keyof typeof cySuitability
  | keyof typeof cyOffice
>;

const cyMain: WelshCatalogue<Own> = {
  'app.title': 'Cofnodion Cyswllt',
  'app.skip': 'Neidio i’r prif gynnwys',
  'app.language': 'Iaith',
  'app.loading': 'Wrthi’n llwytho…',
  'app.back': 'Yn ôl',
  'app.cancel': 'Canslo',
  'app.saveChanges': 'Cadw’r newidiadau',
  'app.change': 'Newid',
  'app.remove': 'Tynnu',
  'app.notRecorded': 'Heb ei gofnodi',
  'app.errorSummary': 'Mae yna broblem',
  'app.errorPrefix': 'Gwall:',
  'app.unexpected': 'Aeth rhywbeth o’i le: {message}',
  'app.draftRestored':
    'Dyma’r hyn roeddech chi’n ei deipio pan gafodd yr ap ei gau ddiwethaf. Nid oes dim wedi’i gadw nes i chi ei gadw.',

  'startup.title': 'Nid yw Cofnodion Cyswllt yn gallu agor ei ffeil ddata',
  'startup.file': 'Ffeil ddata',
  'startup.whatToDo': 'Beth y gallwch ei wneud',
  'startup.advice':
    'Nid yw eich cofnodion wedi cael eu newid. Caewch yr ap, datryswch y broblem uchod, yna agorwch yr ap eto. I ddefnyddio ffeil wahanol, dechreuwch yr ap gyda CONTACT_RECORDS_DB wedi’i osod i lwybr y ffeil honno.',

  'register.title': 'Achosion',
  'register.create': 'Creu achos',
  'register.search': 'Chwilio achosion',
  'register.searchHint': 'Teipiwch rif achos llys, neu enw unrhyw blentyn neu oedolyn',
  'register.noMatch': 'Nid oes unrhyw achos yn cyfateb i “{query}”.',
  'register.showing.zero': 'Yn dangos {shown} o 0 achos. Chwiliwch i ddod o hyd i eraill.',
  'register.showing.one': 'Yn dangos {shown} o 1 achos. Chwiliwch i ddod o hyd i eraill.',
  'register.showing.two': 'Yn dangos {shown} o {count} achos. Chwiliwch i ddod o hyd i eraill.',
  'register.showing.few': 'Yn dangos {shown} o {count} achos. Chwiliwch i ddod o hyd i eraill.',
  'register.showing.many': 'Yn dangos {shown} o {count} achos. Chwiliwch i ddod o hyd i eraill.',
  'register.showing.other': 'Yn dangos {shown} o {count} achos. Chwiliwch i ddod o hyd i eraill.',
  'register.count.zero': 'Dim achosion',
  'register.count.one': '1 achos',
  'register.count.two': '{count} achos',
  'register.count.few': '{count} achos',
  'register.count.many': '{count} achos',
  'register.count.other': '{count} achos',
  'register.col.number': 'Rhif achos llys',
  'register.col.name': 'Enw’r achos',
  'register.col.court': 'Llys',
  'register.col.adviser': 'Cynghorydd',
  'register.col.children': 'Plant',
  'register.col.status': 'Statws',
  'register.empty.title': 'Croeso i Gofnodion Cyswllt',
  'register.empty.lead':
    'Cadwch achosion, atgyfeiriadau a sesiynau cyswllt y teuluoedd rydych chi’n gweithio gyda nhw, ysgrifennwch gofnod o bob sesiwn wrth fynd, ac allforiwch y Cofnod o Gyswllt a Arsylwyd a’r Cofnod o Gyswllt â Chymorth ar gyfer y llys.',
  'register.empty.private': 'Mae popeth yn aros ar y cyfrifiadur hwn, mewn un ffeil ddata. Nid oes dim yn cael ei anfon i unman.',
  'register.empty.start': 'Dechreuwch drwy greu eich achos cyntaf.',

  'status.open': 'Ar agor',
  'status.closed': 'Ar gau',

  'case.new.title': 'Creu achos',
  'case.edit.title': 'Newid manylion yr achos',
  'case.create': 'Creu’r achos',
  'case.created': 'Achos wedi’i greu',
  'case.saved': 'Manylion yr achos wedi’u cadw',
  'case.details': 'Manylion yr achos',
  'case.court': 'Llys',
  'case.court.hint': 'Er enghraifft, y Llys Teulu yng Nghaerdydd',
  'case.courtCaseNumber': 'Rhif achos llys',
  'case.courtCaseNumber.hint': 'Fel y mae’n ymddangos ar orchymyn y llys, er enghraifft CF24P00123',
  'case.caseName': 'Enw’r achos',
  'case.caseName.hint': 'Er enghraifft, Ynghylch A a B (plant)',
  'case.cafcassNumber': 'Rhif achos Cafcass neu Cafcass Cymru (dewisol)',
  'case.cafcassSystem': 'System rheoli achosion',
  'case.system.iris': 'IRIS (Cafcass Cymru)',
  'case.system.ecms': 'ECMS (Cafcass)',
  'case.adviser': 'Cynghorydd Llys Teulu neu Weithiwr Cymdeithasol Llys Teulu (dewisol)',
  'case.status': 'Statws',
  'case.notes': 'Nodiadau (dewisol)',
  'case.notes.hint': 'Dim ond yr hyn sydd ei angen arnoch i redeg yr achos. Nid yw nodiadau’n cael eu hargraffu ar gofnodion i’r llys.',

  'children.title': 'Plant',
  'children.none': 'Dim plant wedi’u hychwanegu eto.',
  'children.add': 'Ychwanegu plentyn',
  'children.added': 'Wedi ychwanegu {name}',
  'children.saved': 'Wedi cadw manylion {name}',
  'children.removed': 'Wedi tynnu {name} o’r achos',
  'child.new.title': 'Ychwanegu plentyn',
  'child.edit.title': 'Newid manylion plentyn',
  'child.fullName': 'Enw llawn',
  'child.dateOfBirth': 'Dyddiad geni',
  'child.dateOfBirth.hint': 'Er enghraifft, 27/03/2019',
  'child.age': 'Oed',
  // "7 oed": the number does not mutate "oed"; one year old is "blwydd oed".
  'child.age.years.zero': '{count} oed',
  'child.age.years.one': 'Blwydd oed',
  'child.age.years.two': '{count} oed',
  'child.age.years.few': '{count} oed',
  'child.age.years.many': '{count} oed',
  'child.age.years.other': '{count} oed',
  // "mis" takes the soft mutation after two (dau fis); three and six leave m alone.
  'child.age.months.zero': '{count} mis oed',
  'child.age.months.one': '1 mis oed',
  'child.age.months.two': '{count} fis oed',
  'child.age.months.few': '{count} mis oed',
  'child.age.months.many': '{count} mis oed',
  'child.age.months.other': '{count} mis oed',
  'child.needs': 'Anghenion (dewisol)',
  'child.needs.hint': 'Iechyd, anabledd, cyfathrebu, neu unrhyw beth y dylai’r ganolfan gyswllt ei wybod',
  'child.save': 'Cadw manylion y plentyn',

  'adults.title': 'Oedolion',
  'adults.none': 'Dim oedolion wedi’u hychwanegu eto.',
  'adults.add': 'Ychwanegu oedolyn',
  'adults.added': 'Wedi ychwanegu {name}',
  'adults.saved': 'Wedi cadw manylion {name}',
  'adults.removed': 'Wedi tynnu {name} o’r achos',
  'adult.new.title': 'Ychwanegu oedolyn',
  'adult.edit.title': 'Newid manylion oedolyn',
  'adult.fullName': 'Enw llawn',
  'adult.role': 'Perthynas â’r plant',
  'adult.role.mother': 'Mam',
  'adult.role.father': 'Tad',
  'adult.role.grandparent': 'Nain neu daid (mam-gu neu dad-cu)',
  'adult.role.other_relative': 'Perthynas arall',
  'adult.role.other': 'Arall',
  'adult.party': 'Parti',
  'adult.party.resident': 'Preswyl (mae’r plant yn byw gyda nhw)',
  'adult.party.visiting': 'Sy’n ymweld (mae’r plant yn ymweld â nhw)',
  'adult.party.resident.short': 'Preswyl',
  'adult.party.visiting.short': 'Sy’n ymweld',
  'adult.contact': 'Manylion cyswllt (dewisol)',
  'adult.contact.hint': 'Ffôn, e-bost neu gyfeiriad. Gadewch yn wag os na ddylid eu cofnodi.',
  'adult.save': 'Cadw manylion yr oedolyn',

  'attendee.child': 'plentyn',
  'attendee.mother': 'mam',
  'attendee.father': 'tad',
  'attendee.grandparent': 'nain neu daid',
  'attendee.other_relative': 'perthynas arall',
  'attendee.other_adult': 'oedolyn arall',

  'person.language': 'Dewis iaith',
  'language.english': 'Saesneg',
  'language.welsh': 'Cymraeg',
  'language.switch.cy': 'Cymraeg',
  'language.switch.en': 'English',

  // After a figure the noun stays singular and mutates as after the spoken number: soft after 2
  // (dau blentyn, dau gofnod, dau ddigwyddiad), aspirate after 3 and 6 (tri phlentyn, chwe
  // chofnod). Words beginning with a vowel or s do not change. None at all takes the plural.
  'count.children.zero': 'dim plant',
  'count.children.one': '1 plentyn',
  'count.children.two': '{count} blentyn',
  'count.children.few': '{count} phlentyn',
  'count.children.many': '{count} phlentyn',
  'count.children.other': '{count} plentyn',
  'count.adults.zero': 'dim oedolion',
  'count.adults.one': '1 oedolyn',
  'count.adults.two': '{count} oedolyn',
  'count.adults.few': '{count} oedolyn',
  'count.adults.many': '{count} oedolyn',
  'count.adults.other': '{count} oedolyn',
  'count.referrals.zero': 'dim atgyfeiriadau',
  'count.referrals.one': '1 atgyfeiriad',
  'count.referrals.two': '{count} atgyfeiriad',
  'count.referrals.few': '{count} atgyfeiriad',
  'count.referrals.many': '{count} atgyfeiriad',
  'count.referrals.other': '{count} atgyfeiriad',
  'count.sessions.zero': 'dim sesiynau',
  'count.sessions.one': '1 sesiwn',
  'count.sessions.two': '{count} sesiwn',
  'count.sessions.few': '{count} sesiwn',
  'count.sessions.many': '{count} sesiwn',
  'count.sessions.other': '{count} sesiwn',
  'count.records.zero': 'dim cofnodion',
  'count.records.one': '1 cofnod',
  'count.records.two': '{count} gofnod',
  'count.records.few': '{count} chofnod',
  'count.records.many': '{count} chofnod',
  'count.records.other': '{count} cofnod',
  'count.incidents.zero': 'dim digwyddiadau',
  'count.incidents.one': '1 digwyddiad',
  'count.incidents.two': '{count} ddigwyddiad',
  'count.incidents.few': '{count} digwyddiad',
  'count.incidents.many': '{count} digwyddiad',
  'count.incidents.other': '{count} digwyddiad',
  'duration.hours.zero': '{count} awr',
  'duration.hours.one': '1 awr',
  'duration.hours.two': '{count} awr',
  'duration.hours.few': '{count} awr',
  'duration.hours.many': '{count} awr',
  'duration.hours.other': '{count} awr',
  'duration.minutes.zero': '{count} munud',
  'duration.minutes.one': '1 munud',
  'duration.minutes.two': '{count} funud',
  'duration.minutes.few': '{count} munud',
  'duration.minutes.many': '{count} munud',
  'duration.minutes.other': '{count} munud',
  'duration.both': '{hours} {minutes}',

  'date.long': '{weekday} {day} {month} {year}',
  'date.day.sunday': 'Dydd Sul',
  'date.day.monday': 'Dydd Llun',
  'date.day.tuesday': 'Dydd Mawrth',
  'date.day.wednesday': 'Dydd Mercher',
  'date.day.thursday': 'Dydd Iau',
  'date.day.friday': 'Dydd Gwener',
  'date.day.saturday': 'Dydd Sadwrn',
  'date.month.january': 'Ionawr',
  'date.month.february': 'Chwefror',
  'date.month.march': 'Mawrth',
  'date.month.april': 'Ebrill',
  'date.month.may': 'Mai',
  'date.month.june': 'Mehefin',
  'date.month.july': 'Gorffennaf',
  'date.month.august': 'Awst',
  'date.month.september': 'Medi',
  'date.month.october': 'Hydref',
  'date.month.november': 'Tachwedd',
  'date.month.december': 'Rhagfyr',

  'remove.confirm': 'Ydych chi’n siŵr eich bod am dynnu {name} o’r achos hwn?',
  'remove.yes': 'Ydw, tynnu',
};

export const cy: WelshCatalogue<keyof typeof en> = {
  ...cyReferrals,
  ...cyServices,
  ...cySettings,
  ...cyRecords,
  ...cyBundles,
  ...cyDesk,
  ...cySecurity,
  ...cyAbout,
  ...cyExports,
  ...cyExport,
  ...cyCore,
  ...cySending,
  ...cySearch,
  ...cyKeychain,
  ...cyWriter,
  ...cyRules,
  ...cySuitability,
  ...cyOffice,
  ...cyMain,
};
