// The first-run sample: one click loads an invented family with records written, and from it the
// final Record of Observed Contact, the Record of Supported Contact and a case bundle export.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessibilityProblems, click, screenshot, see, startApp, tempDb } from './app.mjs';

describe('the sample case', () => {
  const exports = mkdtempSync(join(tmpdir(), 'cr-sample-exports-'));
  let app;

  before(async () => {
    app = await startApp(tempDb(), { CONTACT_RECORDS_EXPORT_DIR: exports });
  });
  after(async () => {
    await app?.quit();
  });

  const pdfText = (prefix) => {
    const file = readdirSync(exports).find((f) => f.startsWith(prefix));
    assert.ok(file, `a ${prefix} file in ${exports}: ${readdirSync(exports)}`);
    return execFileSync('pdftotext', ['-layout', join(exports, file), '-'], { encoding: 'utf8' });
  };

  it('loads from the empty first screen in one click', async () => {
    const b = app.browser;
    await click(b, '[data-testid="load-sample"]');
    await see(b, 'p*=Sample case loaded');
    await see(b, '[data-testid="identity-bar"]');
    await screenshot(b, 'sample-case-overview.png');
    assert.deepEqual(await accessibilityProblems(b), []);
    await click(b, '[data-testid="part-referrals"]');
    await see(b, '[data-testid="referrals"]');
    await click(b, '[data-testid="part-records"]');
    // The case page lists every record with its state, and each record's history.
    const records = await see(b, '[data-testid="case-records"]');
    assert.match(await records.getText(), /Finalised/);
    await click(b, '[data-testid="case-records"] summary');
    const history = await see(b, '[data-testid="case-records"] [data-testid="history"]');
    assert.match(await history.getText(), /Draft started|Draft saved|Finalised and signed/);
    await screenshot(b, 'sample-case.png');
    assert.deepEqual(await accessibilityProblems(b), []);
  });

  it('shows each session’s record state and exports the final Record of Observed Contact', async () => {
    const b = app.browser;
    await click(b, '[data-testid="part-referrals"]');
    // Referrals are listed newest first: the first block of supervised contact is the last link.
    const links = await b.$$('a*=Supervised contact');
    await links[links.length - 1].click();
    const table = await see(b, '[data-testid="sessions"]');
    const text = await table.getText();
    assert.match(text, /Finalised/);
    assert.match(text, /Draft/);
    await screenshot(b, 'sample-referral.png');
    await click(b, 'button*=Export the final record');
    await see(b, '[data-testid="export-done"]', 30000);
    // Siân and Dylan asked for Welsh: the case's documents are bilingual by default, Welsh first,
    // and named in Welsh.
    const pdf = pdfText('Cofnod-o-Gyswllt-a-Arsylwyd-Terfynol');
    assert.ok(/Tudalen 1 o \d+/.test(pdf) && pdf.indexOf('Tudalen 1 o') < pdf.indexOf('Page 1 of'));
    // The last session's record is still a draft, so the final record says so.
    assert.match(pdf, /DRAFFT \/ DRAFT/);
  });

  it('opens a finalised session record read-only with its addendum', async () => {
    const b = app.browser;
    await click(b, '[data-testid="open-record"]');
    await see(b, '[data-testid="record-status"]=Finalised');
    await see(b, '[data-testid="addenda"]');
    assert.equal((await b.$$('textarea')).length, 0, 'a finalised record offers nothing to edit');
  });

  it('shows the Record of Supported Contact with attendance only, and exports it', async () => {
    const b = app.browser;
    await click(b, 'a*=Back');
    await click(b, 'a*=Re: ');
    await click(b, 'a*=Supported contact');
    await click(b, '[data-testid="open-supported-record"]');
    await see(b, '[data-testid="supported-sessions"]');
    assert.equal((await b.$$('textarea')).length, 0, 'no observations are offered on a supported record');
    assert.match(await (await b.$('[data-testid="supported-totals"]')).getText(), /offered 3/);
    await screenshot(b, 'sample-supported.png');
    assert.deepEqual(await accessibilityProblems(b), []);
    await click(b, '[data-testid="export-pdf"]');
    await see(b, '[data-testid="export-done"]', 30000);
    const supported = pdfText('Cofnod-o-Gyswllt-â-Chymorth');
    assert.ok(supported.indexOf('Cofnod o Gyswllt â Chymorth') < supported.indexOf('Record of Supported Contact'));
    assert.ok(supported.includes('Cofnod o Gyswllt â Chymorth'));
  });

  it('exports the whole case as a bundle', async () => {
    const b = app.browser;
    await click(b, 'a*=Back');
    await click(b, 'a*=Re: ');
    await click(b, '[data-testid="part-overview"]');
    await click(b, 'button=Export case bundle');
    await see(b, '[data-testid="export-done"]', 30000);
    const file = readdirSync(exports).find((f) => f.startsWith('Case-bundle_'));
    const bundle = JSON.parse(readFileSync(join(exports, file), 'utf8'));
    assert.equal(bundle.format, 'contact-records/case-bundle');
    assert.equal(bundle.cases.length, 1);
  });
});
