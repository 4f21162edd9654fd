// Problems said in Welsh: with the app in Cymraeg, a backup that cannot be written (the folder
// it goes to is a file) and a bundle with a value of the wrong type (chosen in the system's own
// open dialog, driven with xdotool) are each said in Welsh, the path and the value as they are.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { click, screenshot, see, startApp, tempDb } from './app.mjs';

function xdotool(...args) {
  execFileSync('xdotool', args, { env: process.env });
}

describe('problems said in Welsh', () => {
  const db = tempDb();
  const dir = mkdtempSync(join(tmpdir(), 'cr-e2e-cy-problems-'));
  // Backups "saved" into a folder that is really a file, so the backup cannot be written.
  const notAFolder = join(dir, 'not-a-folder');
  writeFileSync(notAFolder, 'a file, not a folder');
  const bundle = join(dir, 'bwndel-anghywir.json');
  writeFileSync(
    bundle,
    JSON.stringify(
      {
        format: 'contact-records/case-bundle',
        version: 2,
        exported_at: '2026-11-23T10:00:00Z',
        settings: { calendar_kind: 'england_wales', closure_days: [] },
        cases: [{ court_case_number: 5 }],
      },
      null,
      2,
    ),
  );
  let app;

  after(async () => {
    // The webview remembers the language: leave it English for the other tests.
    await app?.browser
      .$('button[lang="en"]')
      .then((el) => el.click())
      .catch(() => {});
    await app?.browser?.pause(300).catch(() => {});
    await app?.quit();
  });

  it('says a backup that cannot be written in Welsh', async () => {
    app = await startApp(db, { CONTACT_RECORDS_EXPORT_DIR: notAFolder });
    const b = app.browser;
    await click(b, 'button[lang="cy"]');
    await b.waitUntil(async () => (await b.execute(() => document.documentElement.lang)) === 'cy');
    await click(b, '[data-testid="nav-settings"]');
    await click(b, '[data-testid="backup-now"]');
    const summary = await see(b, '.govuk-error-summary', 20000);
    const text = await summary.getText();
    assert.match(text, /Nid oedd modd (ysgrifennu’r|rhoi’r) copi wrth gefn/, text);
    assert.doesNotMatch(text, /Could not|could not be|Check that/, text);
    await screenshot(b, 'cy-backup-problem.png');
  });

  it('says a bundle value of the wrong type in Welsh, with its path and the value found', async () => {
    const b = app.browser;
    await click(b, '[data-testid="nav-cases"]');
    // The register's link to the import screen (with no cases yet, the one in its lead).
    await click(b, 'a[href="#/import"]');
    await click(b, '[data-testid="choose-bundle"]');
    // The GTK open dialog: Ctrl+L opens its location field; type the path and press Return.
    await b.pause(2500);
    const dialog = execFileSync('xdotool', ['search', '--sync', '--name', '^Open$'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop();
    xdotool('windowfocus', '--sync', dialog);
    xdotool('key', '--clearmodifiers', 'ctrl+l');
    await b.pause(300);
    xdotool('type', '--delay', '20', bundle);
    await b.pause(300);
    xdotool('key', 'Return');
    const summary = await see(b, '.govuk-error-summary', 20000);
    const text = await summary.getText();
    assert.match(text, /cases\[0\]\.court_case_number: mae angen testun mewn dyfynodau yma, nid 5: cywirwch hwn \(llinell \d+ colofn \d+\)/, text);
    assert.doesNotMatch(text, /this should be|correct it|line \d/, text);
    await screenshot(b, 'cy-bundle-problem.png');
  });
});
