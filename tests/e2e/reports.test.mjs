// The report to court: from a Child Contact Intervention's page, write the CCI report beside the
// session records, cite a session and a child's words in one step, lose the app mid-report and
// find it again, finalise it, export it in English and in Welsh and read the PDFs back; then the
// sample case's signed CCI report, opened from its referral.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessibilityProblems, artifacts, click, fill, screenshot, see, startApp, tempDb, ukDay } from './app.mjs';
import { newAcceptedReferral, newCaseWithFamily, newSessionAttended } from './walk.mjs';

const pdfText = (dir) => {
  const file = readdirSync(dir).find((f) => f.endsWith('.pdf'));
  assert.ok(file, `a PDF in ${dir}: ${readdirSync(dir)}`);
  const path = join(dir, file);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { file, path, text };
};

/** Ticks a GOV.UK checkbox (the input itself is drawn by its label, so never "displayed"). */
async function tick(b, selector) {
  const box = await b.$(selector);
  await box.waitForExist({ timeout: 10000 });
  await box.click();
}

/** Exports in `language` into an empty folder; the PDF's name and text. */
async function exportIn(b, dir, language) {
  for (const f of readdirSync(dir)) rmSync(join(dir, f));
  const select = await see(b, '[data-testid="export-language"]');
  await select.selectByAttribute('value', language);
  await click(b, '[data-testid="export-pdf"]');
  await see(b, '[data-testid="export-done"]', 30000);
  return pdfText(dir);
}

