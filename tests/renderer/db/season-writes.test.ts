import { describe, expect, it } from 'vitest';
import {
  applySeasonUpdate,
  planStoredSeasonUpdate,
  readSeason,
  SeasonRewriteError,
  writeSeason,
} from '../../../renderer/src/db/seasons';
import { savePick } from '../../../renderer/src/db/picks';
import { dumpDatabase } from '../../../renderer/src/db/dump';
import type { Season } from '../../../shared/domain/types';
import { AFTER_R1, BEFORE_R1, freshLeague, R1_GF, R2_GF, setNow } from '../picks/helpers';

const raceOf = (season: Season, id: string) =>
  season.rounds.flatMap((r) => r.races).find((r) => r.id === id)!;

async function leagueWithPick() {
  setNow(BEFORE_R1);
  const { db, leagueId } = await freshLeague();
  await savePick(db, { leagueId, memberId: 'alex', raceId: R1_GF }, [
    'jose-serrano',
    'pol-urra',
    'valerio-gallo',
  ]);
  return { db, leagueId, season: (await readSeason(db, 'gtws-2025'))! };
}

async function refusal(write: Promise<unknown>): Promise<string[]> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SeasonRewriteError);
  return (error as SeasonRewriteError).problems.map((p) => p.code);
}

describe('season writes never rewrite the past', () => {
  it('refuses to move a started race later (its lock would reopen), from any writer', async () => {
    const { db, season } = await leagueWithPick();
    setNow(AFTER_R1);
    const before = await dumpDatabase(db);
    const moved = structuredClone(season);
    raceOf(moved, R1_GF).startsAt = '2099-06-07T15:00:00Z';
    expect(await refusal(writeSeason(db, moved, true))).toEqual(['started-race-not-moved']);
    expect(await dumpDatabase(db)).toEqual(before);
    // Earlier is fine: the race stays locked.
    raceOf(moved, R1_GF).startsAt = '2025-06-07T14:30:00Z';
    await writeSeason(db, moved, true);
    expect(raceOf((await readSeason(db, 'gtws-2025'))!, R1_GF).startsAt).toBe('2025-06-07T14:30:00Z');
  });

  it('moves a race that has not started, later or earlier', async () => {
    const { db, season } = await leagueWithPick();
    const moved = structuredClone(season);
    raceOf(moved, R2_GF).startsAt = '2025-09-27T13:00:00Z';
    await writeSeason(db, moved, true);
    expect(raceOf((await readSeason(db, 'gtws-2025'))!, R2_GF).startsAt).toBe('2025-09-27T13:00:00Z');
  });

  it('refuses to delete a round with picks, or a driver a pick names, and changes nothing', async () => {
    const { db, season } = await leagueWithPick();
    const before = await dumpDatabase(db);
    const noLondon = {
      ...structuredClone(season),
      rounds: season.rounds.filter((r) => r.id !== 'gtws-2025-r1'),
    };
    expect(await refusal(writeSeason(db, noLondon, true))).toEqual(['used-race-removed']);
    const noPol = structuredClone(season);
    noPol.drivers = noPol.drivers.filter((d) => d.id !== 'pol-urra');
    noPol.entryLists.nations = noPol.entryLists.nations.filter((id) => id !== 'pol-urra');
    expect(await refusal(writeSeason(db, noPol, true))).toEqual(['used-driver-kept', 'used-entry-kept']);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('previews an update naming the league and picks a change touches, then applies it safely', async () => {
    const { db, season } = await leagueWithPick();
    setNow(AFTER_R1);
    const update = structuredClone(season);
    raceOf(update, R1_GF).startsAt = '2099-01-01T00:00:00Z';
    update.drivers = update.drivers.filter((d) => d.id !== 'pol-urra');
    update.entryLists.nations = update.entryLists.nations.filter((id) => id !== 'pol-urra');
    update.drivers.push({ id: 'rin-yamada', name: 'Rin Yamada', country: 'JP', psnIds: [], aliases: [] });
    update.entryLists.nations.push('rin-yamada');
    const plan = (await planStoredSeasonUpdate(db, update))!;
    expect(plan.kept).toEqual([
      {
        code: 'started-race-not-moved',
        raceId: R1_GF,
        name: expect.any(String) as string,
        startsAt: raceOf(season, R1_GF).startsAt,
        asked: '2099-01-01T00:00:00Z',
        use: {
          raceId: R1_GF,
          leagues: [{ leagueId: 'friends', leagueName: 'Friends', picks: 1 }],
          result: false,
        },
      },
      { code: 'used-driver-kept', driverId: 'pol-urra', name: 'Pol Urra' },
      { code: 'used-entry-kept', cup: 'nations', entryId: 'pol-urra' },
    ]);
    expect(plan.changes).toEqual([
      { kind: 'driver-added', driverId: 'rin-yamada', name: 'Rin Yamada' },
      { kind: 'entry-added', cup: 'nations', entryId: 'rin-yamada' },
    ]);
    await applySeasonUpdate(db, update);
    const stored = (await readSeason(db, 'gtws-2025'))!;
    expect(raceOf(stored, R1_GF).startsAt).toBe(raceOf(season, R1_GF).startsAt);
    expect(stored.entryLists.nations).toEqual(expect.arrayContaining(['pol-urra', 'rin-yamada']));
    expect((await db.seasons.get('gtws-2025'))?.builtIn).toBe(true);
  });

  it('refuses a whole update that deletes a race in use', async () => {
    const { db, season } = await leagueWithPick();
    const before = await dumpDatabase(db);
    const update = {
      ...structuredClone(season),
      rounds: season.rounds.filter((r) => r.id !== 'gtws-2025-r1'),
    };
    expect(await refusal(applySeasonUpdate(db, update))).toEqual(['used-race-removed']);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
