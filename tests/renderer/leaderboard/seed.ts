/**
 * Seeds the app's singleton database with a small league: four friends on
 * gtws-2025 with picks on Round 1's Grand Final (a tie for third and a
 * joker round) and the real London result. The demo league
 * (createDemoLeagues) is tested in demo-league.test.tsx; this one exists for
 * what the demo cannot show: live locks, a second round, corrections.
 */
import { afterEach } from 'vitest';
import { clock } from '../../../renderer/src/app/clock';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { db } from '../../../renderer/src/db';
import { TABLE_NAMES } from '../../../renderer/src/db/schema';
import type { PickRecord, ResultRecord } from '../../../renderer/src/db/records';
import { DEFAULT_RULES, type ScoringRules } from '../../../shared/scoring';

export const LEAGUE_ID = 'lb-friends';
import { R1_GF, R2_GF, LONDON_ORDER } from '../../shared/scoring/london';

export { R1_GF, R2_GF, LONDON_ORDER };

export function londonResult(order: string[] = LONDON_ORDER): ResultRecord {
  return {
    raceId: R1_GF,
    classification: order.map((driverId, i) => ({ position: i + 1, driverId, status: 'finished' })),
  };
}

export const MEMBERS = [
  { id: 'alice', name: 'Alice' },
  { id: 'bob', name: 'Bob' },
  { id: 'carol', name: 'Carol' },
  { id: 'dan', name: 'Dan' },
];

/**
 * Classic: Alice perfect (11) on her joker round = 22; Dan two exact = 6;
 * Bob and Carol 2 each with nothing else: tied on every tie-break.
 */
export const R1_PICKS: Record<string, [string, string, string]> = {
  alice: ['jose-serrano', 'pol-urra', 'valerio-gallo'],
  bob: ['pol-urra', 'jose-serrano', 'takuma-sasaki'],
  carol: ['valerio-gallo', 'takuma-sasaki', 'jose-serrano'],
  dan: ['jose-serrano', 'takuma-sasaki', 'valerio-gallo'],
};

const realNow = clock.now;
afterEach(() => {
  clock.now = realNow;
});

export function setNow(iso: string): void {
  const ms = Date.parse(iso);
  clock.now = () => ms;
}

export async function resetDatabase(): Promise<void> {
  if (!db.isOpen()) await db.open();
  await db.transaction('rw', TABLE_NAMES, async () => {
    for (const name of TABLE_NAMES) await db.table(name).clear();
  });
  await seedBuiltInSeasons(db);
}

export interface SeedOptions {
  rules?: Partial<ScoringRules>;
  replay?: boolean;
  /** Skip the London result ("no results yet"). */
  withResult?: boolean;
  extraPicks?: PickRecord[];
  activeMemberId?: string;
}

/** Writes the league through Dexie and makes it the active one. */
export async function seedFriendsLeague(options: SeedOptions = {}): Promise<void> {
  await resetDatabase();
  const rules: ScoringRules = { ...DEFAULT_RULES, joker: true, ...options.rules };
  const replay = options.replay ?? true;
  await db.leagues.put({
    id: LEAGUE_ID,
    name: 'Sunday Sofa GP',
    seasonId: 'gtws-2025',
    rules,
    createdAt: '2025-05-01T10:00:00Z',
    replay,
  });
  await db.members.bulkPut(
    MEMBERS.map((m, i) => ({ ...m, leagueId: LEAGUE_ID, createdAt: `2025-05-01T10:0${i}:00Z` })),
  );
  const picks: PickRecord[] = Object.entries(R1_PICKS).map(([memberId, podium]) => ({
    leagueId: LEAGUE_ID,
    memberId,
    raceId: R1_GF,
    podium,
    madeAt: '2025-06-06T20:00:00Z',
    ...(memberId === 'alice' ? { joker: true } : {}),
  }));
  // Each pick is written at the moment it claims to be made, so the database's lock guard
  // sees what it would have seen live.
  const now = clock.now;
  try {
    for (const pick of [...picks, ...(options.extraPicks ?? [])]) {
      clock.now = () => Date.parse(pick.madeAt);
      await db.picks.put(pick);
    }
  } finally {
    clock.now = now;
  }
  if (options.withResult !== false) await db.results.put(londonResult());
  await db.settings.bulkPut([
    { key: 'activeLeagueId', value: LEAGUE_ID },
    { key: 'activeMemberId', value: options.activeMemberId ?? 'alice' },
    // This computer is Alice's: she is YOU, whoever is picking.
    { key: `owner:${LEAGUE_ID}`, value: 'alice' },
  ]);
}
