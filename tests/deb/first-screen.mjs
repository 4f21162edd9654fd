// The installed binary (unpacked from the .deb) starts and shows its first screen: on a new data
// file, the passphrase setup. Run by tests/deb/check.sh with CR_E2E_APP set to that binary.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, see, startApp, tempDb } from '../e2e/app.mjs';

describe('the installed app', () => {
  let app;
  after(async () => {
    await app?.quit();
  });

  it('opens its window on the first screen', async () => {
    const started = Date.now();
    app = await startApp(tempDb(), {}, { unlock: false });
    await see(app.browser, '[data-testid="setup-form"]', 30000);
    console.log(`first screen after ${Date.now() - started} ms (with WebDriver)`);
    // In the language last chosen on this machine (the window keeps it), English or Welsh.
    assert.match(await app.browser.getTitle(), /Contact Records|Cofnodion Cyswllt/);
    await app.browser.pause(300);
    await app.browser.saveScreenshot(join(artifacts, 'installed-first-screen.png'));
  });
});
