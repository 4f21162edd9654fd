// A form for something new keeps what is typed in the data file: kill the app mid-form, start it
// again, and the form comes back as it was; once saved, the kept typing is gone.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { click, fill, see, startApp, tempDb } from './app.mjs';

describe('unsaved typing in a new case form', () => {
  const db = tempDb();
  let app;

  after(async () => {
    await app?.quit();
  });

  it('survives the app being killed, and is gone once the case is saved', async () => {
    app = await startApp(db);
    let b = app.browser;
    await click(b, '[data-testid="create-case"]');
    await fill(b, 'court_case_number', 'CF26P00999');
    await fill(b, 'case_name', 'Re: Ŵyn (a child)');
    // The draft is written within about a second of the last keystroke.
    await b.pause(1800);
    await app.kill();

    app = await startApp(db);
    b = app.browser;
    await click(b, '[data-testid="create-case"]');
    await see(b, '[data-testid="draft-restored"]');
    assert.equal(await (await b.$('#field-court-case-number')).getValue(), 'CF26P00999');
    assert.equal(await (await b.$('#field-case-name')).getValue(), 'Re: Ŵyn (a child)');
    await fill(b, 'court', 'Family Court at Cardiff');
    await click(b, '[data-testid="save-case"]');
    await see(b, 'h1*=Re: Ŵyn (a child)');

    await click(b, '[data-testid="nav-cases"]');
    await click(b, '[data-testid="create-case"]');
    await see(b, '#field-court-case-number');
    assert.equal(await (await b.$('#field-court-case-number')).getValue(), '');
    assert.equal((await b.$$('[data-testid="draft-restored"]')).length, 0);
  });
});
