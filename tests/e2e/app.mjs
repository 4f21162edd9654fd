// Starts the real app through tauri-driver (WebKitWebDriver underneath) on a chosen data file,
// and gives the tests a WebdriverIO browser plus a few helpers written for this app's screens.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { remote } = await import(
  pathToFileURL(join(root, 'ui/node_modules/webdriverio/build/node.js')).href
);

// axe-core is injected and run in the page itself: @axe-core/webdriverio opens a second window
// to collect results, which a single-window Tauri app cannot give it.
const axeSource = readFileSync(join(root, 'ui/node_modules/axe-core/axe.min.js'), 'utf8');

export const artifacts = join(root, 'tests/e2e/artifacts');

/** Runs axe-core on the current screen; returns the serious and critical violations. */
export async function accessibilityProblems(browser) {
  // Sent as the script itself: the app's CSP (rightly) forbids eval inside the page.
  const results = await browser.executeAsync(
    `${axeSource}
    ;const done = arguments[arguments.length - 1];
    window.axe
      .run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] })
      .then((r) => done({ passes: r.passes.length, violations: JSON.parse(JSON.stringify(r.violations)) }))
      .catch((e) => done({ violations: [{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }] }));`,
  );
  if (!(results.passes > 0) && results.violations.length === 0) throw new Error('axe-core did not run');
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export function tempDb(name = 'data.db') {
  return join(mkdtempSync(join(tmpdir(), 'cr-e2e-')), name);
}

function portOpen(port) {
  return new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port }, () => {
      s.end();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

async function waitFor(what, check, timeoutMs = 20000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Every process below `pid` (tauri-driver starts WebKitWebDriver, which starts the app). */
function descendants(pid) {
  const out = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout;
  const children = out.split(/\s+/).filter(Boolean).map(Number);
  return children.flatMap((c) => [c, ...descendants(c)]);
}

/** A process's name as the kernel keeps it (at most 15 characters). */
function comm(pid) {
  return spawnSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim();
}

/** The passphrase every test data file is encrypted with. */
export const PASSPHRASE = 'correct horse battery staple';

/** Gets past the lock, whichever way the app asks: on a new data file it chooses `passphrase`
 * (typed twice) and confirms the recovery key was written down; on an existing one it unlocks.
 * Returns once the app is open, or at once if the app shows a problem with the data file. */
export async function unlockApp(browser, passphrase = PASSPHRASE) {
  const screens = '[data-testid="setup-form"], [data-testid="unlock-form"], [data-testid="nav-cases"], [data-testid="startup-error"]';
  await browser.waitUntil(async () => (await browser.$$(screens)).length > 0, {
    timeout: 20000,
    timeoutMsg: 'the app showed neither setup, unlock, nor its register',
  });
  if ((await browser.$$('[data-testid="startup-error"]')).length > 0) return;
  if ((await browser.$$('[data-testid="setup-form"]')).length > 0) {
    await fill(browser, 'passphrase', passphrase);
    await fill(browser, 'confirm', passphrase);
    await click(browser, '[data-testid="setup-submit"]');
    await click(browser, '[data-testid="recovery-done"]');
  } else if ((await browser.$$('[data-testid="unlock-form"]')).length > 0) {
    await fill(browser, 'passphrase', passphrase);
    await click(browser, '[data-testid="unlock-submit"]');
  }
  await see(browser, '[data-testid="nav-cases"]', 20000);
}

/** Starts the app on `db`; returns { browser, quit, kill }. Each call is a fresh app process.
 * `env` adds variables for the app (such as CONTACT_RECORDS_EXPORT_DIR). The app is unlocked
 * with `unlockApp` (a new data file gets PASSPHRASE) unless `{ unlock: false }` is given. */
export async function startApp(db, env = {}, { unlock = true } = {}) {
  const app = process.env.CR_E2E_APP;
  // Another port lets two test runs share a machine (tauri-driver also takes the next one).
  const port = Number(process.env.CR_E2E_PORT || 4444);
  if (!app) throw new Error('CR_E2E_APP must name the app binary');
  await waitFor(`port ${port} to be free`, async () => !(await portOpen(port)));
  const driver = spawn(
    'tauri-driver',
    ['--port', String(port), '--native-port', String(port + 1), '--native-driver', '/usr/bin/WebKitWebDriver'],
    {
      env: { ...process.env, ...env, CONTACT_RECORDS_DB: db },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  await waitFor('tauri-driver', () => portOpen(port));
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: { 'tauri:options': { application: app } },
  });
  await browser.setTimeout({ implicit: 0 });
  // Whatever is still running below the driver (WebKitWebDriver, the app): an app left behind
  // would hold the test's output open and the run would never end.
  // Taken before the session ends: an app whose WebKitWebDriver has exited is no longer below
  // the driver, so it could not be found afterwards.
  const killTree = (pids = descendants(driver.pid)) => {
    for (const pid of pids.reverse()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  const quit = async () => {
    const tree = descendants(driver.pid);
    try {
      await browser.deleteSession();
    } catch {
      // The session may already be gone; the processes are stopped below either way.
    } finally {
      killTree(tree);
      driver.kill();
      await new Promise((r) => driver.once('exit', r));
    }
  };
  // Like a power cut or a crash: SIGKILL to the app itself, no chance to save anything.
  const kill = async () => {
    const pids = descendants(driver.pid).filter((pid) => comm(pid) === basename(app).slice(0, 15));
    if (pids.length === 0) throw new Error('could not find the app process to kill');
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    killTree();
    driver.kill();
    await new Promise((r) => driver.once('exit', r));
  };
  if (unlock) {
    try {
      await unlockApp(browser);
    } catch (e) {
      await quit();
      throw e;
    }
  }
  return { browser, quit, kill };
}

/** Waits until an element with this text (or matching this selector) is shown. */
export async function see(browser, selector, timeout = 10000) {
  const el = await browser.$(selector);
  await el.waitForDisplayed({ timeout });
  return el;
}

/** Types into the field labelled by the form's field name (the inputs have id field-<name>). */
export async function fill(browser, name, value) {
  const el = await see(browser, `#field-${name.replace(/_/g, '-')}`);
  await el.clearValue();
  await el.setValue(value);
}

/** Clicks the element once it is shown. */
export async function click(browser, selector) {
  // A screen that re-renders just as it is clicked leaves a stale element: find it again.
  for (let attempt = 1; ; attempt++) {
    try {
      const el = await see(browser, selector);
      // WebKitWebDriver does not scroll an element into view before clicking it.
      await el.scrollIntoView({ block: 'center' });
      await el.click();
      return;
    } catch (e) {
      if (attempt >= 3 || !/stale/i.test(String(e))) throw e;
      await browser.pause(100);
    }
  }
}

/** Today plus `days`, as the forms take dates: 23/11/2026. */
export function ukDay(days = 0) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d.toLocaleDateString('en-GB');
}

export async function choose(browser, name, value) {
  const el = await browser.$(`input[name="${name}"][value="${value}"]`);
  await el.click();
}

export async function screenshot(browser, file) {
  // A WebDriver screenshot can lag the page by a frame.
  await browser.pause(300);
  // WebKitWebDriver answers a screenshot after the page's next paint. With compositing off (as the
  // app runs on Linux), a page with nothing changing never paints again, and the request would
  // hang: an empty one-pixel box in the corner (nothing shows) changes its opacity at each frame,
  // which makes WebKit paint, until the screenshot is taken.
  await browser.execute(() => {
    const mark = document.createElement('div');
    mark.id = 'e2e-paint-mark';
    mark.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;pointer-events:none';
    document.body.append(mark);
    let frame = 0;
    const tick = () => {
      if (!mark.isConnected) return;
      mark.style.opacity = frame++ % 2 ? '0.01' : '0.02';
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  try {
    await browser.saveScreenshot(join(artifacts, file));
  } finally {
    await browser.execute(() => document.getElementById('e2e-paint-mark')?.remove());
  }
}
