// "Remember on this computer" where no keychain answers (as under Xvfb on CI): Settings says
// plainly that it is not available, offers nothing, and the app works as before.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { accessibilityProblems, click, screenshot, see, startApp, tempDb } from './app.mjs';

describe('remember on this computer, without a keychain', () => {
  let app;

  before(async () => {
    // A session bus address where nothing listens: no keychain can answer, whatever this
    // computer runs.
    app = await startApp(tempDb(), { DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(tmpdir(), 'cr-no-bus')}` });
  });
  after(async () => {
    await app?.quit();
  });

  it('says in Settings that it is not available, and offers no way to turn it on', async () => {
    const b = app.browser;
    await click(b, '[data-testid="nav-settings"]');
    const text = await (await see(b, '[data-testid="keychain-unavailable"]')).getText();
    assert.match(text, /not available on this computer/);
    assert.equal((await b.$$('[data-testid="keychain-form"]')).length, 0);
    await (await b.$('[data-testid="keychain"]')).scrollIntoView();
    await screenshot(b, 'keychain-unavailable.png');
    assert.deepEqual(await accessibilityProblems(b), []);
  });
});
