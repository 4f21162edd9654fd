// Going ahead without the review: four sessions held on a supervised referral, the fifth refused
// for want of a review, then saved once the adviser writes a reason, which the referral page shows.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityProblems, choose, click, fill, screenshot, see, startApp, tempDb, ukDay } from './app.mjs';

describe('going ahead without the review, with a reason', () => {
  let app;

  before(async () => {
    app = await startApp(tempDb());
  });
  after(async () => {
    await app?.quit();
  });

  it('sends and accepts a supervised referral for a child and his father', async () => {
    const b = app.browser;
    await click(b, '[data-testid="create-case"]');
    await fill(b, 'court_case_number', 'SA25P00077');
    await fill(b, 'case_name', 'Re: G (a child)');
    await fill(b, 'court', 'Family Court at Swansea');
    await click(b, '[data-testid="save-case"]');
    await click(b, '[data-testid="part-people"]');
    await click(b, '[data-testid="add-child"]');
    await fill(b, 'full_name', 'Gruffudd Ŵyn');
    await fill(b, 'date_of_birth', '14/02/2018');
    await click(b, '[data-testid="save-child"]');
    await see(b, 'h3=Gruffudd Ŵyn');
    await click(b, '[data-testid="add-adult"]');
    await fill(b, 'full_name', 'Emyr Ŵyn');
    await choose(b, 'role', 'father');
    await choose(b, 'party', 'visiting');
    await click(b, '[data-testid="save-adult"]');
    await see(b, 'h3=Emyr Ŵyn');

    await click(b, '[data-testid="part-referrals"]');
    await click(b, '[data-testid="add-referral"]');
    await see(b, 'h1=Add a referral');
    await choose(b, 'service', 'supervised_contact');
    await fill(b, 'provider_name', 'Canolfan Gyswllt Abertawe');
    await fill(b, 'risk_assessment', 'No current safeguarding issues.');
    await fill(b, 'risk_assessed_on', ukDay(-60));
    await fill(b, 'risk_assessed_by', 'Ffion Hughes, FCA');
    await fill(b, 'planned_sessions', '4');
    await fill(b, 'session_plan', 'Four sessions of 1 hour, then a review.');
    for (const box of await b.$$('#field-permitted, [id^="field-permitted-"]')) await box.click();
    await click(b, '[data-testid="save-referral"]');
    await see(b, 'h1*=Supervised contact');
    await fill(b, 'sent_on', ukDay(-50));
    await click(b, '[data-testid="mark-sent"]');
    await b.waitUntil(async () => /Sent/.test(await (await b.$('h1')).getText()), { timeout: 5000 });
    await fill(b, 'received_on', ukDay(-49));
    await fill(b, 'accepted_on', ukDay(-48));
    await click(b, '[data-testid="dates-form"] button[type="submit"]');
    await b.waitUntil(async () => /Accepted/.test(await (await b.$('h1')).getText()), { timeout: 5000 });
  });

  it('holds four sessions, then refuses the fifth for want of the review', async () => {
    const b = app.browser;
    for (const days of [-35, -28, -21, -14, -7]) {
      await click(b, '[data-testid="add-session"]');
      await fill(b, 'date', ukDay(days));
      await fill(b, 'start_time', '10:00');
      await fill(b, 'duration_minutes', '60');
      await fill(b, 'venue', 'Canolfan Gyswllt Abertawe');
      await choose(b, 'status', 'took_place');
      await click(b, '[data-testid="save-session"]');
      if (days === -7) break;
      await see(b, '.govuk-notification-banner');
    }
    const summary = await see(b, '.govuk-error-summary');
    assert.match(await summary.getText(), /Session 5 on .* comes after the first 4 sessions/);
    const prompt = await see(b, '[data-testid="review-override"]');
    assert.match(await prompt.getText(), /Go ahead without the review\?/);
    await screenshot(b, 'review-override-prompt.png');
    assert.deepEqual(await accessibilityProblems(b), []);

    // No reason, no going ahead.
    await click(b, '[data-testid="override-save"]');
    await see(b, '#field-reason-error');
    assert.match(await (await b.$('#field-reason-error')).getText(), /Write why the sessions go ahead without the review/);
  });

  it('records the reason, saves the fifth session and shows the reason on the referral', async () => {
    const b = app.browser;
    await fill(b, 'reason', 'The review meeting is booked for next week; Gruffudd asked to keep seeing his father until then.');
    await click(b, '[data-testid="override-save"]');
    await see(b, 'p*=Reason recorded and session saved');
    assert.equal((await b.$$('[data-testid="sessions"] tbody tr')).length, 5);
    const shown = await see(b, '[data-testid="review-overrides"]');
    const text = await shown.getText();
    assert.match(text, /Sessions held without the review/);
    assert.match(text, /Gruffudd asked to keep seeing his father/);
    assert.match(text, new RegExp(`${ukDay(0).replace(/\//g, '\\/')}, recorded by `));
    await shown.scrollIntoView({ block: 'center' });
    await screenshot(b, 'review-override-referral.png');
    assert.deepEqual(await accessibilityProblems(b), []);
  });

  it('warns on the session form as the next session approaches, then passes, the 6 hours', async () => {
    const b = app.browser;
    await click(b, '[data-testid="add-session"]');
    // 5 of 6 hours counted: the form's first 60 minutes would leave none.
    const near = await see(b, '[data-testid="session-hours-warning"]');
    assert.match(await near.getText(), /6 h this referral allows will be used or planned, leaving 0 min/);
    // The written reason answers the review's warning, here as on the referral page.
    for (const w of await b.$$('[data-testid="session-warning"]')) {
      assert.doesNotMatch(await w.getText(), /no review recorded/);
    }
    await fill(b, 'duration_minutes', '90');
    await b.waitUntil(async () => /will be refused/.test(await (await b.$('[data-testid="session-hours-warning"]')).getText()), { timeout: 5000 });
    await screenshot(b, 'session-form-warnings.png');
    assert.deepEqual(await accessibilityProblems(b), []);
    await click(b, 'a=Cancel');
    await see(b, '[data-testid="sessions"]');
  });

  // The referral was ordered at the FHDRA (the form's first basis): with no consultation of the
  // duty FCA/FCSW recorded, it is flagged for the Practice Manager until one is.
  it('flags the court-ordered referral for the Practice Manager until the duty consultation is recorded', async () => {
    const b = app.browser;
    const flag = await see(b, '[data-testid="practice-manager-flag"]');
    assert.match(await flag.getText(), /area Practice Manager on duty/);
    await flag.scrollIntoView({ block: 'center' });
    await screenshot(b, 'duty-consultation-flag.png');
    await fill(b, 'consulted_on', ukDay(-50));
    await click(b, '[data-testid="save-duty-consultation"]');
    await see(b, '#field-duty-officer-error');
    await fill(b, 'duty_officer', 'Rhian Evans, duty FCA');
    await click(b, '[data-testid="save-duty-consultation"]');
    await see(b, 'p*=Consultation recorded');
    const section = await see(b, '[data-testid="duty-consultation"]');
    assert.match(await section.getText(), /Rhian Evans, duty FCA was consulted on/);
    assert.equal((await b.$$('[data-testid="practice-manager-flag"]')).length, 0);
    assert.deepEqual(await accessibilityProblems(b), []);
  });
});
