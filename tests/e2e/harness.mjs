// Minimal end-to-end harness: Playwright (playwright-core) driving a system
// Chromium against the built renderer (dist-web) served on 127.0.0.1.
// Every test gets a fresh browser context (its own storage = a fresh profile)
// and fails on any console error or uncaught page error.
import { existsSync, readdirSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export const RESULTS_DIR = path.resolve('test-results');

/** Finds a Chromium: $CHROMIUM_PATH, Debian's /usr/bin/chromium, or a Playwright-installed browser. */
export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
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
  return candidates.find((c) => c && existsSync(c)) ?? null;
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

/** A page whose console errors are collected; `assertClean()` throws if there were any. */
export async function openPage(browser, baseUrl, { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
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

export function assertEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