describe('writing the report to court', () => {
  const db = tempDb();
  const exports = mkdtempSync(join(tmpdir(), 'cr-report-exports-'));
  const env = { CONTACT_RECORDS_EXPORT_DIR: exports };
  const held = ukDay(-7);
  let app;

  before(async () => {
    app = await startApp(db, env);
  });
  after(async () => {
    await app?.quit();
  });

  it('sets up a Child Contact Intervention with one session recorded and signed', async () => {
    const b = app.browser;
    await newCaseWithFamily(b, { number: 'CF26P00888', name: 'Re: E (a child)', child: 'Elis Pŵel' });
    await newAcceptedReferral(b, {
      service: 'child_contact_intervention',
      plan: 'Three observed sessions, then a report to court.',
      more: () => tick(b, '#field-cci-kinds-observe_contact'),
    });
    await newSessionAttended(b, { date: held, minutes: 60, departed: '11:00' });

    await click(b, 'a*=Back');
    await click(b, '[data-testid="open-record"]');
    await see(b, 'h1*=Record of Observed Contact');
    await fill(b, 'actual_start', '10:00');
    await fill(b, 'actual_end', '11:00');
    await fill(b, 'aim_and_requirements', 'To observe contact, as the FCA asked.');
    await fill(b, 'arrival_and_greeting', 'Elis ran to his mother, who knelt and hugged him.');
    await fill(b, 'adult_engagement', 'Warm and playful throughout.');
    await fill(b, 'children-0-observations', 'Elis was relaxed and showed his mother his drawings.');
    await click(b, '[data-testid="add-quote"]');
    await fill(b, 'children-0-quotes-0', 'Can Mam come to my birthday?');
    await fill(b, 'ending_and_handover', 'Ended on time; Elis waved goodbye.');
    await fill(b, 'summary', 'A warm session; Elis settled at once.');
    await fill(b, 'signer_role', 'Contact supervisor');
    await click(b, '[data-testid="finalise"]');
    await see(b, '[data-testid="record-status"]=Finalised');
  });

  it('writes the report beside the records, citing a session and a child’s words in one step', async () => {
    let b = app.browser;
    await click(b, 'a*=Back');
    const link = await see(b, '[data-testid="open-report"]');
    assert.equal(await link.getText(), 'Write the report to court');
    await link.click();
    await see(b, 'h1*=Report to the court: Child Contact Intervention');
    await see(b, '[data-testid="report-status"]=Not started');
    await screenshot(b, 'report-writing-top.png');
    // The sections as the court reads them, one child's views here.
    const index = await (await see(b, '[data-testid="report-sections"]')).getText();
    for (const heading of ['Work done', 'How contact went', 'The child’s views', 'The parents', 'Recommendations']) assert.match(index, new RegExp(heading));
    // What is still missing is said in plain words before anything is signed.
    const missing = await (await see(b, '[data-testid="report-missing"]')).getText();
    assert.match(missing, /Choose the kinds of work done/);
    assert.match(missing, /Choose at least one recommendation/);

    await tick(b, '#field-work-done-observe_contact');
    await click(b, '[data-code="how_contact_went"] [data-testid="add-passage"]');
    const passage = await see(b, '#field-sections-1-entries-0');
    await passage.setValue('Elis was at ease with his mother from the start');
    await click(b, '[data-testid="cite-session"]');
    const citation = await see(b, '[data-code="how_contact_went"] [data-testid="citation"]');
    assert.match(await citation.getText(), /^\(Session 1, \d{1,2} \w+ \d{4}\)$/);
    // The citation links to the record it cites.
    assert.match(await (await citation.$('a')).getAttribute('href'), /#\/sessions\/\d+\/record$/);

    await click(b, '[data-code="child_views"] [data-testid="add-passage"]');
    await (await see(b, '#field-sections-2-entries-0')).setValue('Elis wants to keep seeing his mother.');
    await click(b, '[data-testid="cite-quote"]');
    assert.equal(await (await see(b, '#field-sections-2-entries-1')).getValue(), 'Can Mam come to my birthday?');
    assert.equal(await (await see(b, '#field-sections-2-entries-1-speaker')).getValue(), 'Elis, 7');
    await tick(b, '#field-recommendations-direct_contact');
    await b.pause(1500);
    await b.waitUntil(async () => /Saved at/.test(await (await b.$('[data-testid="save-status"]')).getText()), { timeout: 5000 });
    await screenshot(b, 'report-writing.png');
    assert.deepEqual(await accessibilityProblems(b), []);

    // Killed mid-report: every word and citation is there when it opens again.
    await app.kill();
    app = await startApp(db, env);
    b = app.browser;
    await click(b, 'a=CF26P00888');
    await click(b, '[data-testid="part-referrals"]');
    await click(b, 'a*=Child Contact Intervention');
    await click(b, '[data-testid="open-report"]');
    await see(b, '[data-testid="report-status"]=Draft');
    assert.equal(await (await see(b, '#field-sections-1-entries-0')).getValue(), 'Elis was at ease with his mother from the start');
    assert.equal(await (await see(b, '#field-sections-2-entries-1')).getValue(), 'Can Mam come to my birthday?');
    assert.match(await (await see(b, '[data-code="how_contact_went"] [data-testid="citation"]')).getText(), /Session 1/);
    assert.match(await (await see(b, '[data-testid="report-missing"]')).getText(), /Nothing is missing/);
  });

  it('finalises the report and exports it in English and in Welsh', async () => {
    const b = app.browser;
    await fill(b, 'role', 'Family Court Adviser');
    await click(b, '[data-testid="finalise-report"]');
    await see(b, '[data-testid="report-status"]=Finalised');
    await see(b, '[data-testid="final-report"]');
    await screenshot(b, 'report-final.png');
    assert.deepEqual(await accessibilityProblems(b), []);

    const en = await exportIn(b, exports, 'english');
    assert.match(en.file, /^CCI-Report_CF26P00888_/);
    for (const heading of ['Work done', 'Sessions', 'How contact went', 'The child’s views', 'The parents', 'Recommendations']) {
      assert.ok(en.text.includes(heading), `the English PDF has the heading ${heading}`);
    }
    const [d, m, y] = held.split('/');
    assert.ok(en.text.includes(`Session 1, ${d}/${m}/${y}`), `the PDF cites session 1 of ${held}`);
    assert.match(en.text, /Elis was at ease with his mother from the start/);
    assert.match(en.text, /Can Mam come to my birthday\?/);
    assert.match(en.text, /Direct contact/);
    assert.doesNotMatch(en.text, /DRAFT/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', en.path, join(artifacts, 'report-cci-en')]);

    const cy = await exportIn(b, exports, 'welsh');
    for (const heading of ['Y gwaith a wnaed', 'Sesiynau', 'Sut aeth y cyswllt', 'Barn y plentyn', 'Y rhieni', 'Argymhellion']) {
      assert.ok(cy.text.includes(heading), `the Welsh PDF has the heading ${heading}`);
    }
    assert.ok(cy.text.includes(`Sesiwn 1, ${d}/${m}/${y}`));
    assert.match(cy.text, /Elis Pŵel/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', cy.path, join(artifacts, 'report-cci-cy')]);
  });
  it('keeps a Level 1 indirect contact log and exports it as the contact log', async () => {
    const b = app.browser;
    await click(b, '[data-testid="nav-cases"]');
    await click(b, 'a=CF26P00888');
    await newAcceptedReferral(b, {
      service: 'level1_indirect_contact_support',
      plan: 'Letters and cards passed on through the centre.',
      planned: null,
    });
    // A session whose record notes a card passed on: the log takes it in with one button.
    await newSessionAttended(b, { date: ukDay(-2), minutes: 60, departed: '11:00' });
    await click(b, 'a*=Back');
    await click(b, '[data-testid="open-record"]');
    await click(b, 'button=Add an entry');
    await fill(b, 'communications-0-date', ukDay(-2));
    await fill(b, 'communications-0-what', 'Birthday card from Ms ap Dafydd to Elis');
    await fill(b, 'communications-0-child_response', 'Elis put it on his shelf.');
    await fill(b, 'signer_role', 'Contact worker');
    await click(b, '[data-testid="finalise"]');
    await see(b, '[data-testid="record-status"]=Finalised');
    await click(b, 'a*=Back');
    const link = await see(b, '[data-testid="open-report"]');
    assert.equal(await link.getText(), 'Keep the contact log');
    await link.click();
    await see(b, 'h1*=Level 1 contact log');
    await click(b, '[data-code="summary"] [data-testid="add-passage"]');
    await (await see(b, '#field-sections-0-entries-0')).setValue('One letter came from Ms ap Dafydd and was withheld.');
    await click(b, '[data-testid="log-from-records"]');
    await see(b, 'p=1 communication added from the records');
    assert.equal(await (await b.$('#field-log-0-what')).getValue(), 'Birthday card from Ms ap Dafydd to Elis');
    await click(b, '[data-testid="log-from-records"]');
    await see(b, 'p=Every communication in the records is already in the log.');
    await fill(b, 'log-0-checked_on', ukDay(-2));
    await fill(b, 'log-0-delivered_on', ukDay(-2));
    await click(b, '[data-testid="add-log-entry"]');
    await fill(b, 'log-1-what', 'Letter from Ms ap Dafydd to Elis');
    await fill(b, 'log-1-checked_on', ukDay(0));
    await fill(b, 'log-1-withheld_on', ukDay(0));
    await fill(b, 'log-1-withheld_reason', 'It spoke of the court case; returned with an explanation.');
    await fill(b, 'log-1-parents_response', 'Ms ap Dafydd accepted the reason.');
    await b.pause(1500);
    await b.waitUntil(async () => /Saved at/.test(await (await b.$('[data-testid="save-status"]')).getText()), { timeout: 5000 });
    await screenshot(b, 'report-log-writing.png');
    assert.deepEqual(await accessibilityProblems(b), []);
    assert.match(await (await see(b, '[data-testid="report-missing"]')).getText(), /Nothing is missing/);
    await fill(b, 'role', 'Family Court Adviser');
    await click(b, '[data-testid="finalise-report"]');
    await see(b, '[data-testid="report-status"]=Finalised');
    const en = await exportIn(b, exports, 'english');
    assert.match(en.file, /^Level-1-Contact-Log_CF26P00888_/);
    assert.match(en.text, /Letter from Ms ap Dafydd to Elis/);
    assert.match(en.text, /Withheld/);
    assert.match(en.text, /It spoke of the court case/);
    assert.match(en.text, /Birthday card from Ms ap Dafydd to Elis/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', en.path, join(artifacts, 'report-log-new')]);
  });
});

describe('the sample case’s reports', () => {
  const exports = mkdtempSync(join(tmpdir(), 'cr-sample-report-exports-'));
  let app;

  before(async () => {
    app = await startApp(tempDb(), { CONTACT_RECORDS_EXPORT_DIR: exports });
  });
  after(async () => {
    await app?.quit();
  });

  it('opens the sample case’s signed welfare-checklist report from its referral', async () => {
    const b = app.browser;
    await click(b, '[data-testid="load-sample"]');
    await see(b, 'p*=Sample case loaded');
    await click(b, '[data-testid="part-referrals"]');
    await click(b, 'a*=Level 3');
    const link = await see(b, '[data-testid="open-report"]');
    assert.equal(await link.getText(), 'Read the signed report');
    await link.click();
    await see(b, '[data-testid="report-status"]=Finalised');
    const text = await (await see(b, '[data-testid="final-report"]')).getText();
    assert.match(text, /\(a\) The ascertainable wishes and feelings of the child concerned/);
    assert.match(text, /\(g\) The range of powers available to the court/);
    const cy = await exportIn(b, exports, 'welsh');
    assert.match(cy.text, /dymuniadau a theimladau/i);
    assert.match(cy.text, /Hyfywedd y cynigion/);
  });

  it('exports the sample’s signed Level 1 contact log, each letter with its life', async () => {
    const b = app.browser;
    await click(b, '[data-testid="nav-cases"]');
    await click(b, 'a=SA26P00417');
    await click(b, '[data-testid="part-referrals"]');
    await click(b, 'a*=Level 1');
    const link = await see(b, '[data-testid="open-report"]');
    assert.equal(await link.getText(), 'Read the signed contact log');
    await link.click();
    await see(b, 'h1*=Level 1 contact log');
    await screenshot(b, 'report-log-final.png');
    const en = await exportIn(b, exports, 'english');
    assert.match(en.file, /^Level-1-Contact-Log_SA26P00417_/);
    assert.match(en.text, /Level 1 contact log/);
    assert.match(en.text, /Withheld/);
    assert.match(en.text, /It discussed the court proceedings/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', en.path, join(artifacts, 'report-log-en')]);
  });
});
