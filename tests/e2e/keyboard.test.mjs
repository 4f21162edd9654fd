// A whole session record written by keyboard only: after launch, nothing is clicked. From the
// unlock screen to the register, the case, its referral and the session's record; the record
// filled in, saved and finalised. Each stop of Tab or Shift+Tab must show where the focus is, the
// focus must never fall back to the page itself, and a refused finalise puts the focus on the
// error summary, whose links take it to the field to mend.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accessibilityProblems, PASSPHRASE, screenshot, see, startApp, tempDb } from './app.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What has the focus, and whether it shows: GOV.UK marks focus with its yellow, a box shadow, an
 * outline, or (radios and checkboxes) a shadow on the label's circle or box. */
function focused(b) {
  return b.execute(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    // GOV.UK's focus yellow, which some patterns (the sub navigation) use without a shadow.
    const shows = (s) =>
      s.backgroundColor === 'rgb(255, 221, 0)' ||
      (s.boxShadow && s.boxShadow !== 'none') ||
      (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !/rgba\(0, 0, 0, 0\)|transparent/.test(s.outlineColor));
    const label = el.matches('input[type="radio"], input[type="checkbox"]') ? el.nextElementSibling : null;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type') ?? '',
      id: el.id,
      testid: el.getAttribute('data-testid') ?? '',
      href: el.getAttribute('href') ?? '',
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80),
      row: (el.closest('tr')?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 200),
      inErrorSummary: !!el.closest('.govuk-error-summary'),
      visible: shows(getComputedStyle(el)) || (label ? shows(getComputedStyle(label, '::before')) : false),
    };
  });
}

const describeStop = (f) => (f ? `${f.tag}${f.id ? '#' + f.id : ''}${f.testid ? `[${f.testid}]` : ''} “${f.text.slice(0, 30)}”` : 'the page itself');

/** Presses Tab (or Shift+Tab) until `wanted(focus)`; every stop on the way must show its focus.
 * Fails, naming the last stops, if the focus is lost or `wanted` is not reached (a trap, or a
 * control Tab cannot reach). */
async function tabTo(b, what, wanted, { back = false, max = 150 } = {}) {
  const trail = [];
  for (let i = 0; i < max; i++) {
    await b.keys(back ? ['Shift', 'Tab'] : ['Tab']);
    // Release Shift, so the next key is not read as shifted.
    if (back) await b.keys(['Shift']);
    const f = await focused(b);
    trail.push(describeStop(f));
    assert.ok(f, `focus fell back to the page while tabbing to ${what}: ${trail.slice(-5).join(' → ')}`);
    assert.ok(f.visible, `the focus does not show on ${describeStop(f)} (tabbing to ${what})`);
    if (wanted(f)) return f;
  }
  assert.fail(`${what} was not reached by ${back ? 'Shift+Tab' : 'Tab'}: ${trail.slice(-8).join(' → ')}`);
}

/** Types `text` into the focused field, a key at a time: WebKitWebDriver drops the second of two
 * equal letters sent in one go ("batery"). */
async function typeText(b, text) {
  for (const ch of text) await b.keys(ch);
}

/** Types into the focused field, replacing what it held. */
async function typeHere(b, text) {
  await b.keys(['Control', 'a']);
  await b.keys(['Control']);
  await b.keys(['Backspace']);
  await typeText(b, text);
}

/** A plausible answer for a field of the record the error summary sent us to. */
function answerFor(id) {
  if (/start|end|time|arrived|departed/.test(id)) return id.includes('end') ? '12:00' : '10:00';
  if (/role/.test(id)) return 'Contact supervisor';
  if (/name/.test(id)) return 'Rhys Price';
  return 'Written by keyboard: calm and warm throughout, as observed.';
}

