/**
 * Picks on a Manufacturers Cup race go through the same data layer as any
 * pick: entry list check, lock, history and undo, joker, hidden picks, slips,
 * and the standings with their per-cup split. Nothing there knows whether an
 * entry is a driver or a team.
 */
import { describe, expect, it } from 'vitest';
import {
  LockedRaceError,
  readPickHistory,
  savePick,
  setJoker,
  undoLastChange,
} from '../../../renderer/src/db/picks';
import { buildSlip, importSlip, previewSlip } from '../../../renderer/src/sharing/slip-io';
import { othersVisible } from '../../../renderer/src/screens/round/visibility';
import { readLeagueData } from '../../../renderer/src/hooks/useLeagueData';
import { deriveStandings } from '../../../renderer/src/hooks/useStandings';
import { CSV_BOM, standingsCsv } from '../../../renderer/src/lib/standings-export';
import { csvHeaders } from '../../../renderer/src/lib/export-words';
import { i18n } from '../../../renderer/src/i18n/setup';
import { createDatabase } from '../../../renderer/src/db/schema';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { AFTER_R1, BEFORE_R1, freshLeague, setNow } from '../picks/helpers';
import { MANUFACTURERS_GF, NATIONS_GF, storeSeasonWithTeams } from './team-season';
import type { ResultRecord } from '../../../renderer/src/db/records';

const BOTH = { cups: ['nations', 'manufacturers'] as ('nations' | 'manufacturers')[] };

async function teamLeague(rules: Record<string, unknown> = {}) {
  const { db, leagueId } = await freshLeague({ rules: { ...BOTH, ...rules } });
  await storeSeasonWithTeams(db);
  return { db, leagueId };
}

const result = (raceId: string, order: string[]): ResultRecord => ({
  raceId,
  classification: order.map((driverId, i) => ({ position: i + 1, driverId, status: 'finished' })),
});

