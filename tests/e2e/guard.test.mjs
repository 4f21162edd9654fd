// The window never leaves the app: a page cannot navigate it to another site or open a new
// window (a link in a pasted note must not turn the app into a browser).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { see, startApp, tempDb } from './app.mjs';

describe('the window guard', () => {
  let app;

  before(async () => {
    app = await startApp(tempDb());
  });
  after(async () => {
    await app?.quit();
  });

  it('refuses navigation away from the app and new windows', async () => {
    const b = app.browser;
    await see(b, 'h1');
    const home = await b.getUrl();
    await b.execute(() => {
      window.location.href = 'https://example.org/';
    });
    await b.pause(1000);
    assert.equal(new URL(await b.getUrl()).origin, new URL(home).origin);
    await see(b, 'h1');

    await b.execute(() => {
      window.open('https://example.org/', '_blank');
    });
    await b.pause(500);
    assert.equal((await b.getWindowHandles()).length, 1);
    assert.equal(new URL(await b.getUrl()).origin, new URL(home).origin);

    // A link clicked by the user (a real gesture, which WebKit's own popup blocking lets
    // through): neither a new window nor the app's window goes to it.
    await b.execute(() => {
      const a = document.createElement('a');
      a.id = 'cr-e2e-away';
      a.href = 'https://example.org/';
      a.target = '_blank';
      a.textContent = 'away';
      document.body.prepend(a);
    });
    await (await b.$('#cr-e2e-away')).click();
    await b.pause(1000);
    assert.equal((await b.getWindowHandles()).length, 1);
    assert.equal(new URL(await b.getUrl()).origin, new URL(home).origin);
  });
});