describe('writing a session record by keyboard only', () => {
  let app;

  before(async () => {
    const db = tempDb();
    const cli = join(dirname(process.env.CR_E2E_APP ?? ''), 'contact-records');
    const env = { ...process.env, CONTACT_RECORDS_PASSPHRASE: PASSPHRASE };
    execFileSync(cli, ['--db', db, 'import', join(root, 'tests/fixtures/sample-case.json'), '--trust-new-signers'], { env });
    app = await startApp(db, {}, { unlock: false });
  });
  after(async () => {
    await app?.quit();
  });

  it('unlocks, finds the case, its referral and the draft record', async () => {
    const b = app.browser;
    await see(b, '[data-testid="unlock-form"]', 20000);
    // The passphrase has the focus as the screen shows: typing starts at once.
    await b.waitUntil(async () => (await focused(b))?.id === 'field-passphrase', {
      timeout: 5000,
      timeoutMsg: 'the unlock screen did not put the focus in the passphrase',
    });
    await typeText(b, PASSPHRASE);
    await b.keys(['Enter']);
    await see(b, '[data-testid="nav-cases"]', 20000);
    await see(b, '#case-table tbody tr a');

    await tabTo(b, 'the case', (f) => f.tag === 'a' && f.text === 'SA26P00417');
    await b.keys(['Enter']);
    await see(b, '[data-testid="identity-bar"]');
    // The focus is on the page's heading; the case's parts are above it.
    await tabTo(b, 'the referrals part', (f) => f.testid === 'part-referrals', { back: true });
    await b.keys(['Enter']);
    await see(b, 'h1=Referrals');

    // The first block of supervised contact is listed last (newest first); it has the draft.
    const hrefs = await b.execute(() =>
      [...document.querySelectorAll('#main-content a')]
        .filter((a) => (a.textContent ?? '').includes('Supervised contact'))
        .map((a) => a.getAttribute('href')),
    );
    const target = hrefs[hrefs.length - 1];
    await tabTo(b, 'the first supervised contact referral', (f) => f.tag === 'a' && f.href === target);
    await b.keys(['Enter']);
    await see(b, '[data-testid="sessions"]');
    await tabTo(b, 'the draft record', (f) => f.testid === 'open-record' && /Draft/.test(f.row));
    await b.keys(['Enter']);
    await see(b, '[data-testid="record-status"]=Draft');
  });

  it('fills the record, saves it, and finalises it, led by the error summary', async () => {
    const b = app.browser;
    // The summary of the session, added to by keyboard; the autosave keeps it.
    await tabTo(b, 'the summary', (f) => f.id === 'field-summary');
    await b.keys(['End']);
    await typeText(b, ' Added by keyboard.');
    await b.waitUntil(async () => /Saved at/.test(await (await b.$('[data-testid="save-status"]')).getText()), {
      timeout: 10000,
      timeoutMsg: 'the record was not saved',
    });
    assert.match(await (await b.$('#field-summary')).getValue(), /Added by keyboard\.$/);
    // Back up the form to the end time and clear it, so finalising has one more thing to ask for.
    await tabTo(b, 'the end time', (f) => f.id === 'field-actual-end', { back: true });
    await typeHere(b, '');

    let mended = 0;
    for (let round = 0; round < 15; round++) {
      await tabTo(b, 'Finalise', (f) => f.testid === 'finalise');
      await b.keys(['Enter']);
      await b.waitUntil(
        async () =>
          (await b.$$('[data-testid="record-status"]=Finalised')).length > 0 ||
          (await b.$$('.govuk-error-summary')).length > 0,
        { timeout: 20000, timeoutMsg: 'finalising neither finished nor said what is missing' },
      );
      if ((await b.$$('[data-testid="record-status"]=Finalised')).length > 0) break;
      // The error summary takes the focus, and its first link leads to the field to mend.
      await b.waitUntil(async () => (await focused(b))?.inErrorSummary === true, {
        timeout: 5000,
        timeoutMsg: 'the error summary did not take the focus',
      });
      if (round === 0) await screenshot(b, 'keyboard-error-summary.png');
      const link = await tabTo(b, 'the first problem', (f) => f.tag === 'a' && f.inErrorSummary);
      await b.keys(['Enter']);
      const field = link.href.replace(/^#/, '');
      await b.waitUntil(async () => (await focused(b))?.id === field, {
        timeout: 5000,
        timeoutMsg: `the error summary's link did not move the focus to #${field}`,
      });
      let here = await focused(b);
      // A link to a section (its heading) leads on to the section's first field.
      if (!['input', 'textarea', 'select'].includes(here.tag)) {
        here = await tabTo(b, `the first field after #${field}`, (f) => ['input', 'textarea'].includes(f.tag));
      }
      if (here.type === 'radio' || here.type === 'checkbox') await b.keys([' ']);
      else await typeHere(b, answerFor(here.id));
      mended++;
    }
    await see(b, '[data-testid="record-status"]=Finalised', 20000);
    assert.ok(mended >= 2, `the end time and the signer's role were asked for and given (${mended} mended)`);
    const fingerprint = await (await see(b, '[data-testid="fingerprint"]')).getText();
    assert.match(fingerprint, /^[0-9a-f]{64}$/);
    await screenshot(b, 'keyboard-finalised.png');
    assert.deepEqual(await accessibilityProblems(b), []);
  });
});
