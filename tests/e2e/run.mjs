// Runs every tests/e2e/*.e2e.mjs against the built web app (dist-web).
// Each module exports `tests`: [{ name, run({ browser, baseUrl }) }].
// Writes test-results/e2e-summary.json and prints "e2e: N passed, N failed".
import { readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { findChromium, CHROMIUM_ARGS, RESULTS_DIR } from './harness.mjs';

const filter = process.argv[2];
const executablePath = await findChromium();
mkdirSync(RESULTS_DIR, { recursive: true });
const summaryPath = path.join(RESULTS_DIR, 'e2e-summary.json');

if (!executablePath) {
  console.error(
    'No Chromium found for the end-to-end tests, and the one in @sparticuz/chromium could not be unpacked.\n' +
      'Run `npm ci` (it installs that package), install one (Debian/Ubuntu: sudo apt-get install -y chromium)\n' +
      'or set CHROMIUM_PATH=/path/to/chrome.',
  );
  writeFileSync(summaryPath, JSON.stringify({ passed: 0, failed: 1, error: 'no chromium' }));
  process.exit(1);
}
console.log(`e2e browser: ${executablePath}`);
if (!existsSync('dist-web/index.html')) {
  console.error('dist-web/ is missing: run `npm run build:web` first (npm run test:e2e does).');
  process.exit(1);
}

const server = await preview({
  configFile: 'vite.web.config.mts',
  preview: { host: '127.0.0.1', port: 0 },
  logLevel: 'warn',
});
const baseUrl = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });

const dir = path.resolve('tests/e2e');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.mjs'))
  .sort();
const outcomes = [];
for (const file of files) {
  const mod = await import(pathToFileURL(path.join(dir, file)).href);
  for (const test of mod.tests) {
    const fullName = `${file.replace('.e2e.mjs', '')} › ${test.name}`;
    if (filter && !fullName.includes(filter)) continue;
    const start = Date.now();
    try {
      await test.run({ browser, baseUrl });
      outcomes.push({ name: fullName, ok: true, ms: Date.now() - start });
      console.log(`  ✓ ${fullName} (${Date.now() - start} ms)`);
    } catch (error) {
      outcomes.push({
        name: fullName,
        ok: false,
        ms: Date.now() - start,
        error: String(error?.stack ?? error),
      });
      console.log(
        `  ✗ ${fullName}\n    ${String(error?.message ?? error)
          .split('\n')
          .join('\n    ')}`,
      );
    }
  }
}
await browser.close();
await new Promise((resolve) => server.httpServer.close(resolve));

const passed = outcomes.filter((o) => o.ok).length;
const failed = outcomes.length - passed;
writeFileSync(summaryPath, JSON.stringify({ passed, failed, outcomes }, null, 2));
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
