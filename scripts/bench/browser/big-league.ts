/**
 * The large league the renderer bench (and its profiler) opens: members on a
 * 10 × 5-race bench season with picks and results, written with raw IndexedDB
 * from the page itself (the production app has no seeding path; the records
 * match what the app stores, renderer/src/db/records.ts).
 */
import type { Page } from 'playwright-core';
import { getBuiltInSeason } from '../../../shared/seasons';
import type { Podium, Race, Round, Season } from '../../../shared/domain/types';
import { seasonToRows } from '../../../renderer/src/db/seasons';
import type { LeagueRecord, MemberRecord, PickRecord, ResultRecord } from '../../../renderer/src/db/records';
import { DEFAULT_RULES } from '../../../shared/scoring';

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

export interface BigLeague {
  seasonRows: ReturnType<typeof seasonToRows>;
  league: LeagueRecord;
  members: MemberRecord[];
  picks: PickRecord[];
  results: ResultRecord[];
}

export function bigLeague(memberCount: number): BigLeague {
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
export async function seedIndexedDb(page: Page, data: BigLeague): Promise<void> {
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
