/**
 * Dexie budget: writing 100,000 picks in one transaction takes
 * ≤ 5 s in Chromium. Measured through the app's schema and its lock guard
 * (every pick checked against its race), and with the guard's exemption used by
 * restores and slip imports; baseline: raw IndexedDB puts in one transaction.
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PlaywrightCore from 'playwright-core';
import type * as Esbuild from 'esbuild';
import { findChromium, CHROMIUM_ARGS } from '../../tests/e2e/harness.mjs';
import { report } from './report';

// The bench runs bundled from a temporary folder: resolve tools from the project.
const projectRequire = createRequire(path.resolve('package.json'));
const { chromium } = projectRequire('playwright-core') as typeof PlaywrightCore;
const { build } = projectRequire('esbuild') as typeof Esbuild;

async function main() {
  const executablePath = await findChromium();
  if (!executablePath) {
    console.error('dexie bench: no Chromium found (installed, CHROMIUM_PATH or @sparticuz/chromium)');
    process.exitCode = 1;
    return;
  }
  const bundle = await build({
    entryPoints: ['scripts/bench/browser/dexie-writes.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  });
  const script = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><script src="/bench.js"></script>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const times = await page.evaluate(() => window.runDexieBench());
    const note =
      '100,000 picks, one bulkPut in one rw transaction; medians of 3 alternating rounds; wall time in Chromium';
    const baselineIs = 'raw IndexedDB puts into a store with the same key and indexes';
    const figures: [string, number][] = [
      ['write 100,000 picks in one transaction (restore/slip path)', times.exempt],
      ['write 100,000 picks in one transaction, each checked by the lock guard', times.guarded],
    ];
    for (const [metric, value] of figures)
      report({
        bench: 'dexie',
        metric,
        value: Math.round(value),
        unit: 'ms',
        budget: 5000,
        kind: 'max',
        baseline: Math.round(times.raw),
        baselineIs,
        note,
      });
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
