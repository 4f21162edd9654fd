// A Welsh-speaking adviser's walk: switch to Cymraeg, then case → referral → session → record →
// export, with no English words of the app's own on any of those screens (names and what was typed
// are Welsh here), a refused form said in Welsh, and a Welsh PDF.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accessibilityProblems, choose, click, fill, screenshot, see, startApp, tempDb, ukDay } from './app.mjs';

// Each Welsh screen is kept for a person to look at, and axe-core checks it as it stands.
async function look(b, file) {
  await screenshot(b, file);
  assert.deepEqual(await accessibilityProblems(b), [], `${file} in Welsh`);
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The catalogue's texts ('key': 'text') in the i18n files of one language. */
function catalogue(lang) {
  const dir = join(root, 'ui/src/lib/i18n');
  const texts = new Map();
  for (const file of readdirSync(dir).filter((f) => new RegExp(`^${lang}(-[a-z]+)*\\.ts$`).test(f))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/^\s*'([\w.]+)':\s*\n?\s*'((?:[^'\\]|\\.)*)'/gm)) texts.set(m[1], m[2]);
  }
  return texts;
}

// The English words of every message that reads differently in Welsh: its longest run of text
// between placeholders, when long enough not to turn up inside a Welsh sentence by chance.
const en = catalogue('en');
const cy = catalogue('cy');
const english = [...en]
  .filter(([key, text]) => cy.has(key) && cy.get(key) !== text)
  .map(([, text]) => text.split(/\{\w+\}/).reduce((a, b) => (b.trim().length > a.trim().length ? b : a), '').trim())
  .filter((run) => run.length >= 12 && /[a-z]{4}/.test(run));

async function noEnglish(b, screen) {
  const text = await b.execute(() => document.body.innerText);
  const found = english.filter((run) => text.includes(run));
  const lines = text.split('\n').filter((l) => found.some((run) => l.includes(run)));
  assert.deepEqual(found, [], `English on the ${screen} screen: ${lines.join(' | ')}`);
  assert.equal(await b.execute(() => document.documentElement.lang), 'cy');
}

