// The desk: a case's identity bar and parts, focus and window title on every route change, the
// keyboard shortcuts, the register sorted and filtered (and remembered), and the diary with its
// clashes. The sample case is imported twice (the second under a new number) before the app
// starts, so every session has a twin at the same time, with the same supervisor and venue.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accessibilityProblems, click, PASSPHRASE, screenshot, see, startApp, tempDb } from './app.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the desk', () => {
  let app;

  before(async () => {
    const db = tempDb();
    const cli = join(dirname(process.env.CR_E2E_APP ?? ''), 'contact-records');
    const sample = join(root, 'tests/fixtures/sample-case.json');
    // The file is made encrypted with the passphrase the app is then unlocked with; the sample is
    // signed with the invented sample key, which a new data file does not know.
    const env = { ...process.env, CONTACT_RECORDS_PASSPHRASE: PASSPHRASE };
    execFileSync(cli, ['--db', db, 'import', sample, '--trust-new-signers'], { env });
    execFileSync(cli, ['--db', db, 'import', sample, '--as-new', '--trust-new-signers'], { env });
    app = await startApp(db);
  });
  after(async () => {
    await app?.quit();
  });

  const focusedText = (b) => b.execute(() => document.activeElement?.textContent?.trim() ?? '');

  it('sorts and filters the register, and remembers the choice', async () => {
    const b = app.browser;
    // The webview keeps its storage between runs: start from the defaults.
    await b.execute(() => localStorage.removeItem('contact-records.register'));
    await click(b, '[data-testid="nav-due"]');
    await click(b, '[data-testid="nav-cases"]');
    await see(b, 'h1=Cases');
    // The heading shows before the cases have loaded: wait for the rows.
    await see(b, '#case-table tbody tr');
    const numbers = async () => (await b.$$('#case-table tbody tr td:first-child')).map((td) => td.getText());
    const firstOrder = await Promise.all(await numbers());
    await click(b, '[data-testid="sort-number"]');
    const header = await b.$('th[aria-sort="descending"]');
    assert.ok(await header.isExisting(), 'the number column says it is sorted descending');
    assert.deepEqual(await Promise.all(await numbers()), [...firstOrder].reverse());
    await (await see(b, '#filter-status')).selectByAttribute('value', 'closed');
    await see(b, 'p*=Filtered: 0 shown');
    await click(b, '[data-testid="nav-due"]');
    await click(b, '[data-testid="nav-cases"]');
    assert.equal(await (await see(b, '#filter-status')).getValue(), 'closed', 'the filter is remembered');
    assert.ok(await (await b.$('th[aria-sort="descending"]')).isExisting(), 'the sort is remembered');
    await click(b, '[data-testid="clear-filters"]');
    await screenshot(b, 'register-sorted.png');
    assert.deepEqual(await accessibilityProblems(b), []);
    await b.execute(() => localStorage.removeItem('contact-records.register'));
  });

  it('shows a case as an identity bar and parts; focus and title follow each page', async () => {
    const b = app.browser;
    await click(b, '#case-table tbody tr a');
    await see(b, '[data-testid="identity-bar"]');
    assert.match(await (await b.$('[data-testid="next-deadline"]')).getText(), /deadline/i);
    for (const [part, heading] of [
      ['people', 'People'],
      ['referrals', 'Referrals'],
      ['records', 'Records of contact'],
      ['incidents', 'Incidents and concerns'],
      ['history', 'History'],
    ]) {
      await click(b, `[data-testid="part-${part}"]`);
      await see(b, `h1=${heading}`);
      await b.waitUntil(async () => (await focusedText(b)) === heading, { timeoutMsg: `focus on the ${heading} heading` });
      assert.equal(await b.getTitle(), `${heading} – Contact Records`);
      assert.deepEqual(await accessibilityProblems(b), [], `${part}: no accessibility problems`);
    }
    const timeline = await see(b, '[data-testid="timeline"]');
    assert.match(await timeline.getText(), /Signed: Record of Observed Contact/);
    assert.doesNotMatch(await timeline.getText(), /[0-9a-f]{16}/);
    await screenshot(b, 'case-history.png');
  });

  it('goes to the diary by keyboard and shows the clashes, naming both cases', async () => {
    const b = app.browser;
    await b.keys(['Alt', 'y']);
    await see(b, 'h1=Diary');
    assert.equal(await b.getTitle(), 'Diary – Contact Records');
    await click(b, '[data-testid="diary-month"]');
    for (let i = 0; i < 36; i++) {
      if (/\/10\/2026/.test(await (await see(b, '[data-testid="diary-range"]')).getText())) break;
      const range = await (await b.$('[data-testid="diary-range"]')).getText();
      const [, m, y] = /(\d{2})\/(\d{4})/.exec(range) ?? [];
      await click(b, Number(y) * 12 + Number(m) > 2026 * 12 + 10 ? '[data-testid="diary-previous"]' : '[data-testid="diary-next"]');
    }
    const clashes = await see(b, '[data-testid="clashes"]');
    const text = await clashes.getText();
    assert.match(text, /Rhys Morgan is supervising two sessions at once/);
    assert.match(text, /\d+ clashes/);
    const tags = await b.$$('[data-testid="clash-tag"]');
    assert.ok(tags.length >= 2, 'each session of a clash is marked');
    await screenshot(b, 'diary-month.png');
    assert.deepEqual(await accessibilityProblems(b), []);
  });
});
