// Minimal end-to-end harness: Playwright (playwright-core) driving an installed
// or packaged Chromium against the built renderer (dist-web) served on 127.0.0.1.
// Every test gets a fresh browser context (its own storage = a fresh profile)
// and fails on any console error or uncaught page error.
import { existsSync, readdirSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const RESULTS_DIR = path.resolve('test-results');

/** Installed browsers, in order of preference: $CHROMIUM_PATH, the system's, then Playwright's. */
export function localChromiumCandidates(env = process.env) {
  const candidates = [env.CHROMIUM_PATH];
  // Only to check the packaged fallback on a machine that has a browser installed.
  if (env.PODIUM_E2E_PACKAGED_CHROMIUM === '1') return candidates;
  candidates.push('/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome');
  const cache = path.join(homedir(), '.cache', 'ms-playwright');
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache)
      .filter((d) => d.startsWith('chromium'))
      .sort()
      .reverse()) {
      candidates.push(
        path.join(cache, dir, 'chrome-linux', 'chrome'),
        path.join(cache, dir, 'chrome-linux64', 'chrome'),
      );
    }
  }
  return candidates;
}

/**
 * The Chromium that ships inside the `@sparticuz/chromium` dev dependency,
 * unpacked to the temporary folder on first use. Resolved from the project
 * (not bundled) because its compressed browser sits next to its code.
 */
export async function packagedChromium() {
  const entry = createRequire(path.resolve('package.json')).resolve('@sparticuz/chromium');
  const { default: chromium } = await import(pathToFileURL(entry).href);
  return chromium.executablePath();
}

/**
 * Finds a Chromium: an installed one (see {@link localChromiumCandidates}),
 * else the packaged one, so a fresh clone needs no system browser. Null when
 * neither is available. The dependencies are injectable for the lookup-order test.
 */
export async function findChromium({
  env = process.env,
  exists = existsSync,
  packaged = packagedChromium,
} = {}) {
  const local = localChromiumCandidates(env).find((c) => c && exists(c));
  if (local) return local;
  try {
    const unpacked = await packaged();
    return unpacked && exists(unpacked) ? unpacked : null;
  } catch (error) {
    console.error(`No packaged Chromium: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * A page whose console errors (and, with `warnings`, console warnings) are collected;
 * `assertClean()` throws if there were any. `locale` sets the browser's language
 * (navigator.languages), which the app follows on first start.
 */
export async function openPage(
  browser,
  baseUrl,
  { viewport = { width: 1280, height: 800 }, warnings = false, locale } = {},
) {
  const context = await browser.newContext({
    viewport,
    acceptDownloads: true,
    ...(locale ? { locale } : {}),
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || (warnings && msg.type() === 'warning'))
      errors.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  return {
    page,
    context,
    errors,
    async goto(hashPath = '/') {
      await page.goto(`${baseUrl}#${hashPath}`);
    },
    assertClean() {
      if (errors.length) throw new Error(`Console errors:\n${errors.join('\n')}`);
    },
    async screenshot(name) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      await page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`), fullPage: false });
    },
    close: () => context.close(),
  };
}

/**
 * Runs `steps(app)` on a new page (see {@link openPage}) and fails if it printed a console
 * error; on failure saves a screenshot named `failureShot` when given; always closes the page.
 */
export async function inPage(browser, baseUrl, { failureShot, ...options }, steps) {
  const app = await openPage(browser, baseUrl, options);
  try {
    await steps(app);
    app.assertClean();
  } catch (error) {
    if (failureShot) await app.screenshot(failureShot).catch(() => {});
    throw error;
  } finally {
    await app.close();
  }
}

/** Saves a screenshot for the documentation (docs/screenshots/<name>.png). */
export async function docShot(page, name) {
  const dir = path.resolve('docs/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false });
}

/**
 * Lets the app's toasts expire and waits until none is shown (say, before a
 * screenshot). Time passes on the page's fake clock, so the page must have
 * called `page.clock.install()` before the toasts appeared; nothing sleeps.
 */
export async function letToastsFade(page) {
  // Longer than the longest toast (an error stays 9 s).
  await page.clock.runFor(10_000);
  await page.waitForFunction(() => globalThis.document.querySelector('.toast-region .toast') === null);
}

export function assertEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