describe('Cymraeg drwyddo draw', () => {
  const db = tempDb();
  const exports = mkdtempSync(join(tmpdir(), 'cr-exports-cy-'));
  let app;

  before(async () => {
    assert.ok(english.length > 300, `only ${english.length} English texts to look for`);
    app = await startApp(db, { CONTACT_RECORDS_EXPORT_DIR: exports });
  });
  after(async () => {
    // The choice of language is remembered by the webview for the next run: leave it English
    // for the other tests.
    await app?.browser
      .$('button[lang="en"]')
      .then((el) => el.click())
      .catch(() => {});
    await app?.browser?.pause(300).catch(() => {});
    await app?.quit();
  });

  it('switches to Welsh and opens a case, its people and a referral in Welsh', async () => {
    const b = app.browser;
    await click(b, 'button[lang="cy"]');
    await b.waitUntil(async () => (await b.execute(() => document.documentElement.lang)) === 'cy');
    await noEnglish(b, 'register');
    await look(b, 'cy-register.png');

    await click(b, '[data-testid="create-case"]');
    await click(b, '[data-testid="save-case"]');
    // The core's field checks, said in Welsh.
    const summary = await see(b, '.govuk-error-summary');
    assert.match(await summary.getText(), /Rhowch rif achos y llys/);
    await noEnglish(b, 'new case (refused)');
    await look(b, 'cy-case-refused.png');
    await fill(b, 'court_case_number', 'CF26P00888');
    await fill(b, 'case_name', 'Re: Ŵyn a Llŷr (plant)');
    await fill(b, 'court', 'Llys Teulu Caerdydd');
    await click(b, '[data-testid="save-case"]');
    await click(b, '[data-testid="part-people"]');
    await click(b, '[data-testid="add-child"]');
    await fill(b, 'full_name', 'Siân Llŷr');
    await fill(b, 'date_of_birth', '03/05/2019');
    await choose(b, 'language', 'welsh');
    await click(b, '[data-testid="save-child"]');
    await see(b, 'h3=Siân Llŷr');
    await click(b, '[data-testid="add-adult"]');
    await fill(b, 'full_name', 'Gwenllïan ap Dafydd');
    await choose(b, 'role', 'mother');
    await choose(b, 'party', 'visiting');
    await click(b, '[data-testid="save-adult"]');
    await see(b, 'h3=Gwenllïan ap Dafydd');
    await noEnglish(b, 'case people');
    await look(b, 'cy-case-people.png');

    await click(b, '[data-testid="part-referrals"]');
    await click(b, '[data-testid="add-referral"]');
    await noEnglish(b, 'new referral');
    await choose(b, 'service', 'supervised_contact');
    await fill(b, 'provider_name', 'Canolfan Gyswllt Caerdydd');
    await fill(b, 'risk_assessment', 'Dim pryderon diogelu ar hyn o bryd.');
    await fill(b, 'risk_assessed_on', ukDay(-30));
    await fill(b, 'risk_assessed_by', 'Ffion Hughes');
    await fill(b, 'planned_sessions', '3');
    await fill(b, 'session_plan', 'Tair sesiwn o ddwy awr, yna adolygiad.');
    for (const box of await b.$$('#field-permitted, [id^="field-permitted-"]')) await box.click();
    await look(b, 'cy-referral-form.png');
    await click(b, '[data-testid="save-referral"]');
    await click(b, '[data-testid="mark-sent"]');
    await see(b, '.govuk-notification-banner');
    // The centre accepts the referral before any session is held (sent, received and accepted
    // today).
    await fill(b, 'received_on', ukDay(0));
    await fill(b, 'accepted_on', ukDay(0));
    await click(b, '[data-testid="dates-form"] button[type="submit"]');
    await see(b, 'p=Dyddiadau wedi’u cadw');
    await noEnglish(b, 'referral');
    // The deadline the core made, its rule and its source document, said in Welsh.
    const deadlines = await (await see(b, '[data-testid="deadlines"]')).getText();
    assert.match(deadlines, /Cael ateb y darparwr \(Canolfan Gyswllt Caerdydd\): a yw’n derbyn yr atgyfeiriad/);
    assert.match(deadlines, /o fewn 10 diwrnod gwaith i’w gael \(Datganiad Disgwyliadau Cafcass Cymru: Gwasanaethau Cyswllt Plant\)/);
    await look(b, 'cy-referral.png');
  });

  it('adds a session and its attendance in Welsh', async () => {
    const b = app.browser;
    await click(b, '[data-testid="add-session"]');
    await fill(b, 'date', ukDay(-7));
    await fill(b, 'start_time', '10:00');
    await fill(b, 'duration_minutes', '120');
    await fill(b, 'venue', 'Canolfan Gyswllt Caerdydd, ystafell 2');
    await fill(b, 'supervisor', 'Rhys Price');
    await choose(b, 'status', 'took_place');
    await noEnglish(b, 'new session');
    await click(b, '[data-testid="save-session"]');
    await see(b, '[data-testid="sessions"]');
    await click(b, 'a*=Cofnodi presenoldeb');
    await choose(b, 'person', 'child-1');
    await fill(b, 'arrived', '09:55');
    await fill(b, 'departed', '12:00');
    await fill(b, 'brought_by', 'Gofalwr maeth');
    await click(b, '[data-testid="save-attendance"]');
    await see(b, '[data-testid="attendance-list"]');
    await noEnglish(b, 'attendance');
    await look(b, 'cy-attendance.png');
  });

  it('writes and finalises the record in Welsh', async () => {
    const b = app.browser;
    await click(b, 'a*=Yn ôl');
    await see(b, '[data-testid="sessions"]');
    await noEnglish(b, 'referral with a session');
    const deadlines = await (await see(b, '[data-testid="deadlines"]')).getText();
    assert.match(deadlines, /Anfon y Cofnod o Gyswllt a Arsylwyd ar gyfer sesiwn 1 \(\d\d\/\d\d\/\d{4}\)/);
    await look(b, 'cy-referral-deadline.png');

    // A rule refuses a session that would go over the 6 hours: said in Welsh, durations too.
    await click(b, '[data-testid="add-session"]');
    await fill(b, 'date', ukDay(7));
    await fill(b, 'start_time', '10:00');
    await fill(b, 'duration_minutes', '300');
    await fill(b, 'venue', 'Canolfan Gyswllt Caerdydd, ystafell 2');
    await fill(b, 'supervisor', 'Rhys Price');
    await click(b, '[data-testid="save-session"]');
    const refusal = await see(b, '.govuk-error-summary');
    assert.match(
      await refusal.getText(),
      /Byddai’r sesiwn hon yn dod â’r cyfanswm i 7 awr o’r 6 awr a ganiateir ar gyfer yr atgyfeiriad hwn \(2 awr eisoes/,
    );
    await noEnglish(b, 'session refused');
    await look(b, 'cy-session-refused.png');
    await click(b, 'a=Canslo');
    await see(b, '[data-testid="sessions"]');
    await click(b, '[data-testid="open-record"]');
    await see(b, 'h1*=Cofnod o Gyswllt a Arsylwyd');
    await fill(b, 'aim_and_requirements', 'Arsylwi ansawdd y berthynas, fel y gofynnodd y Cynghorydd.');
    await fill(b, 'actual_start', '10:00');
    await fill(b, 'actual_end', '12:00');
    await fill(b, 'arrival_and_greeting', 'Rhedodd Siân at ei mam, a benliniodd a’i chofleidio.');
    await fill(b, 'adult_engagement', 'Cynnes a chwareus; dilynodd arweiniad Siân gyda’r tŷ dol.');
    await fill(b, 'children-0-observations', 'Yn hamddenol drwy’r amser; dangosodd ei lluniau i’w mam.');
    await click(b, '[data-testid="add-quote"]');
    await fill(b, 'children-0-quotes-0', 'Gawn ni wneud hyn eto wythnos nesaf?');
    await fill(b, 'ending_and_handover', 'Daeth i ben ar amser; chwifiodd Siân hwyl fawr.');
    await fill(b, 'summary', 'Roedd Siân yn falch o weld ei mam. Ŵ ŷ â.');
    await fill(b, 'signer_role', 'Goruchwyliwr cyswllt');
    await noEnglish(b, 'record');
    await look(b, 'cy-record-form.png');
    await click(b, '[data-testid="finalise"]');
    await see(b, '[data-testid="record-status"]=Terfynol', 20000);
    await see(b, '[data-testid="fingerprint"]');
    await noEnglish(b, 'finalised record');
    await look(b, 'cy-record-final.png');
  });

  it('exports the record in Welsh, named in Welsh', async () => {
    const b = app.browser;
    const select = await see(b, '[data-testid="export-language"]');
    // Siân asked for Welsh: the dialog suggests both languages, Welsh first.
    assert.equal(await select.getValue(), 'bilingual');
    await select.selectByAttribute('value', 'welsh');
    await click(b, '[data-testid="export-pdf"]');
    const done = await see(b, '[data-testid="export-done"]', 30000);
    assert.match(await done.getText(), /Cofnod-o-Gyswllt-a-Arsylwyd_CF26P00888_/);
    await noEnglish(b, 'export');
    await look(b, 'cy-exported.png');
    const [file] = readdirSync(exports);
    const text = execFileSync('pdftotext', [join(exports, file), '-'], { encoding: 'utf8' });
    for (const welsh of ['Cofnod o Gyswllt a Arsylwyd', 'Presenoldeb', 'Crynodeb', 'Tudalen 1 o', 'Ŵ ŷ â', 'Siân Llŷr']) {
      assert.ok(text.includes(welsh), `${welsh} missing from the Welsh PDF`);
    }
    for (const englishLabel of ['Record of Observed Contact', 'Attendance', 'Page 1 of', 'Summary']) {
      assert.ok(!text.includes(englishLabel), `${englishLabel} in the Welsh PDF`);
    }
  });

  it('asks a remote referral’s suitability questions and shows the office’s deadlines in Welsh', async () => {
    const b = app.browser;
    await b.execute(() => (location.hash = '#/cases/1'));
    await click(b, '[data-testid="part-referrals"]');
    await click(b, '[data-testid="add-referral"]');
    await choose(b, 'service', 'remote_supervised_contact');
    await see(b, '[data-testid="remote-suitability"]');
    await fill(b, 'remote_assessed_on', '16/11/2026');
    await click(b, '[data-testid="save-referral"]');
    // The three answers, asked for in Welsh once a date is given.
    const summary = await (await see(b, '.govuk-error-summary')).getText();
    assert.match(summary, /Rhowch yr hyn a drafodwyd â’r partïon/);
    await noEnglish(b, 'remote referral (refused)');
    await (await see(b, '[data-testid="remote-suitability"]')).scrollIntoView();
    await look(b, 'cy-remote-suitability.png');

    await click(b, '[data-testid="nav-settings"]');
    const section = await see(b, '[data-testid="office-deadlines"]');
    assert.match(await section.getText(), /Terfynau amser eich swyddfa/);
    await noEnglish(b, 'settings');
    await section.scrollIntoView();
    await look(b, 'cy-office-deadlines.png');
  });
});
