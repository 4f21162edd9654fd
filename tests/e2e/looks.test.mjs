// Screenshots of the desk's screens at the window's minimum size (760 × 560), at 1600 px wide,
// and at 200% zoom, for a person to look at (tests/e2e/artifacts/looks-*.png); axe-core on each.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accessibilityProblems, click, PASSPHRASE, screenshot, see, startApp, tempDb } from './app.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the desk at every size', () => {
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

  const go = (b, hash) => b.execute((h) => (location.hash = h), hash);
  const zoom = (b, z) => b.execute((v) => (document.documentElement.style.zoom = String(v)), z);

  const screens = [
    ['register', '#/', 'h1=Cases'],
    ['case', '#/cases/1', '[data-testid="identity-bar"]'],
    ['people', '#/cases/1/people', 'h1=People'],
    ['history', '#/cases/1/history', '[data-testid="timeline"]'],
    ['referral', '#/referrals/1', '[data-testid="hours-text"]'],
    ['due', '#/due', 'h1=What’s due'],
    ['diary', '#/diary', 'h1=Diary'],
    ['settings', '#/settings', '[data-testid="shortcuts"]'],
  ];

  for (const [width, height] of [
    [760, 560],
    [1600, 900],
  ]) {
    it(`shows each screen at ${width} × ${height}, and at 200% zoom`, async () => {
      const b = app.browser;
      await b.setWindowSize(width, height);
      for (const [name, hash, ready] of screens) {
        await go(b, hash);
        await see(b, ready);
        await screenshot(b, `looks-${name}-${width}.png`);
        assert.deepEqual(await accessibilityProblems(b), [], `${name} at ${width}`);
      }
      // A record being written: the sample's last session has a draft.
      await go(b, '#/referrals/1');
      const links = await b.$$('[data-testid="open-record"]');
      await links[links.length - 1].click();
      await see(b, '[data-testid="record-sections"]');
      await screenshot(b, `looks-record-${width}.png`);
      assert.deepEqual(await accessibilityProblems(b), [], `record at ${width}`);
      await zoom(b, 2);
      await screenshot(b, `looks-record-${width}-zoom200.png`);
      await go(b, '#/cases/1');
      await see(b, '[data-testid="identity-bar"]');
      await screenshot(b, `looks-case-${width}-zoom200.png`);
      await zoom(b, 1);
    });
  }

  it('writes in the record by keyboard: Alt+S reaches the section list, a section link its field', async () => {
    const b = app.browser;
    await b.setWindowSize(1280, 800);
    await go(b, '#/referrals/1');
    const links = await b.$$('[data-testid="open-record"]');
    await links[links.length - 1].click();
    await see(b, '[data-testid="record-sections"]');
    await b.keys(['Alt', 's']);
    const first = await b.execute(() => document.activeElement?.closest('[data-testid="record-sections"]') !== null);
    assert.ok(first, 'focus is in the section list');
    const summary = await (await see(b, '[data-testid="record-sections"]')).$('a*=Summary');
    await summary.click();
    const focused = await b.execute(() => document.activeElement?.id ?? '');
    assert.equal(focused, 'field-summary');
  });
});
