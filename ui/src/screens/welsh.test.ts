// The main screens rendered with the UI in Welsh: no English message of the app's own is left on
// them (what the core says in words is the core's to translate, and the test data is Welsh).
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../lib/i18n/en';
import { cy } from '../lib/i18n/cy';
import { setLang } from '../lib/i18n/index.svelte';
import Register from './Register.svelte';
import Dashboard from './Dashboard.svelte';
import Diary from './Diary.svelte';
import CasePage from './CasePage.svelte';
import ReferralPage from './ReferralPage.svelte';
import RecordForm from './RecordForm.svelte';
import Settings from './Settings.svelte';
import CaseForm from './CaseForm.svelte';
import ChildForm from './ChildForm.svelte';
import AdultForm from './AdultForm.svelte';
import ReferralForm from './ReferralForm.svelte';
import SessionForm from './SessionForm.svelte';
import IncidentForm from './IncidentForm.svelte';
import AttendanceForm from './AttendanceForm.svelte';
import ImportBundle from './ImportBundle.svelte';
import SupportedRecord from './SupportedRecord.svelte';
import StartupProblem from './StartupProblem.svelte';
import Search from './Search.svelte';
import CourtReport from './CourtReport.svelte';
import { setSearch } from '../lib/search.svelte';

vi.mock('../lib/api', async () => {
  const f = await import('./fixtures.test-data');
  const r = await import('./report.test-data');
  class ApiError extends Error {
    fields: { field: string; message: string }[] = [];
  }
  const api = {
    listCases: async () => f.caseList,
    listCaseServices: async () => [{ case_id: 1, service: 'supervised_contact' }],
    dashboard: async () => f.dashboard,
    getCase: async () => f.caseDetail,
    listReferrals: async () => f.referrals,
    listIncidents: async () => f.incidents,
    caseDeadlines: async () => f.dashboard.overdue,
    caseRecords: async () => f.records,
    listCaseExports: async () => [],
    caseSendings: async () => f.sendings,
    getReferral: async () => f.referralDetail,
    getSessionRecord: async (id: number) => (id === 2 ? f.draftView : f.recordView),
    getSupportedRecord: async () => f.supportedView,
    calendarKind: async () => 'england_wales',
    listClosureDays: async () => [{ id: 1, date: '2026-12-24', reason: 'Noswyl Nadolig' }],
    officeDeadlines: async () => ({ session_record_days: 1, incident_follow_up_days: 0 }),
    getFormDraft: async () => null,
    saveFormDraft: async () => null,
    recordHistory: async () => [],
    diary: async () => f.diary,
    reportLanguage: async () => 'bilingual',
    keychainStatus: async () => ({ available: true, remembered: false, problem: null }),
    courtReportOutline: async (id: number) => (id === 3 ? r.welfareOutline : r.reportOutline),
    getCourtReport: async (id: number) => (id === 2 ? r.finalReport : id === 3 ? r.welfareDraft : r.draftReport),
    saveCourtReport: async () => r.draftReport,
    search: async (query: string) => ({
      query,
      more_cases: false,
      cases: [
        {
          case_id: 1,
          court_case_number: 'CF24P00123',
          case_name: 'Re: S (plentyn)',
          status: 'open',
          more_hits: 2,
          hits: [
            { source: 'child', source_id: 1, referral_id: null, session_id: null, session_number: null, title: [{ text: 'Siân', matched: true }, { text: ' Llŷr', matched: false }], passage: [] },
            { source: 'record', source_id: 1, referral_id: 1, session_id: 1, session_number: 1, title: [], passage: [{ text: 'Chwaraeodd ', matched: false }, { text: 'Siân', matched: true }, { text: ' gêm fwrdd.', matched: false }] },
          ],
        },
      ],
    }),
    signerIdentity: async () => ({
      name: 'Ffion Llwyd',
      role: 'Goruchwyliwr cyswllt',
      key_fingerprint: '1a2b 3c4d 5e6f 7a8b',
      public_key: '00'.repeat(32),
    }),
  };
  return { api, ApiError };
});

// The English words of every message that reads differently in Welsh: its longest run of text
// between placeholders, when long enough not to turn up inside a Welsh word by chance.
const cyTable: Record<string, string> = cy;
const english = [
  ...new Set(
    Object.entries(en)
      .filter(([key, text]) => cyTable[key] !== text)
      .map(([, text]) => text.split(/\{\w+\}/).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), ''))
      .filter((s) => s.length >= 5 && /\p{L}/u.test(s)),
  ),
];

