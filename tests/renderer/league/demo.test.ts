import { describe, expect, it } from 'vitest';
import { BUILT_IN_SEASONS } from '../../../shared/seasons';
import { createDatabase } from '../../../renderer/src/db/schema';
import { createDemoLeagues, removeDemo, DEMO_SOURCE_NAME } from '../../../renderer/src/demo/demo';
import { readSeason } from '../../../renderer/src/db/seasons';
import { computeStandings } from '../../../shared/scoring';

async function demoDb() {
  const db = createDatabase(`demo-test-${Math.random()}`);
  await db.open();
  const ids = await createDemoLeagues(db);
  return { db, ids };
}

describe('demo leagues', { timeout: 20_000 }, () => {
  it('creates two replay leagues of four friends with the real 2025 R1 result', async () => {
    const { db, ids } = await demoDb();
    expect(ids).toEqual(['demo-2025-london', 'demo-2024-world-finals']);
    expect(await db.leagues.filter((l) => l.replay === true).count()).toBe(2);
    expect(await db.members.where('leagueId').equals(ids[0]!).count()).toBe(4);
    expect(await db.picks.where('leagueId').equals(ids[1]!).count()).toBe(12);
    const gf = await db.results.get('gtws-2025-r1-nations-gf');
    expect(gf?.classification.slice(0, 3).map((r) => r.driverId)).toEqual([
      'jose-serrano',
      'pol-urra',
      'valerio-gallo',
    ]);
    expect(gf?.source?.fileName).toBe(DEMO_SOURCE_NAME);
    expect(gf?.source?.sha256).toMatch(/^[0-9a-f]{64}$/);
    // No 2024 result is invented.
    expect(await db.results.where('raceId').startsWith('gtws-2024').count()).toBe(0);
    expect((await db.settings.get('activeLeagueId'))?.value).toBe('demo-2025-london');
    // Idempotent.
    await createDemoLeagues(db);
    expect(await db.picks.count()).toBe(16);
  });

  it('makes a leaderboard with a joker round and a tie', async () => {
    const { db, ids } = await demoDb();
    const league = (await db.leagues.get(ids[0]!))!;
    const season = (await readSeason(db, league.seasonId))!;
    const standings = computeStandings({
      season,
      members: await db.members.where('leagueId').equals(league.id).sortBy('createdAt'),
      picks: await db.picks.where('leagueId').equals(league.id).toArray(),
      results: await db.results.toArray(),
      rules: league.rules,
      ignoreLocks: true,
    });
    expect(standings.rows.map((r) => [r.rank, r.memberId, r.points])).toEqual([
      [1, 'bea', 10],
      [2, 'alex', 6],
      [3, 'chris', 5],
      [3, 'dana', 5],
    ]);
    expect(standings.rows[0]!.jokerRoundId).toBe('gtws-2025-r1');
  });

  it('removes exactly the demo: leagues, members, picks and its own result imports', async () => {
    const { db } = await demoDb();
    await removeDemo(db);
    expect(await db.leagues.count()).toBe(0);
    expect(await db.members.count()).toBe(0);
    expect(await db.picks.count()).toBe(0);
    expect(await db.pickHistory.count()).toBe(0);
    expect(await db.results.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
    // The built-in seasons stay.
    expect(await db.seasons.count()).toBe(BUILT_IN_SEASONS.length);
  });
});
