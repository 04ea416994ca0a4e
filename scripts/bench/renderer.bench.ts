/**
 * Renderer budgets, measured in Chromium against a fresh
 * production build of the web app:
 * - initial JavaScript gzipped: every script a fresh start requests before the home screen
 *   shows (the entry, its preloads, and what boot loads on demand: catalogues, country names),
 * - the demo league's leaderboard visible after navigation,
 * - the leaderboard of 1,000 members × 50 races visible after navigation
 *   (opening the app on it) and after a click on it in the sidebar,
 * - main-thread time per frame while a wheel gesture scrolls that table
 *   (virtualised rows). How each is timed: browser/leaderboard-timing.ts.
 *
 * The large league is written with raw IndexedDB from the test page itself:
 * the production app has no seeding path, and the records match what the app
 * stores (renderer/src/db/records.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { bigLeague, seedIndexedDb } from './browser/big-league';
import {
  percentile,
  scrollFrameCpu,
  scrollFrames,
  timeToLeaderboard,
  timeToLeaderboardByClick,
} from './browser/leaderboard-timing';
import { report } from './report';
import { withBuiltApp } from './web-build';
import { scriptsBeforeFirstScreen } from './initial-js';

const BENCH = 'renderer';

const RUNS = 5;
const SCROLL_RUNS = 3;

/** Gzipped bytes of the entry script and every chunk index.html preloads. */
function initialJsGzip(root: string): { bytes: number; files: string[] } {
  const html = readFileSync(path.join(root, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length,
    0,
  );
  return { bytes, files };
}

const median = (xs: number[]) => percentile(xs, 0.5);

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  return page;
}

/** Times `navigate` RUNS times and reports the median against the 1 s budget. */
async function reportNavigation(
  metric: string,
  navigate: () => Promise<number>,
  note: string,
): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await navigate());
  report({
    bench: BENCH,
    metric,
    value: Math.round(median(times)),
    unit: 'ms',
    budget: 1000,
    kind: 'max',
    note: `${note}; median of ${RUNS}: ${times.map(Math.round).join(', ')}`,
  });
}

async function main() {
  await withBuiltApp('podium-bench-web-', async ({ browser, url, root }) => {
    const js = await scriptsBeforeFirstScreen(browser, url, root);
    const preloaded = initialJsGzip(root);
    report({
      bench: BENCH,
      metric: 'initial JavaScript, gzipped',
      value: Math.round((js.bytes / 1024) * 10) / 10,
      unit: 'KB',
      budget: 200,
      kind: 'max',
      note: `${js.files.length} scripts requested before the home screen shows (entry and preloads alone: ${Math.round((preloaded.bytes / 1024) * 10) / 10} KB): ${js.files.map((f) => path.basename(f)).join(', ')}`,
    });

    const demo = await freshPage(browser, url);
    await demo.getByRole('button', { name: 'Load the demo' }).click();
    await demo.getByRole('heading', { level: 1, name: 'Round' }).waitFor();
    await reportNavigation(
      'demo leaderboard visible after navigation',
      () => timeToLeaderboard(demo, url),
      'a page load onto #/leaderboard',
    );
    await demo.context().close();

    const data = bigLeague(1000);
    const big = await freshPage(browser, url);
    await seedIndexedDb(big, data);
    await reportNavigation(
      'leaderboard visible after navigation, 1,000 members × 50 races',
      () => timeToLeaderboard(big, url),
      `${data.picks.length} picks, 50 results; a page load onto #/leaderboard`,
    );
    const rows = await big.locator('table[aria-label="Season standings"]').getAttribute('aria-rowcount');
    if (rows !== '1001') throw new Error(`expected 1,000 members in the table, aria-rowcount=${rows}`);
    await reportNavigation(
      'leaderboard visible after a click in the sidebar, 1,000 members × 50 races',
      () => timeToLeaderboardByClick(big, url),
      'app open on Home, timed from the click event',
    );
    const scrolls = [];
    for (let i = 0; i < SCROLL_RUNS; i++) {
      await timeToLeaderboard(big, url);
      scrolls.push(await scrollFrames(big));
    }
    const p95s = scrolls.map((s) => percentile(s.work, 0.95));
    const intervals = scrolls.map((s) => percentile(s.intervals, 0.95));
    report({
      bench: BENCH,
      metric: 'scroll frame time p95, 1,000-row standings',
      value: Math.round(median(p95s) * 10) / 10,
      unit: 'ms',
      budget: 16,
      kind: 'max',
      note:
        `main-thread time per frame (scroll handlers, React, style, layout, paint) during a wheel gesture ` +
        `of 7,200 px/s over the whole table, headless Chromium, software rendering; median of ${SCROLL_RUNS} ` +
        `gestures' p95: ${p95s.map((x) => x.toFixed(1)).join(', ')} over ${scrolls.map((s) => s.work.length).join(', ')} frames; ` +
        `frame interval p95 ${intervals.map(Math.round).join(', ')} ms (16.7 ms = no frame dropped)`,
    });
    const cpu: number[] = [];
    for (let i = 0; i < SCROLL_RUNS; i++) {
      await timeToLeaderboard(big, url);
      cpu.push(percentile(await scrollFrameCpu(big), 0.95));
    }
    report({
      bench: BENCH,
      metric: 'scroll frame main-thread CPU time p95, 1,000-row standings',
      value: Math.round(median(cpu) * 10) / 10,
      unit: 'ms',
      budget: 16,
      kind: 'max',
      note:
        `the same gesture traced: thread CPU time of each task that painted a frame (waiting for a core left out, ` +
        `so the figure holds on a busy machine); median of ${SCROLL_RUNS} gestures' p95: ${cpu.map((x) => x.toFixed(1)).join(', ')}`,
    });
    await big.context().close();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