// Each screen, its props, and a Welsh text it shows once its data has loaded.
const screens: [string, unknown, Record<string, unknown>, string][] = [
  ['the case register', Register, {}, '2 achos'],
  ['what’s due', Dashboard, {}, 'Mae Ffion Llwyd yn goruchwylio dwy sesiwn ar yr un pryd'],
  ['what’s due, signed not sent', Dashboard, {}, 'Wedi’i lofnodi, heb ei anfon eto'],
  ['the diary', Diary, {}, 'Mae Ffion Llwyd yn goruchwylio dwy sesiwn ar yr un pryd'],
  ['a case', CasePage, { id: 1 }, 'Manylion yr achos'],
  ['a case’s people', CasePage, { id: 1, part: 'people' }, 'Ychwanegu plentyn'],
  ['a case’s referrals', CasePage, { id: 1, part: 'referrals' }, '3 sesiwn wedi’u cynnal neu eu cynllunio'],
  ['a case’s records', CasePage, { id: 1, part: 'records' }, 'Terfynol'],
  ['a case’s log of sending', CasePage, { id: 1, part: 'records' }, 'Porth y llys'],
  ['a case’s incidents', CasePage, { id: 1, part: 'incidents' }, 'Cofnodi digwyddiad'],
  ['a case’s history', CasePage, { id: 1, part: 'history' }, 'Achos wedi’i agor'],
  ['a referral', ReferralPage, { id: 1 }, 'Siân Llŷr Hughes (plentyn), Gwenllïan ap Dafydd (mam)'],
  ['a referral’s sessions without the review', ReferralPage, { id: 1 }, '20/11/2026, cofnodwyd gan Ffion Llwyd'],
  ['a court-ordered referral with no duty consultation', ReferralPage, { id: 1 }, 'Rhowch wybod i’r Rheolwr Ymarfer'],
  ['a finalised record', RecordForm, { sessionId: 1 }, 'Dydd Mawrth 17 Tachwedd 2026'],
  ['a record being written', RecordForm, { sessionId: 2 }, 'Cwblhau a llofnodi'],
  ['a Record of Supported Contact', SupportedRecord, { referralId: 1 }, 'Cofnod o Gyswllt â Chymorth'],
  ['the startup problem', StartupProblem, { problem: { code: 'Storage', message: '—' }, dbPath: '/tmp/cofnodion.db' }, 'Ffeil ddata'],
  ['settings', Settings, {}, 'Noswyl Nadolig'],
  ['the new case form', CaseForm, {}, 'Rhif achos llys'],
  ['the child form', ChildForm, { caseId: 1 }, 'Dyddiad geni'],
  ['the adult form', AdultForm, { caseId: 1 }, 'Perthynas â’r plant'],
  ['the referral form', ReferralForm, { caseId: 1 }, 'Cyswllt dan oruchwyliaeth (canolfan gyswllt)'],
  ['the session form', SessionForm, { referralId: 1 }, 'Hyd mewn munudau'],
  ['the incident form', IncidentForm, { caseId: 1 }, 'Pryder diogelu'],
  ['the attendance form', AttendanceForm, { referralId: 1, id: 1 }, 'Presenoldeb yn sesiwn 1'],
  ['the import screen', ImportBundle, {}, 'Mewnforio bwndel achos'],
  ['search results', Search, {}, 'Cofnod, sesiwn 1'],
  ['a report being written', CourtReport, { referralId: 1 }, 'Sesiwn 1, 17 Tachwedd 2026'],
  ['a signed report', CourtReport, { referralId: 2 }, 'Cyswllt uniongyrchol'],
  ['a welfare checklist report being written', CourtReport, { referralId: 3 }, 'Digwyddiad ar 17 Tachwedd 2026'],
];
setSearch('Siân');

describe('screens in Welsh', () => {
  beforeEach(() => setLang('cy'));
  afterEach(() => setLang('en'));

  it('knows the English to look for', () => {
    expect(english.length).toBeGreaterThan(300);
    expect(english).toContain('Court case number');
  });

  it.each(screens)('%s has no English left on it', async (_name, screenComponent, props, welsh) => {
    const { container } = render(screenComponent as Parameters<typeof render>[0], { props });
    // Wait for the screen to load its data (the loading line goes; a closed record history keeps
    // its own until opened).
    const loading = () => [...container.querySelectorAll('[aria-busy="true"]')].filter((el) => !el.closest('details'));
    await vi.waitFor(() => expect(loading()).toEqual([]));
    await vi.waitFor(() => expect(container.textContent).toContain(welsh));
    const text = container.textContent ?? '';
    const attributes = [...container.querySelectorAll('[aria-label],[title],[placeholder]')].map(
      (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('placeholder') ?? ''}`,
    );
    const left = english.filter((s) => text.includes(s) || attributes.some((a) => a.includes(s)));
    expect(left).toEqual([]);
    expect(screen.getAllByRole('heading').length).toBeGreaterThan(0);
  });
});
