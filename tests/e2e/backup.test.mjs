// Backup then restore in the real app: a backup saved from Settings, a case added after it, then
// the backup chosen in the system's own open dialog (driven with xdotool, as a person would type a
// path) and restored: the case added after the backup is gone, the sample case is there.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PASSPHRASE, click, fill, see, startApp, tempDb } from './app.mjs';

function xdotool(...args) {
  execFileSync('xdotool', args, { env: process.env });
}

describe('backup and restore', () => {
  const db = tempDb();
  const exports = mkdtempSync(join(tmpdir(), 'cr-e2e-backups-'));
  let app;

  after(async () => {
    await app?.quit();
  });

  it('restores a backup chosen in the open dialog', async () => {
    // The save dialog is skipped with the exports folder; the open dialog is the system's own.
    app = await startApp(db, { CONTACT_RECORDS_EXPORT_DIR: exports });
    const b = app.browser;
    await click(b, '[data-testid="load-sample"]');
    await see(b, 'p*=Sample case loaded');
    await click(b, '[data-testid="nav-settings"]');
    await click(b, '[data-testid="backup-now"]');
    await see(b, 'p*=' + exports, 20000);
    const [backup] = readdirSync(exports).filter((f) => f.endsWith('.bak'));
    assert.ok(backup, `a backup in ${exports}`);

    await click(b, '[data-testid="nav-cases"]');
    await click(b, '[data-testid="create-case"]');
    await fill(b, 'court_case_number', 'CF26P00555');
    await fill(b, 'case_name', 'Re: After the backup');
    await fill(b, 'court', 'Family Court at Cardiff');
    await click(b, '[data-testid="save-case"]');
    await see(b, 'h1*=Re: After the backup');

    await click(b, '[data-testid="nav-settings"]');
    await fill(b, 'restore_passphrase', PASSPHRASE);
    await click(b, '[data-testid="restore-form"] button[type="submit"]');
    // The GTK open dialog: Ctrl+L opens its location field; type the path and press Return.
    await b.pause(2500);
    // No window manager under Xvfb: give the dialog (titled "Open") the keyboard focus first.
    const dialog = execFileSync('xdotool', ['search', '--sync', '--name', '^Open$'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop();
    xdotool('windowfocus', '--sync', dialog);
    xdotool('key', '--clearmodifiers', 'ctrl+l');
    await b.pause(300);
    xdotool('type', '--delay', '20', join(exports, backup));
    await b.pause(300);
    xdotool('key', 'Return');
    await see(b, 'p*=The backup has been restored', 30000);

    await click(b, '[data-testid="nav-cases"]');
    await see(b, 'a=SA26P00417');
    assert.equal((await b.$$('a=CF26P00555')).length, 0, 'the case added after the backup is gone');
  });
});
