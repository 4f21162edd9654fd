// Remote contact suitability and the office's own deadlines in the real app: a remote referral
// is refused until what was discussed, the limitations and the feedback are recorded, then shows
// them; and changing the follow-up deadline in Settings moves its due date on the case page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityProblems, choose, click, fill, screenshot, see, startApp, tempDb, ukDay } from './app.mjs';

// England and Wales bank holidays near the test's run, for counting working days as the app does.
const HOLIDAYS = new Set(['2026-12-25', '2026-12-28', '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']);

function addWorkingDays(n) {
  const d = new Date();
  const iso = (x) => `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}`;
  while (n > 0) {
    d.setDate(d.getDate() + 1);
    if (d.getDay() !== 0 && d.getDay() !== 6 && !HOLIDAYS.has(iso(d))) n -= 1;
  }
  return d.toLocaleDateString('en-GB');
}

describe('remote suitability and the office’s deadlines', () => {
  let app;

  before(async () => {
    app = await startApp(tempDb());
  });
  after(async () => {
    await app?.quit();
  });

  it('creates a case with a child and a father', async () => {
    const b = app.browser;
    await click(b, '[data-testid="create-case"]');
    await fill(b, 'court_case_number', 'CF26P00515');
    await fill(b, 'case_name', 'Re: T (a child)');
    await fill(b, 'court', 'Family Court at Cardiff');
    await click(b, '[data-testid="save-case"]');
    await click(b, '[data-testid="part-people"]');
    await click(b, '[data-testid="add-child"]');
    await fill(b, 'full_name', 'Tomos Huws');
    await fill(b, 'date_of_birth', '03/05/2019');
    await click(b, '[data-testid="save-child"]');
    await see(b, 'h3=Tomos Huws');
    await click(b, '[data-testid="add-adult"]');
    await fill(b, 'full_name', 'Gareth Huws');
    await choose(b, 'role', 'father');
    await choose(b, 'party', 'visiting');
    await click(b, '[data-testid="save-adult"]');
    await see(b, 'h3=Gareth Huws');
  });

  it('refuses a dated remote assessment without the three answers, then records them', async () => {
    const b = app.browser;
    await click(b, '[data-testid="part-referrals"]');
    await click(b, '[data-testid="add-referral"]');
    await see(b, 'h1=Add a referral');
    await choose(b, 'service', 'remote_supervised_contact');
    await see(b, '[data-testid="remote-suitability"]');
    await fill(b, 'provider_name', 'Canolfan Gyswllt Caerdydd');
    await fill(b, 'remote_assessed_on', '16/11/2026');
    await fill(b, 'remote_assessed_by', 'Ffion Hughes, FCA');
    await fill(b, 'remote_discussed', 'Both parents by telephone on 16/11/2026, and the court at the hearing.');
    await click(b, '[data-testid="save-referral"]');
    const summary = await see(b, '.govuk-error-summary');
    const text = await summary.getText();
    assert.match(text, /limitations of remote contact explained to the parties/);
    assert.match(text, /feedback arrangements agreed with the parties/);
    assert.doesNotMatch(text, /what was discussed/i, 'the answer given is not asked for again');
    await fill(b, 'remote_limitations', 'The supervisor can end a call but cannot step in as at a centre; calls are not recorded.');
    await fill(b, 'remote_feedback', 'The supervisor emails both parents after each call; concerns go to the FCA the same day.');
    await screenshot(b, 'remote-suitability-form.png');
    assert.deepEqual(await accessibilityProblems(b), []);
    await click(b, '[data-testid="save-referral"]');
    await see(b, 'h1*=Remote supervised contact');
    const page = await (await b.$('main')).getText();
    assert.match(page, /Remote contact assessed as suitable/);
    assert.match(page, /16\/11\/2026, by Ffion Hughes, FCA/);
    assert.match(page, /cannot step in as at a centre/);
    assert.match(page, /emails both parents after each call/);
  });

  it('records an incident reported today: its follow-up is due today', async () => {
    const b = app.browser;
    await click(b, 'a=Re: T (a child)');
    await click(b, '[data-testid="part-incidents"]');
    await click(b, '[data-testid="add-incident"]');
    await see(b, 'h1=Record an incident or concern');
    await choose(b, 'kind', 'threatening');
    await fill(b, 'by_whom', 'Gareth Huws');
    await fill(b, 'what_happened', 'Raised his voice at the supervisor on the call.');
    await fill(b, 'action_taken', 'Ended the call.');
    await fill(b, 'reported_to_referrer_on', ukDay(0));
    await click(b, '[data-testid="save-incident"]');
    await see(b, '[data-testid="incidents"]');
    await click(b, '[data-testid="part-overview"]');
    const row = await followUpRow(b);
    assert.match(row, new RegExp(ukDay(0).replace(/\//g, '\\/')));
    assert.match(row, /Your office's practice \(set in Settings\)/);
  });

  it('sets the follow-up to 3 working days in Settings, refusing 11 first, and the due date moves', async () => {
    const b = app.browser;
    await click(b, '[data-testid="nav-settings"]');
    await see(b, 'h2=Your office’s deadlines');
    await fill(b, 'incident_follow_up_days', '11');
    await click(b, '[data-testid="office-deadlines-save"]');
    const error = await see(b, '#field-incident-follow-up-days-error');
    assert.match(await error.getText(), /whole number from 0 to 10/);
    await fill(b, 'incident_follow_up_days', '3');
    await fill(b, 'session_record_days', '2');
    await click(b, '[data-testid="office-deadlines-save"]');
    await see(b, 'p*=Your office’s deadlines are saved');
    const section = await see(b, '[data-testid="office-deadlines"]');
    await section.scrollIntoView();
    await screenshot(b, 'office-deadlines-settings.png');
    assert.deepEqual(await accessibilityProblems(b), []);

    await click(b, '[data-testid="nav-cases"]');
    await click(b, 'a=CF26P00515');
    await see(b, '[data-testid="deadlines"]');
    const row = await followUpRow(b);
    assert.match(row, new RegExp(addWorkingDays(3).replace(/\//g, '\\/')), row);
  });
});

/** The text of the case page's row for the incident's written follow-up. */
async function followUpRow(b) {
  await see(b, '[data-testid="deadlines"]');
  for (const tr of await b.$$('[data-testid="deadlines"] tbody tr')) {
    const text = await tr.getText();
    if (/follow-up/i.test(text)) return text;
  }
  throw new Error('no follow-up deadline on the case page');
}
