// The idle lock end to end: the time is chosen in Settings and kept in the data file, and the app
// locks itself after that long without use, keeping what was being typed. The test shortens the
// wait with CONTACT_RECORDS_IDLE_LOCK_SECONDS (which can only shorten the chosen time).
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PASSPHRASE, click, fill, screenshot, see, startApp, tempDb } from './app.mjs';

describe('the idle lock', () => {
  const db = tempDb();
  let app;

  after(async () => {
    await app?.quit();
  });

  it('locks after the chosen time without use, keeping the typing', async () => {
    app = await startApp(db, { CONTACT_RECORDS_IDLE_LOCK_SECONDS: '6' });
    const b = app.browser;
    await click(b, '[data-testid="nav-settings"]');
    await click(b, 'label[for="field-minutes"]');
    await click(b, '[data-testid="idle-lock-save"]');
    await see(b, 'p*=locks itself after 5 minutes');

    await click(b, '[data-testid="nav-cases"]');
    await click(b, '[data-testid="create-case"]');
    await fill(b, 'court_case_number', 'CF26P00777');
    // No key, click or pointer from here on: the app locks itself.
    await see(b, 'h1=Unlock Contact Records', 30000);
    assert.equal((await b.$$('[data-testid="nav-cases"]')).length, 0, 'nothing but the unlock screen');
    await screenshot(b, 'idle-locked.png');

    await fill(b, 'passphrase', PASSPHRASE);
    await click(b, '[data-testid="unlock-submit"]');
    await click(b, '[data-testid="nav-cases"]');
    await click(b, '[data-testid="create-case"]');
    await see(b, '[data-testid="draft-restored"]');
    assert.equal(await (await b.$('#field-court-case-number')).getValue(), 'CF26P00777');

    // The choice is the data file's: read again after unlocking.
    await click(b, '[data-testid="nav-settings"]');
    await see(b, '[data-testid="idle-lock-form"]');
    await b.waitUntil(async () => (await b.$('#field-minutes')).isSelected(), { timeout: 5000 });
  });
});
