// Search everything: the header's box finds the sample's words with and without accents, groups
// what it finds by case with the words marked, and each result leads to where it was found.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accessibilityProblems, click, PASSPHRASE, screenshot, see, startApp, tempDb } from './app.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('search everything', () => {
  let app;

  before(async () => {
    const db = tempDb();
    const cli = join(dirname(process.env.CR_E2E_APP ?? ''), 'contact-records');
    const sample = join(root, 'tests/fixtures/sample-case.json');
    const env = { ...process.env, CONTACT_RECORDS_PASSPHRASE: PASSPHRASE };
    execFileSync(cli, ['--db', db, 'import', sample, '--trust-new-signers'], { env });
    app = await startApp(db);
  });
  after(async () => {
    await app?.quit();
  });

  const search = async (b, text) => {
    const box = await see(b, '[data-testid="search-everything"]');
    await box.clearValue();
    await box.setValue(text);
    await b.keys('Enter');
  };
  const marked = (b) => b.execute(() => [...document.querySelectorAll('[data-testid="search-results"] mark')].map((m) => m.textContent));

  it('finds a name without its accent, and marks it as written', async () => {
    const b = app.browser;
    await search(b, 'Sian');
    const count = await see(b, '[data-testid="search-count"]');
    assert.match(await count.getText(), /Cases found for “Sian”: 1/);
    const results = await see(b, '[data-testid="search-results"]');
    assert.match(await results.getText(), /SA26P00417: Re: S and D \(children\)/);
    assert.match(await results.getText(), /Child: Siân Llŷr-Thompson/);
    assert.ok((await marked(b)).includes('Siân'), String(await marked(b)));
    await screenshot(b, 'search-results.png');
    assert.deepEqual(await accessibilityProblems(b), []);
  });

  it('finds a word with an accent the text does not have, in an addendum and an address', async () => {
    const b = app.browser;
    await search(b, 'Gŵyn');
    await see(b, '[data-testid="search-count"]');
    const text = await (await see(b, '[data-testid="search-results"]')).getText();
    assert.match(text, /Adult: Gwenllïan Gŵyn/);
    assert.match(text, /Addendum, session 1/);
    // "Tŷ Gwyn" is written without the accent searched for.
    assert.ok((await marked(b)).includes('Gwyn'), String(await marked(b)));
  });

  it('finds words of the records and leads to the record', async () => {
    const b = app.browser;
    await search(b, 'board game');
    await see(b, '[data-testid="search-count"]');
    assert.ok((await marked(b)).includes('board'));
    await click(b, 'a*=Record, session');
    await see(b, '[data-testid="record-status"]');
  });

  it('says plainly when nothing is found, from the results page’s own box', async () => {
    const b = app.browser;
    await search(b, 'Sian');
    const box = await see(b, '[data-testid="search-page-input"]');
    await box.clearValue();
    await box.setValue('zzzz');
    await click(b, '[data-testid="search-page-go"]');
    const none = await see(b, '[data-testid="search-none"]');
    assert.match(await none.getText(), /Nothing found for “zzzz”/);
  });
});
