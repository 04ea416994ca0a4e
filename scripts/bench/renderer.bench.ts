/**
 * Renderer budgets, measured in Chromium against a fresh
 * production build of the web app:
 * - initial JavaScript gzipped (the entry chunk and what index.html preloads),
 * - the demo league's leaderboard visible after navigation,
 * - the leaderboard of 1,000 members × 50 races visible after navigation,
 * - frame times while scrolling that table (virtualised rows).
 *
 * The large league is written with raw IndexedDB from the test page itself:
 * the production app has no seeding path, and the records match what the app
 * stores (renderer/src/db/records.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { getBuiltInSeason } from '../../shared/seasons';
import type { Podium, Race, Round, Season } from '../../shared/domain/types';
import { seasonToRows } from '../../renderer/src/db/seasons';
import type { LeagueRecord, MemberRecord, PickRecord, ResultRecord } from '../../renderer/src/db/records';
import { DEFAULT_RULES } from '../../shared/scoring';
import { report } from './report';
import { withBuiltApp } from './web-build';

const BENCH = 'renderer';

const RUNS = 5;

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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Navigates to the leaderboard and returns the page's own clock (ms since
 * navigation start) at the first animation frame where the standings table
 * shows a member row.
 */
async function timeToLeaderboard(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`${url}#/leaderboard`);
  const handle = await page.waitForFunction(
    () => {
      const cell = document.querySelector('table[aria-label="Season standings"] tbody th');
      return cell && cell.getBoundingClientRect().height > 0 ? performance.now() : null;
    },
    null,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  return page;
}

/** A deterministic PRNG so every run seeds the same league. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 10 rounds × 5 pickable races on the 2025 entry list. */
function benchSeason(): Season {
  const base = getBuiltInSeason('gtws-2025')!;
  const sessions = ['sprint', 'race1', 'race2', 'race3', 'gf'] as const;
  const rounds: Round[] = Array.from({ length: 10 }, (_, k) => {
    const id = `bench-r${k + 1}`;
    const date = new Date(Date.UTC(2025, 0, 10 + k * 14)).toISOString().slice(0, 10);
    const races: Race[] = sessions.map((session, i) => ({
      id: `${id}-nations-${session}`,
      roundId: id,
      cup: 'nations',
      session,
      name: session === 'gf' ? 'Grand Final' : session === 'sprint' ? 'Sprint' : `Race ${session.slice(-1)}`,
      track: 'Bench Circuit',
      car: 'Bench car',
      laps: 10,
      startsAt: `${date}T${String(12 + i).padStart(2, '0')}:00:00.000Z`,
      pointsTable: [6, 5, 4, 3, 2, 1],
      pickable: true,
    }));
    return {
      id,
      seasonId: 'bench',
      number: k + 1,
      name: `Round ${k + 1} – Bench`,
      venue: 'Bench',
      city: 'Bench',
      date,
      timeZone: 'UTC',
      races,
    };
  });
  return { ...base, id: 'bench', name: 'Bench season', year: 2025, rounds };
}

interface BigLeague {
  seasonRows: ReturnType<typeof seasonToRows>;
  league: LeagueRecord;
  members: MemberRecord[];
  picks: PickRecord[];
  results: ResultRecord[];
}

function bigLeague(memberCount: number): BigLeague {
  const season = benchSeason();
  const drivers = season.entryLists.nations;
  const random = mulberry32(2025);
  const races = season.rounds.flatMap((round) => round.races);
  const leagueId = 'bench-league';
  const members: MemberRecord[] = Array.from({ length: memberCount }, (_, i) => ({
    leagueId,
    id: `member-${i}`,
    name: `Member ${String(i + 1).padStart(4, '0')}`,
    createdAt: new Date(Date.UTC(2024, 11, 1, 0, 0, i)).toISOString(),
  }));
  const threeOf = (): Podium => {
    const pool = [...drivers];
    const pick = () => pool.splice(Math.floor(random() * pool.length), 1)[0]!;
    return [pick(), pick(), pick()];
  };
  const picks: PickRecord[] = [];
  for (const member of members) {
    const jokerRound = season.rounds[Math.floor(random() * season.rounds.length)]!.id;
    for (const race of races) {
      // About one race in twenty missed, as in a real league.
      if (random() < 0.05) continue;
      picks.push({
        leagueId,
        memberId: member.id,
        raceId: race.id,
        podium: threeOf(),
        madeAt: new Date(Date.parse(race.startsAt) - 86_400_000).toISOString(),
        ...(race.roundId === jokerRound ? { joker: true } : {}),
      });
    }
  }
  const results: ResultRecord[] = races.map((race) => {
    const order = [...drivers].sort(() => random() - 0.5);
    return {
      raceId: race.id,
      classification: order.map((driverId, i) => ({ position: i + 1, driverId, status: 'finished' })),
    };
  });
  return {
    seasonRows: seasonToRows(season, false),
    league: {
      id: leagueId,
      name: 'Bench league',
      seasonId: season.id,
      rules: { ...DEFAULT_RULES, joker: true },
      createdAt: '2024-12-01T00:00:00.000Z',
    },
    members,
    picks,
    results,
  };
}

