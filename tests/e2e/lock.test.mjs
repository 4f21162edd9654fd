// The lock end to end: a passphrase chosen on first run (strength shown, typed twice, a plain
// warning, the recovery key shown once), then lock, one failed unlock, unlock, and the case is there.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { accessibilityProblems, click, fill, screenshot, see, startApp, tempDb } from './app.mjs';

describe('the lock', () => {
  const db = tempDb();
  const passphrase = 'three random words here';
  let app;

  after(async () => {
    await app?.quit();
  });

  it('asks for a passphrase before anything is stored, then locks and unlocks', async () => {
    app = await startApp(db, {}, { unlock: false });
    const b = app.browser;
    await see(b, 'h1=Choose a passphrase');
    assert.match(await (await b.$('[data-testid="setup-warning"]')).getText(), /nobody can open your records/);
    await fill(b, 'passphrase', 'short');
    await b.waitUntil(async () => /Too weak/.test(await (await b.$('[data-testid="strength"]')).getText()), {
      timeout: 5000,
    });
    await fill(b, 'passphrase', passphrase);
    await b.waitUntil(async () => /Strong/.test(await (await b.$('[data-testid="strength"]')).getText()), {
      timeout: 5000,
    });
    await fill(b, 'confirm', 'three random words hare');
    await click(b, '[data-testid="setup-submit"]');
    await see(b, '#field-confirm-error');
    assert.deepEqual(await accessibilityProblems(b), []);
    await fill(b, 'confirm', passphrase);
    await click(b, '[data-testid="setup-submit"]');

    const key = await (await see(b, '[data-testid="recovery-key"]')).getText();
    assert.match(key, /^([0-9a-f]{4} ){23}[0-9a-f]{4}$/);
    await screenshot(b, 'lock-recovery-key.png');
    await click(b, '[data-testid="recovery-done"]');

    await click(b, '[data-testid="load-sample"]');
    await see(b, 'p*=Sample case loaded');
    const header = readFileSync(db).subarray(0, 16).toString('latin1');
    assert.notEqual(header, 'SQLite format 3\0');

    await click(b, '[data-testid="lock"]');
    await see(b, 'h1=Unlock Contact Records');
    assert.equal((await b.$$('[data-testid="nav-cases"]')).length, 0, 'nothing but the unlock screen');
    await fill(b, 'passphrase', 'not the passphrase');
    await click(b, '[data-testid="unlock-submit"]');
    await see(b, 'li*=The passphrase is wrong');
    assert.equal(await (await b.$('#field-passphrase')).getValue(), '', 'the typed passphrase is not kept');
    await screenshot(b, 'lock-wrong-passphrase.png');
    assert.deepEqual(await accessibilityProblems(b), []);

    await fill(b, 'passphrase', passphrase);
    await click(b, '[data-testid="unlock-submit"]');
    await click(b, '[data-testid="nav-cases"]');
    await see(b, 'a=SA26P00417');
  });
});
