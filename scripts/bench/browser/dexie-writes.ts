/**
 * Runs in Chromium (bundled by scripts/bench/dexie.bench.ts): times writing
 * 100,000 picks in one Dexie transaction through the app's own schema and
 * lock-guard middleware, against raw IndexedDB doing the same writes into a
 * store with the same primary key and secondary indexes (read from the app's
 * schema, so the two cannot drift apart).
 */
import { createDatabase, CURRENT_SCHEMA } from '../../../renderer/src/db/schema';
import { allowLockedPickWrites } from '../../../renderer/src/db/lock-guard';
import type { PickRecord } from '../../../renderer/src/db/records';

const COUNT = 100_000;
const RACES = 50;

function picks(leagueId: string): PickRecord[] {
  const out: PickRecord[] = [];
  for (let i = 0; i < COUNT; i++) {
    out.push({
      leagueId,
      memberId: `m${Math.floor(i / RACES)}`,
      raceId: `race-${i % RACES}`,
      podium: ['a', 'b', 'c'],
      madeAt: '2030-01-01T00:00:00.000Z',
    });
  }
  return out;
}

async function seeded(name: string) {
  const db = createDatabase(name);
  await db.open();
  await db.leagues.put({
    id: 'bench',
    name: 'Bench',
    seasonId: 's',
    rules: { preset: 'classic', joker: false, uniqueBonus: false, dropWorst: 0, missedRace: 'zero' },
    createdAt: '2030-01-01T00:00:00.000Z',
  });
  const races = Array.from({ length: RACES }, (_, i) => ({
    id: `race-${i}`,
    roundId: 'r',
    seasonId: 's',
    cup: 'nations' as const,
    session: 'gf' as const,
    name: `Race ${i}`,
    track: '',
    car: '',
    laps: null,
    startsAt: '2099-01-01T00:00:00.000Z',
    pointsTable: [6, 5, 4, 3, 2, 1],
    pickable: true,
    order: i,
  }));
  await db.races.bulkPut(races);
  return db;
}

async function timeDexie(guarded: boolean): Promise<number> {
  const db = await seeded(`bench-${guarded}-${Math.random()}`);
  const rows = picks('bench');
  const start = performance.now();
  await db.transaction('rw', db.picks, db.races, db.leagues, async () => {
    if (!guarded) allowLockedPickWrites();
    await db.picks.bulkPut(rows);
  });
  const ms = performance.now() - start;
  db.close();
  return ms;
}

/** A Dexie key path (`a`, `[a+b]`) as IndexedDB takes it. */
const keyPathOf = (spec: string): string | string[] =>
  spec.startsWith('[') ? spec.slice(1, -1).split('+') : spec;

function timeRaw(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(`raw-${Math.random()}`, 1);
    open.onupgradeneeded = () => {
      const [primary, ...indexes] = CURRENT_SCHEMA.picks.split(',').map((spec) => spec.trim());
      const store = open.result.createObjectStore('picks', { keyPath: keyPathOf(primary!) });
      for (const index of indexes) store.createIndex(index, keyPathOf(index));
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const rows = picks('bench');
      const start = performance.now();
      const tx = open.result.transaction('picks', 'readwrite', { durability: 'relaxed' });
      const store = tx.objectStore('picks');
      for (const row of rows) store.put(row);
      tx.oncomplete = () => resolve(performance.now() - start);
      tx.onerror = () => reject(tx.error);
    };
  });
}

declare global {
  interface Window {
    runDexieBench(): Promise<{ guarded: number; exempt: number; raw: number }>;
  }
}

/** Three rounds in alternating order; the median of each. */
window.runDexieBench = async () => {
  const runs = { raw: [] as number[], exempt: [] as number[], guarded: [] as number[] };
  const steps: [keyof typeof runs, () => Promise<number>][] = [
    ['raw', timeRaw],
    ['exempt', () => timeDexie(false)],
    ['guarded', () => timeDexie(true)],
  ];
  for (let round = 0; round < 3; round++) {
    for (const [name, run] of round % 2 === 0 ? steps : [...steps].reverse()) runs[name].push(await run());
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
  return { raw: median(runs.raw), exempt: median(runs.exempt), guarded: median(runs.guarded) };
};
