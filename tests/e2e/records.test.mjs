// The observation record: write up a session, lose the app mid-sentence and find every word
// again, finalise it (refused until complete), add an addendum, see the history, export the PDF.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accessibilityProblems, click, fill, screenshot, see, startApp, tempDb, ukDay } from './app.mjs';
import { newAcceptedReferral, newCaseWithFamily, newSessionAttended } from './walk.mjs';

describe('recording a supervised session', () => {
  const db = tempDb();
  const exports = mkdtempSync(join(tmpdir(), 'cr-exports-'));
  const env = { CONTACT_RECORDS_EXPORT_DIR: exports };
  let app;

  before(async () => {
    app = await startApp(db, env);
  });
  after(async () => {
    await app?.quit();
  });

  it('sets up a case, a supervised referral and a session that took place', async () => {
    const b = app.browser;
    await newCaseWithFamily(b, { number: 'CF26P00777', name: 'Re: Ŵ and Ŷ (children)', child: 'Siân Llŷr' });
    await newAcceptedReferral(b, { service: 'supervised_contact', plan: 'Three sessions of 2 hours, then a review.' });
    await newSessionAttended(b, { date: ukDay(-7), minutes: 120, departed: '12:00' });
  });

  it('keeps every word typed before the app was killed', async () => {
    let b = app.browser;
    await click(b, 'a*=Back');
    await see(b, '[data-testid="sessions"]');
    await screenshot(b, 'referral-with-record-link.png');
    await click(b, '[data-testid="open-record"]');
    await see(b, 'h1*=Record of Observed Contact');
    await fill(b, 'aim_and_requirements', 'To observe the quality of the relationship, as the FCA asked.');
    await fill(b, 'summary', 'Siân was pleased to see her mother and played throughout. Ŵ ŷ.');
    // The autosave is at most about a second behind the typing. Typing no longer waits for a
    // write, so an earlier "Saved at" can be on screen while the last words are still unsaved.
    await b.pause(1500);
    await b.waitUntil(async () => /Saved at/.test(await (await b.$('[data-testid="save-status"]')).getText()), {
      timeout: 3000,
    });
    await app.kill();

    app = await startApp(db, env);
    b = app.browser;
    await click(b, 'a=CF26P00777');
    await click(b, '[data-testid="part-referrals"]');
    await click(b, 'a*=Supervised contact');
    await click(b, '[data-testid="open-record"]');
    await see(b, '[data-testid="record-status"]=Draft');
    assert.equal(
      await (await b.$('#field-summary')).getValue(),
      'Siân was pleased to see her mother and played throughout. Ŵ ŷ.',
    );
    assert.equal(
      await (await b.$('#field-aim-and-requirements')).getValue(),
      'To observe the quality of the relationship, as the FCA asked.',
    );
  });

  it('refuses to finalise an incomplete record and lists what is missing', async () => {
    const b = app.browser;
    await fill(b, 'signer_role', 'Contact supervisor');
    await click(b, '[data-testid="finalise"]');
    const summary = await see(b, '.govuk-error-summary');
    const text = await summary.getText();
    assert.match(text, /arrival and greeting/i);
    assert.match(text, /actually started/i);
    await see(b, '[data-testid="record-status"]=Draft');
  });

  it('finalises the completed record, then takes an addendum and shows the history', async () => {
    const b = app.browser;
    await fill(b, 'actual_start', '10:00');
    await fill(b, 'actual_end', '12:00');
    await fill(b, 'arrival_and_greeting', 'Siân ran to her mother, who knelt and hugged her.');
    await fill(b, 'adult_engagement', 'Warm and playful; followed Siân’s lead with the dolls’ house.');
    await fill(b, 'children-0-observations', 'Relaxed throughout; sought her mother out to show her drawings.');
    await click(b, '[data-testid="add-quote"]');
    await fill(b, 'children-0-quotes-0', 'Can we do this again next week?');
    await fill(b, 'ending_and_handover', 'Ended on time; Siân waved goodbye and left with the foster carer.');
    await screenshot(b, 'record-form.png');
    assert.deepEqual(await accessibilityProblems(b), []);
    await click(b, '[data-testid="finalise"]');
    await see(b, '[data-testid="record-status"]=Finalised');
    const fingerprint = await (await see(b, '[data-testid="fingerprint"]')).getText();
    assert.match(fingerprint, /^[0-9a-f]{64}$/);
    // Signed with this data file's own key, shown as 4 groups of 4 hex digits.
    const key = await (await see(b, '[data-testid="signing-key"]')).getText();
    assert.match(key, /^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    await screenshot(b, 'record-final.png');

    await click(b, '[data-testid="add-addendum"]');
    await fill(b, 'reason', 'Wrong room recorded');
    await fill(b, 'text', 'The session was held in room 3, not room 2.');
    await click(b, '[data-testid="save-addendum"]');
    const addenda = await see(b, '[data-testid="addenda"]');
    assert.match(await addenda.getText(), /room 3/);

    await click(b, 'summary*=History of this record');
    const history = await see(b, '[data-testid="history"]');
    const lines = await history.getText();
    assert.match(lines, /Draft started/);
    assert.match(lines, /Finalised and signed/);
    assert.match(lines, /Addendum added/);
    assert.deepEqual(await accessibilityProblems(b), []);
  });

  it('exports the finalised record as a PDF the court can read', async () => {
    const b = app.browser;
    await click(b, '[data-testid="export-pdf"]');
    const done = await see(b, '[data-testid="export-done"]', 20000);
    // Named in the language chosen in the dialog (bilingual ones in Welsh).
    assert.match(await done.getText(), /(Record-of-Observed-Contact|Cofnod-o-Gyswllt-a-Arsylwyd)_CF26P00777_/);
    const [file] = readdirSync(exports);
    assert.ok(file?.endsWith('.pdf'), `a PDF in ${exports}`);
    const text = execFileSync('pdftotext', ['-layout', join(exports, file), '-'], { encoding: 'utf8' });
    assert.match(text, /Siân Llŷr/);
    assert.match(text, /Gwenllïan ap Dafydd/);
    assert.match(text, /Can we do this again next week\?/);
    assert.match(text, /room 3, not room 2/);
    assert.doesNotMatch(text, /DRAFT/);
    // The PDF checks itself, with no data file: its embedded signed record verifies.
    const cli = process.env.CR_CLI ?? fileURLToPath(new URL('../../target/debug/contact-records', import.meta.url));
    const report = execFileSync(cli, ['verify-pdf', join(exports, file)], { encoding: 'utf8' });
    assert.match(report, /Verified: record-CF26P00777-session-1\.json \(case CF26P00777, session 1\), signed by/);
    assert.doesNotMatch(report, /FAILED/);
  });
});
