// Referrals and sessions: plan sessions up to the 6 hours a centre allows, see the 7th hour
// refused, record attendance and an incident, and find the incident's deadline on the dashboard.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityProblems, choose, click, fill, screenshot, see, startApp, tempDb } from './app.mjs';

describe('referrals, sessions and deadlines', () => {
  let app;

  before(async () => {
    app = await startApp(tempDb());
  });
  after(async () => {
    await app?.quit();
  });

  it('creates a case with a child and a mother to refer', async () => {
    const b = app.browser;
    await click(b, '[data-testid="create-case"]');
    await fill(b, 'court_case_number', 'SA25P00042');
    await fill(b, 'case_name', 'Re: W (a child)');
    await fill(b, 'court', 'Family Court at Swansea');
    await click(b, '[data-testid="save-case"]');
    await click(b, '[data-testid="part-people"]');
    await click(b, '[data-testid="add-child"]');
    await fill(b, 'full_name', 'Wil Llŷr');
    await fill(b, 'date_of_birth', '14/02/2018');
    await click(b, '[data-testid="save-child"]');
    await see(b, 'h3=Wil Llŷr');
    await click(b, '[data-testid="add-adult"]');
    await fill(b, 'full_name', 'Dafydd Llŷr');
    await choose(b, 'role', 'father');
    await choose(b, 'party', 'visiting');
    await click(b, '[data-testid="save-adult"]');
    await see(b, 'h3=Dafydd Llŷr');
  });

  it('adds a supervised contact referral and sends it', async () => {
    const b = app.browser;
    await click(b, '[data-testid="part-referrals"]');
    await click(b, '[data-testid="add-referral"]');
    await see(b, 'h1=Add a referral');
    await choose(b, 'service', 'supervised_contact');
    await fill(b, 'provider_name', 'Canolfan Gyswllt Abertawe');
    await fill(b, 'risk_assessment', 'No current safeguarding issues. Past allegation of verbal abuse, not proven.');
    await fill(b, 'risk_assessed_on', '10/11/2026');
    await fill(b, 'risk_assessed_by', 'Ffion Hughes, FCA');
    await fill(b, 'planned_sessions', '3');
    await fill(b, 'session_plan', 'Three sessions of 2 hours, then a review.');
    for (const box of await b.$$('#field-permitted, [id^="field-permitted-"]')) await box.click();
    await screenshot(b, 'referral-form.png');
    await click(b, '[data-testid="save-referral"]');
    await see(b, 'h1*=Supervised contact');
    await click(b, '[data-testid="mark-sent"]');
    await see(b, '.govuk-notification-banner');
    // The command runs off the window's thread: the heading follows when it has finished.
    await b.waitUntil(async () => /Sent/.test(await (await b.$('h1')).getText()), { timeout: 5000 });
    assert.match(await (await b.$('h1')).getText(), /Sent/);
  });

  it('plans three 2-hour sessions and refuses a seventh hour', async () => {
    const b = app.browser;
    for (const date of ['01/12/2026', '08/12/2026', '15/12/2026']) {
      await click(b, '[data-testid="add-session"]');
      await fill(b, 'date', date);
      await fill(b, 'start_time', '10:00');
      await fill(b, 'duration_minutes', '120');
      await fill(b, 'venue', 'Canolfan Gyswllt Abertawe');
      await click(b, '[data-testid="save-session"]');
      await see(b, '.govuk-notification-banner');
    }
    assert.equal((await b.$$('[data-testid="sessions"] tbody tr')).length, 3);

    await click(b, '[data-testid="add-session"]');
    await fill(b, 'date', '22/12/2026');
    await fill(b, 'start_time', '10:00');
    await fill(b, 'duration_minutes', '60');
    await click(b, '[data-testid="save-session"]');
    const summary = await see(b, '.govuk-error-summary');
    const text = await summary.getText();
    assert.match(text, /7 h/);
    assert.match(text, /6 h/);
    await screenshot(b, 'session-seventh-hour.png');
    await click(b, 'a=Cancel');
    await see(b, '[data-testid="sessions"]');
    assert.equal((await b.$$('[data-testid="sessions"] tbody tr')).length, 3, 'nothing saved');
    await screenshot(b, 'referral-page.png');
    assert.deepEqual(await accessibilityProblems(b), []);
  });

  it('records attendance at the first session', async () => {
    const b = app.browser;
    await click(b, 'a*=Record attendance');
    await see(b, 'h1=Attendance at session 1');
    await fill(b, 'arrived', '09:55');
    await fill(b, 'departed', '12:00');
    await fill(b, 'brought_by', 'Foster carer');
    await click(b, '[data-testid="save-attendance"]');
    const list = await see(b, '[data-testid="attendance-list"]');
    assert.match(await list.getText(), /Wil Llŷr/);
  });

  it('records an incident and shows its one-working-day deadline on the dashboard', async () => {
    const b = app.browser;
    await click(b, 'a*=Back');
    await see(b, '[data-testid="sessions"]');
    await click(b, 'a=Re: W (a child)');
    await click(b, '[data-testid="part-incidents"]');
    await click(b, '[data-testid="add-incident"]');
    await see(b, 'h1=Record an incident or concern');
    await choose(b, 'kind', 'threatening');
    await fill(b, 'by_whom', 'Dafydd Llŷr');
    await fill(b, 'what_happened', 'Raised his voice at the supervisor at handover and would not leave.');
    await fill(b, 'action_taken', 'Ended the session and asked him to leave the building.');
    await click(b, '[data-testid="save-incident"]');
    await see(b, '[data-testid="incidents"]');

    await click(b, '[data-testid="nav-due"]');
    await see(b, 'h1=What’s due');
    await see(b, '[data-testid="deadlines"]');
    const text = await (await b.$('main')).getText();
    assert.match(text, /incident/i);
    assert.match(text, /SA25P00042/);
    await screenshot(b, 'dashboard.png');
    assert.deepEqual(await accessibilityProblems(b), []);
  });

  // Linked to its referral only: its sessions are all still to come, and an incident linked to a
  // session must be dated on that session's day (the core's rule, tested there).
  it('changes the incident once it is reported, linking it to its referral', async () => {
    const b = app.browser;
    await click(b, '[data-testid="nav-cases"]');
    await click(b, 'a=SA25P00042');
    await click(b, '[data-testid="part-incidents"]');
    await see(b, '[data-testid="incidents"]');
    assert.match(await (await b.$('[data-testid="incidents"]')).getText(), /Not yet reported to the referrer/);
    await click(b, '[data-testid="change-incident"]');
    await see(b, 'h1=Change an incident or concern');
    assert.equal(await (await b.$('#field-by-whom')).getValue(), 'Dafydd Llŷr');
    await choose(b, 'referral_id', '1');
    await fill(b, 'reported_to_referrer_on', '31/02/2026');
    await click(b, '[data-testid="save-incident"]');
    await see(b, '.govuk-error-summary');
    await fill(b, 'reported_to_referrer_on', new Date().toLocaleDateString('en-GB'));
    await screenshot(b, 'incident-edit.png');
    assert.deepEqual(await accessibilityProblems(b), []);
    await click(b, '[data-testid="save-incident"]');
    await see(b, 'p*=Incident updated');
    assert.match(await (await b.$('[data-testid="incidents"]')).getText(), /Written follow-up not yet sent/);
  });

  it('adds an office closure day in settings and refuses an impossible date', async () => {
    const b = app.browser;
    await click(b, '[data-testid="nav-settings"]');
    await see(b, 'h1=Settings');
    await fill(b, 'date', '30/02/2027');
    await click(b, '[data-testid="add-closure"]');
    await see(b, '.govuk-error-summary');
    await fill(b, 'date', '24/12/2027');
    await fill(b, 'reason', 'Office closed for Christmas Eve');
    await click(b, '[data-testid="add-closure"]');
    const table = await see(b, '[data-testid="closure-days"]');
    assert.match(await table.getText(), /24\/12\/2027/);
    await choose(b, 'calendar', 'jersey');
    await click(b, 'button=Save bank holidays');
    await see(b, 'p*=Bank holidays saved');
    await screenshot(b, 'settings.png');
    assert.deepEqual(await accessibilityProblems(b), []);
  });
});
