// Imports are atomic in real Chromium, not only in fake-indexeddb (DESIGN.md §8):
// the browser is killed (SIGKILL) at different moments right after "Import" is
// clicked; after a restart on the same profile the import is there whole (every
// race of the file and its history) or not at all.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS, assert } from './harness.mjs';

const RESULT_TEXT = readFileSync('tests/fixtures/results/2025-r1-london-nations-official.txt', 'utf8');
const RACES_IN_FILE = 3; // qualifying, sprint and Grand Final tables
const DELAYS_MS = [0, 20, 30, 35, 40, 45, 50, 80];

async function launch(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 800 },
  });
}

/** SIGKILLs every Chromium process of this profile: no shutdown, no flush. */
function killProfile(userDataDir) {
  try {
    execFileSync('pkill', ['-KILL', '-f', `user-data-dir=${userDataDir}`], { stdio: 'ignore' });
  } catch {
    // pkill exits 1 when nothing matched: the browser was already gone.
  }
}

/** Reads, through the UI, how many races have a stored result and how many history rows exist. */
async function storedState(page, baseUrl) {
  await page.goto(`${baseUrl}#/results`);
  await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
  await page.waitForTimeout(300); // live queries settle
  const stored = page.getByRole('table', { name: /Stored results/ });
  const history = page.getByRole('table', { name: /Import history/ });
  const races = (await stored.count()) ? (await stored.getByRole('row').count()) - 1 : 0;
  const imports = (await history.count()) ? (await history.getByRole('row').count()) - 1 : 0;
  return { races, imports };
}

async function killDuringImport({ baseUrl }) {
  const outcomes = [];
  for (const delay of DELAYS_MS) {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'podium-atomic-'));
    try {
      let context = await launch(userDataDir);
      let page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${baseUrl}#/results`);
      await page.getByLabel('Paste results text').fill(RESULT_TEXT);
      await page.getByRole('button', { name: 'Preview' }).click();
      const importButton = page.getByRole('button', { name: /^Import \d+ races?/ });
      await importButton.waitFor();
      // Not awaited: the kill may land before, during or after the commit.
      const clicking = importButton.click({ noWaitAfter: true }).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, delay));
      killProfile(userDataDir);
      await clicking;
      await context.close().catch(() => {});

      context = await launch(userDataDir);
      page = context.pages()[0] ?? (await context.newPage());
      const state = await storedState(page, baseUrl);
      await context.close();
      outcomes.push({ delay, ...state });
      const whole = state.races === RACES_IN_FILE && state.imports === RACES_IN_FILE;
      const none = state.races === 0 && state.imports === 0;
      assert(
        whole || none,
        `killed ${delay} ms after Import: ${JSON.stringify(state)} is neither whole nor nothing`,
      );
    } finally {
      killProfile(userDataDir);
      rmSync(userDataDir, { recursive: true, force: true });
    }
  }
  console.log(
    `    kill outcomes: ${outcomes.map((o) => `${o.delay} ms → ${o.races ? 'whole' : 'nothing'}`).join(', ')}`,
  );
}

export const tests = [
  {
    name: 'killing Chromium mid-import leaves the import whole or absent after a restart',
    run: killDuringImport,
  },
];
