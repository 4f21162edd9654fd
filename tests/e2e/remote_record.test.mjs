// Remote supervised contact as the court reads it: the FCA/FCSW's suitability assessment, recorded
// on the referral in the app, is printed on the session's Record of Observed Contact.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { click, fill, see, startApp, tempDb, ukDay } from './app.mjs';
import { newAcceptedReferral, newCaseWithFamily, newSessionAttended } from './walk.mjs';

describe('a record of remote supervised contact', () => {
  const db = tempDb();
  const exports = mkdtempSync(join(tmpdir(), 'cr-exports-'));
  let app;

  before(async () => {
    app = await startApp(db, { CONTACT_RECORDS_EXPORT_DIR: exports });
  });
  after(async () => {
    await app?.quit();
  });

  it('prints the suitability assessment recorded on the referral', async () => {
    const b = app.browser;
    await newCaseWithFamily(b, { number: 'CF26P00888', name: 'Re: Ŵyn (a child)', child: 'Siân Llŷr' });
    await newAcceptedReferral(b, {
      service: 'remote_supervised_contact',
      plan: 'Three video calls of an hour, then a review.',
      more: async () => {
        await see(b, '[data-testid="remote-suitability"]');
        await fill(b, 'remote_assessed_on', ukDay(-20));
        await fill(b, 'remote_assessed_by', 'Ffion Hughes, FCA');
        await fill(b, 'remote_discussed', 'Both parents by telephone, and the court at the hearing.');
        await fill(b, 'remote_limitations', 'The supervisor can end a call but cannot step in as at a centre.');
        await fill(b, 'remote_feedback', 'The supervisor emails both parents after each call.');
      },
    });
    await newSessionAttended(b, { date: ukDay(-7), minutes: 60, departed: '11:00' });
    await click(b, 'a*=Back');
    await click(b, '[data-testid="open-record"]');
    await see(b, 'h1*=Record of Observed Contact');
    await fill(b, 'summary', 'Siân talked about her new school; ŵ and ŷ.');
    await click(b, '[data-testid="export-pdf"]');
    await see(b, '[data-testid="export-done"]', 20000);
    const [file] = readdirSync(exports);
    assert.ok(file?.endsWith('.pdf'), `a PDF in ${exports}`);
    const text = execFileSync('pdftotext', [join(exports, file), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.match(text, /Remote platform/);
    assert.match(text, /Remote contact assessed as suitable/);
    assert.match(text, /Assessed by Ffion Hughes, FCA/);
    assert.match(text, /Both parents by telephone, and the court at the hearing\./);
    assert.match(text, /cannot step in as at a centre/);
    assert.match(text, /emails both parents after each call/);
    assert.match(text, /ŵ and ŷ/);
  });
});