/** Writes the league in one IndexedDB transaction, in the app's own database (already created by the app). */
async function seedIndexedDb(page: Page, data: BigLeague): Promise<void> {
  await page.evaluate(async (d) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('podium-league');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = [
      'seasons',
      'rounds',
      'races',
      'drivers',
      'leagues',
      'members',
      'picks',
      'results',
      'settings',
    ];
    const tx = db.transaction(stores, 'readwrite');
    const put = (store: string, rows: unknown[]) => rows.forEach((row) => tx.objectStore(store).put(row));
    put('seasons', [d.seasonRows.season]);
    put('rounds', d.seasonRows.rounds);
    put('races', d.seasonRows.races);
    put('drivers', d.seasonRows.drivers);
    put('leagues', [d.league]);
    put('members', d.members);
    put('picks', d.picks);
    put('results', d.results);
    put('settings', [
      { key: 'activeLeagueId', value: d.league.id },
      { key: 'activeMemberId', value: d.members[0]!.id },
    ]);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, data);
}

/** 95th percentile of frame intervals while the standings scroll box scrolls top to bottom. */
async function scrollFrameP95(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const box = document.querySelector<HTMLElement>('[aria-label="Season standings (scrollable)"]');
    if (!box) throw new Error('the standings table is not virtualised');
    const frames: number[] = [];
    let last = performance.now();
    while (box.scrollTop + box.clientHeight < box.scrollHeight - 1) {
      box.scrollTop += 120;
      await new Promise(requestAnimationFrame);
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    frames.sort((a, b) => a - b);
    return frames[Math.floor(frames.length * 0.95)] ?? 0;
  });
}

async function main() {
  await withBuiltApp('podium-bench-web-', async ({ browser, url, root }) => {
    const js = initialJsGzip(root);
    report({
      bench: BENCH,
      metric: 'initial JavaScript, gzipped',
      value: Math.round((js.bytes / 1024) * 10) / 10,
      unit: 'KB',
      budget: 200,
      kind: 'max',
      note: js.files.map((f) => path.basename(f)).join(', '),
    });

    const demo = await freshPage(browser, url);
    await demo.getByRole('button', { name: 'Load the demo' }).click();
    await demo.getByRole('heading', { level: 1, name: 'Round' }).waitFor();
    const demoTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) demoTimes.push(await timeToLeaderboard(demo, url));
    report({
      bench: BENCH,
      metric: 'demo leaderboard visible after navigation',
      value: Math.round(median(demoTimes)),
      unit: 'ms',
      budget: 1000,
      kind: 'max',
      note: `median of ${RUNS} navigations: ${demoTimes.map(Math.round).join(', ')}`,
    });
    await demo.context().close();

    const data = bigLeague(1000);
    const big = await freshPage(browser, url);
    await seedIndexedDb(big, data);
    const bigTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) bigTimes.push(await timeToLeaderboard(big, url));
    const rows = await big.locator('table[aria-label="Season standings"]').getAttribute('aria-rowcount');
    if (rows !== '1001') throw new Error(`expected 1,000 members in the table, aria-rowcount=${rows}`);
    report({
      bench: BENCH,
      metric: 'leaderboard visible after navigation, 1,000 members × 50 races',
      value: Math.round(median(bigTimes)),
      unit: 'ms',
      budget: 1000,
      kind: 'max',
      note: `${data.picks.length} picks, 50 results; median of ${RUNS}: ${bigTimes.map(Math.round).join(', ')}`,
    });
    report({
      bench: BENCH,
      metric: 'scroll frame time p95, 1,000-row standings',
      value: Math.round(await scrollFrameP95(big)),
      unit: 'ms',
      budget: 16,
      kind: 'max',
      note: 'headless Chromium, software rendering; 120 px (one wheel notch) per frame, top to bottom',
    });
    await big.context().close();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
