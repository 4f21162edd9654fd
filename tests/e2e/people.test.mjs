// The people of a case: a child's details changed from the case's people, and a new adult's
// typing kept through the app being killed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { choose, click, fill, see, startApp, tempDb } from './app.mjs';
import { newCaseWithFamily } from './walk.mjs';

describe('the people of a case', () => {
  const db = tempDb();
  let app;

  before(async () => {
    app = await startApp(db);
  });
  after(async () => {
    await app?.quit();
  });

  it('changes a child as stored, and says so', async () => {
    const b = app.browser;
    await newCaseWithFamily(b, { number: 'CF26P00999', name: 'Re: Ŵ (a child)', child: 'Siân Llŷr' });
    await click(b, '[data-testid="child-card"] a[href*="/children/"]');
    await see(b, 'h1=Change a child’s details');
    // The form opens with the child as stored.
    assert.equal(await (await b.$('#field-full-name')).getValue(), 'Siân Llŷr');
    assert.equal(await (await b.$('#field-date-of-birth')).getValue(), '03/05/2019');
    await fill(b, 'full_name', 'Siân Ŵyn Llŷr');
    await choose(b, 'language', 'welsh');
    await click(b, '[data-testid="save-child"]');
    await see(b, 'h3=Siân Ŵyn Llŷr');
    await see(b, 'p*=Siân Ŵyn Llŷr saved');
  });

  it('keeps a new adult’s typing when the app is killed', async () => {
    let b = app.browser;
    await click(b, '[data-testid="add-adult"]');
    await fill(b, 'full_name', 'Dafydd ap Gwyn');
    await choose(b, 'role', 'father');
    await b.pause(1500);
    await app.kill();

    app = await startApp(db);
    b = app.browser;
    await click(b, 'a=CF26P00999');
    await click(b, '[data-testid="part-people"]');
    await click(b, '[data-testid="add-adult"]');
    await see(b, '[data-testid="draft-restored"]');
    assert.equal(await (await b.$('#field-full-name')).getValue(), 'Dafydd ap Gwyn');
    assert.ok(await (await b.$('input[name="role"][value="father"]')).isSelected());
    await choose(b, 'party', 'visiting');
    await click(b, '[data-testid="save-adult"]');
    await see(b, 'h3=Dafydd ap Gwyn');
    // Saved: the next new adult starts empty.
    await click(b, '[data-testid="add-adult"]');
    await see(b, 'h1=Add an adult');
    assert.equal(await (await b.$('#field-full-name')).getValue(), '');
    assert.equal((await b.$$('[data-testid="draft-restored"]')).length, 0);
  });
});
