// Imports are atomic in real Chromium, not only in fake-indexeddb: the browser
// is SIGKILLed at chosen moments of an import's IndexedDB transaction, then
// restarted on the same profile, and the stored state must be the whole import
// or nothing. The moments are observed, not guessed with delays: a script in
// the page reports each write of the import transaction and its `complete`
// event, and holds the page at the chosen write so the kill lands there.
//   - killed after write k of n (k = 1, middle, n: every write issued, none committed) → nothing;
//   - killed right after `complete` (the commit is confirmed) → the whole import.
// A run where the import never writes or never commits fails: the test waits
// for those moments and times out without them.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS, assert, assertEqual } from './harness.mjs';

const RESULT_TEXT = readFileSync('tests/fixtures/results/2025-r1-london-nations-official.txt', 'utf8');
const RACES_IN_FILE = 3; // qualifying, sprint and Grand Final tables
/**
 * Results the app stores at start-up: the official results shipped with the
 * built-in seasons. The London races of the file are among them, so the import
 * replaces three of them and the count of stored results does not move.
 */
const BUILT_IN_RESULTS = ['2024', '2025', '2026']
  .map((year) => JSON.parse(readFileSync(`shared/seasons/data/gtws-${year}.season.json`, 'utf8')))
  .reduce((sum, file) => sum + (file.season.results?.length ?? 0), 0);
const DB_NAME = 'podium-league';
const MOMENT_TIMEOUT_MS = 30_000;

/**
 * Runs in the page before the app: wraps IndexedDB so the import transaction
 * (read-write over `results` and `imports`) reports its writes and its commit
 * through the `podiumMoment` binding. When `__podiumHoldAtWrite` is k, the page
 * stops at write k with the request issued and the transaction unable to
 * commit (its thread never returns to the event loop) until the kill.
 */
function observeImportTransaction() {
  const { IDBDatabase, IDBObjectStore } = globalThis;
  const transaction = IDBDatabase.prototype.transaction;
  const watched = new WeakSet();
  let writes = 0;
  IDBDatabase.prototype.transaction = function (names, mode, options) {
    const tx = transaction.call(this, names, mode, options);
    const stores = typeof names === 'string' ? [names] : Array.from(names);
    if (mode === 'readwrite' && stores.includes('results') && stores.includes('imports')) {
      watched.add(tx);
      writes = 0;
      tx.addEventListener('complete', () => globalThis.podiumMoment({ kind: 'committed', writes }));
    }
    return tx;
  };
  for (const method of ['put', 'add']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      const request = original.apply(this, args);
      if (watched.has(this.transaction)) {
        writes++;
        if (globalThis.__podiumHoldAtWrite === writes) {
          globalThis.podiumMoment({ kind: 'holding', writes });
          const until = Date.now() + 60_000;
          while (Date.now() < until) {
            // Busy on purpose: the transaction cannot commit while this task runs.
          }
        }
      }
      return request;
    };
  }
}

/** A Chromium of our own on `userDataDir`, in its own process group so that one signal kills all of it. */
async function launch(userDataDir) {
  const executablePath = await findChromium();
  const child = spawn(
    executablePath,
    [...CHROMIUM_ARGS, `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const wsEndpoint = await new Promise((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening:\n${text}`)));
  });
  const browser = await chromium.connectOverCDP(wsEndpoint);
  const context = browser.contexts()[0];
  return {
    browser,
    context,
    /** SIGKILL to the whole process group: no shutdown, no flush. Resolves when the browser is gone. */
    async kill() {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      await exited;
      await browser.close().catch(() => {});
    },
  };
}

/** Counts, straight from IndexedDB, what an import leaves behind. */
async function storedState(context, baseUrl) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}#/results`);
  await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = globalThis.indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['results', 'imports'], 'readonly');
          const races = tx.objectStore('results').count();
          const imports = tx.objectStore('imports').count();
          tx.oncomplete = () => {
            db.close();
            resolve({ races: races.result, imports: imports.result });
          };
        };
      }),
    DB_NAME,
  );
}

/**
 * Imports the file on a fresh profile and SIGKILLs the browser at `moment`:
 * `{ holdAtWrite: k }` or `'committed'`. Returns what the transaction had done
 * and what a restart finds.
 */
async function importAndKill(baseUrl, moment) {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'podium-atomic-'));
  let run = await launch(userDataDir);
  try {
    let reached;
    const seen = new Promise((resolve) => {
      reached = resolve;
    });
    await run.context.exposeBinding('podiumMoment', (_source, event) => {
      if (event.kind === 'holding' || (event.kind === 'committed' && moment === 'committed')) reached(event);
    });
    await run.context.addInitScript(observeImportTransaction);
    const page = await run.context.newPage();
    await page.goto(`${baseUrl}#/results`);
    await page.getByLabel('Paste results text').fill(RESULT_TEXT);
    await page.getByRole('button', { name: 'Preview' }).click();
    const importButton = page.getByRole('button', { name: /^Import \d+ races?/ });
    await importButton.waitFor();
    if (moment !== 'committed') {
      await page.evaluate((k) => {
        globalThis.__podiumHoldAtWrite = k;
      }, moment.holdAtWrite);
    }
    // Not awaited: with a held page the click's own bookkeeping may never finish.
    importButton.click({ noWaitAfter: true }).catch(() => {});
    const event = await Promise.race([
      seen,
      new Promise((_, reject) =>
        setTimeout(
          () => reject(new Error(`the import never reached ${JSON.stringify(moment)}`)),
          MOMENT_TIMEOUT_MS,
        ),
      ),
    ]);
    await run.kill();

    run = await launch(userDataDir);
    const state = await storedState(run.context, baseUrl);
    return { event, state };
  } finally {
    await run.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function killAroundTheCommit({ baseUrl }) {
  const whole = { races: BUILT_IN_RESULTS, imports: RACES_IN_FILE };
  const nothing = { races: BUILT_IN_RESULTS, imports: 0 };

  // After the confirmed commit: the import must survive the kill, whole.
  const after = await importAndKill(baseUrl, 'committed');
  assertEqual(after.state, whole, 'killed right after the commit was confirmed');
  const writes = after.event.writes;
  assert(
    writes >= 2 * RACES_IN_FILE,
    `the import wrote ${writes} records, expected a result and a history row per race`,
  );

  // Before it: at the first write, in the middle, and with every write issued.
  const holds = [...new Set([1, Math.ceil(writes / 2), writes])];
  for (const k of holds) {
    const before = await importAndKill(baseUrl, { holdAtWrite: k });
    assertEqual(before.event, { kind: 'holding', writes: k }, `held at write ${k}`);
    assertEqual(before.state, nothing, `killed after write ${k} of ${writes}, before the commit`);
  }
  console.log(
    `    kill outcomes: after commit → whole; after write ${holds.join(', ')} of ${writes} → nothing`,
  );
}

export const tests = [
  {
    name: 'killing Chromium mid-import leaves nothing, killing it after the commit leaves the whole import',
    run: killAroundTheCommit,
  },
];