describe('picks on a Manufacturers Cup race', { timeout: 20_000 }, () => {
  it('name three teams of the entry list, keep a history, undo, and lock at the start', async () => {
    const { db, leagueId } = await teamLeague();
    const key = { leagueId, memberId: 'alex', raceId: MANUFACTURERS_GF };
    setNow(BEFORE_R1);
    await expect(savePick(db, key, ['jose-serrano', 'porsche', 'mazda'])).rejects.toThrow(
      /"jose-serrano" is not on the entry list/,
    );
    await savePick(db, key, ['porsche', 'subaru', 'mazda']);
    await savePick(db, key, ['subaru', 'porsche', 'mazda']);
    expect((await readPickHistory(db, key)).map((h) => h.podium)).toEqual([
      ['subaru', 'porsche', 'mazda'],
      ['porsche', 'subaru', 'mazda'],
    ]);
    await undoLastChange(db, key);
    expect((await db.picks.get([leagueId, 'alex', MANUFACTURERS_GF]))?.podium).toEqual([
      'porsche',
      'subaru',
      'mazda',
    ]);
    setNow(AFTER_R1);
    await expect(savePick(db, key, ['bmw', 'subaru', 'mazda'])).rejects.toThrow(LockedRaceError);
  });

  it('are hidden from the others until the start, like a Nations Cup pick', async () => {
    const { db, leagueId } = await teamLeague();
    const league = (await db.leagues.get(leagueId))!;
    const races = await db.races.bulkGet([NATIONS_GF, MANUFACTURERS_GF]);
    const visible = (now: string) =>
      races.map((race) => othersVisible(race!, league, Date.parse(now), false));
    expect(visible(BEFORE_R1)).toEqual([false, false]);
    expect(visible(AFTER_R1)).toEqual([true, true]);
  });

  it('share the joker of their round and count double with it, in the Manufacturers Cup part', async () => {
    const { db, leagueId } = await teamLeague({ joker: true });
    setNow(BEFORE_R1);
    await savePick(db, { leagueId, memberId: 'alex', raceId: NATIONS_GF }, [
      'jose-serrano',
      'pol-urra',
      'valerio-gallo',
    ]);
    await savePick(db, { leagueId, memberId: 'alex', raceId: MANUFACTURERS_GF }, [
      'subaru',
      'bmw',
      'porsche',
    ]);
    await savePick(db, { leagueId, memberId: 'bea', raceId: MANUFACTURERS_GF }, ['bmw', 'subaru', 'mazda']);
    await setJoker(db, { leagueId, memberId: 'alex', roundId: 'gtws-2025-r1', on: true });
    expect((await db.picks.get([leagueId, 'alex', MANUFACTURERS_GF]))?.joker).toBe(true);
    await db.results.bulkPut([
      result(NATIONS_GF, ['jose-serrano', 'pol-urra', 'valerio-gallo']),
      result(MANUFACTURERS_GF, ['subaru', 'bmw', 'porsche', 'mazda']),
    ]);
    const ls = deriveStandings((await readLeagueData(db, leagueId))!);
    const alex = ls.standings.rows.find((row) => row.memberId === 'alex')!;
    const bea = ls.standings.rows.find((row) => row.memberId === 'bea')!;
    // Classic: a perfect podium is 3 × 3 + 2 = 11 in each cup; Alex's joker doubles the round.
    expect([alex.points, ls.split!.pointsOf(alex)]).toEqual([44, { nations: 22, manufacturers: 22 }]);
    // Bea: BMW and Subaru swapped (1 + 1), Mazda off the podium; no Nations Cup pick.
    expect([bea.points, ls.split!.pointsOf(bea)]).toEqual([2, { nations: 0, manufacturers: 2 }]);
    await i18n.loadNamespaces(['leaderboard', 'common']);
    const headers = csvHeaders(i18n.getFixedT('en'));
    expect(standingsCsv(ls.standings, ls.rounds, headers, ls.split).split('\r\n').slice(0, 3)).toEqual([
      `${CSV_BOM}rank,member,points,Nations Cup,Manufacturers Cup,exact,perfect podiums,winners,Round 1 – London,Round 2 – Berlin,Round 3 – Los Angeles,World Finals – Fukuoka`,
      '1,Alex,44,22,22,6,2,2,44,,,',
      '2,Bea,2,0,2,0,0,0,2,,,',
    ]);
  });

  it('leave a league with the Nations Cup only untouched: its table has no Manufacturers race and no split', async () => {
    const { db, leagueId } = await teamLeague({ cups: ['nations'] });
    setNow(BEFORE_R1);
    await savePick(db, { leagueId, memberId: 'alex', raceId: MANUFACTURERS_GF }, [
      'subaru',
      'bmw',
      'porsche',
    ]);
    await db.results.put(result(MANUFACTURERS_GF, ['subaru', 'bmw', 'porsche']));
    const ls = deriveStandings((await readLeagueData(db, leagueId))!);
    expect(ls.split).toBeNull();
    expect(ls.compiled.races.map((race) => race.cup)).not.toContain('manufacturers');
    expect(ls.standings.rows.map((row) => row.points)).toEqual([0, 0]);
  });

  it('travel in slips to another computer', async () => {
    const { db: host, leagueId } = await teamLeague();
    setNow(BEFORE_R1);
    await savePick(host, { leagueId, memberId: 'alex', raceId: MANUFACTURERS_GF }, [
      'mazda',
      'porsche',
      'bmw',
    ]);
    const friend = createDatabase(`cups-friend-${Math.random()}`);
    await friend.open();
    await seedBuiltInSeasons(friend);
    await storeSeasonWithTeams(friend);
    await friend.leagues.put((await host.leagues.get(leagueId))!);
    await friend.members.bulkPut(await host.members.where('leagueId').equals(leagueId).toArray());
    const slip = await buildSlip(host, leagueId, 'alex');
    const preview = await previewSlip(friend, leagueId, slip, null);
    expect(await importSlip(friend, leagueId, preview)).toBe(1);
    expect((await friend.picks.get([leagueId, 'alex', MANUFACTURERS_GF]))?.podium).toEqual([
      'mazda',
      'porsche',
      'bmw',
    ]);
  });
});
