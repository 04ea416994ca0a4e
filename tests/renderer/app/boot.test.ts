import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/src/db/schema';
import {
  BUILT_IN_RESULT_SOURCE,
  seedBuiltInResults,
  seedBuiltInSeasons,
} from '../../../renderer/src/app/boot';
import type { RaceResult } from '../../../shared/domain/types';
import { readSeason, writeSeason } from '../../../renderer/src/db/seasons';
import { addMember, createLeague } from '../../../renderer/src/db/leagues';
import { savePick } from '../../../renderer/src/db/picks';
import { DEFAULT_RULES } from '../../../shared/scoring';
import {
  BUILT_IN_DATA_REVISION,
  BUILT_IN_SEASONS,
  getBuiltInSeason,
  refreshBuiltInSeason,
} from '../../../shared/seasons';

describe('seeding the built-in seasons', () => {
  it('stores every embedded season so it reads back identical', async () => {
    const db = createDatabase(`boot-${Math.random()}`);
    await seedBuiltInSeasons(db);
    for (const season of BUILT_IN_SEASONS) {
      expect(await readSeason(db, season.id)).toEqual(season);
    }
    db.close();
  });

  it('keeps a user edit of a built-in season on the next start', async () => {
    const db = createDatabase(`boot-${Math.random()}`);
    await seedBuiltInSeasons(db);
    const season = structuredClone(getBuiltInSeason('gtws-2025')!);
    const race = season.rounds[0]!.races.find((r) => r.pickable)!;
    race.startsAt = '2025-06-07T14:30:00.000Z';
    await writeSeason(db, season, true);
    await seedBuiltInSeasons(db);
    const stored = await readSeason(db, 'gtws-2025');
    expect(stored!.rounds[0]!.races.find((r) => r.id === race.id)!.startsAt).toBe('2025-06-07T14:30:00.000Z');
    db.close();
  });
});

describe('refreshing built-in seasons stored by an older release', () => {
  it('brings in the new data and keeps start times the user changed', async () => {
    const db = createDatabase(`boot-${Math.random()}`);
    const old = structuredClone(getBuiltInSeason('gtws-2025')!);
    delete old.results;
    old.rounds[1]!.venue = '';
    old.rounds[0]!.races[2]!.startsAt = '2025-06-07T18:30:00Z';
    await writeSeason(db, old, true);
    await seedBuiltInSeasons(db);
    const stored = (await readSeason(db, 'gtws-2025'))!;
    expect(stored.rounds[1]!.venue).toBe('Uber Eats Music Hall');
    expect(stored.results).toEqual(getBuiltInSeason('gtws-2025')!.results);
    const gf = stored.rounds[0]!.races[2]!;
    expect([gf.startsAt, gf.startsAtEstimate]).toEqual(['2025-06-07T18:30:00Z', undefined]);
    expect(stored.rounds[0]!.races[1]!.startsAtEstimate).toBe(true);
    expect((await db.seasons.get('gtws-2025'))!.dataRevision).toBe(BUILT_IN_DATA_REVISION);
    db.close();
  });

  it('never deletes a race picks use: a refresh that would is skipped and the app still starts', async () => {
    const db = createDatabase(`boot-${Math.random()}`);
    const old = structuredClone(getBuiltInSeason('gtws-2025')!);
    // A race an older release listed and the new data no longer has, with a member's pick.
    const london = old.rounds[0]!;
    const extra = { ...london.races[2]!, id: 'gtws-2025-r1-nations-race3', session: 'race3' as const };
    london.races.push(extra);
    await writeSeason(db, old, true);
    const league = await createLeague(db, { name: 'Club', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
    await addMember(db, league.id, { name: 'Ana' });
    await db.leagues.update(league.id, { replay: true });
    await savePick(db, { leagueId: league.id, memberId: 'ana', raceId: extra.id }, [
      'jose-serrano',
      'pol-urra',
      'valerio-gallo',
    ]);
    await seedBuiltInSeasons(db);
    const stored = (await readSeason(db, 'gtws-2025'))!;
    expect(stored.rounds[0]!.races.map((r) => r.id)).toContain(extra.id);
    expect((await db.seasons.get('gtws-2025'))!.dataRevision).toBeUndefined();
    // The other built-in seasons were still refreshed or written.
    expect(await db.seasons.get('gtws-2026')).toBeDefined();
    db.close();
  });

  it('keeps a line-up the user filled while the shipped one is pending', () => {
    const shipped = getBuiltInSeason('gtws-2026')!;
    const serrano = getBuiltInSeason('gtws-2025')!.drivers.find((d) => d.id === 'jose-serrano')!;
    const stored = {
      ...shipped,
      drivers: [serrano],
      entryLists: { nations: ['jose-serrano'], manufacturers: [] },
    };
    const merged = refreshBuiltInSeason(stored, shipped);
    // The Manufacturers Cup line-up is still unknown: it stays marked as pending.
    expect(merged.entryLists).toEqual({
      nations: ['jose-serrano'],
      manufacturers: [],
      pending: ['manufacturers'],
    });
    expect(merged.drivers.map((d) => d.id)).toEqual(['jose-serrano']);
  });
});

describe('built-in official results', () => {
  it('stores them for races without a result and never overwrites one', async () => {
    const db = createDatabase(`boot-${Math.random()}`);
    const imported: RaceResult = {
      raceId: 'gtws-2025-r1-nations-gf',
      classification: [{ position: 1, driverId: 'pol-urra', status: 'finished' }],
      source: { fileName: 'london.txt', sha256: 'abc', importedAt: '2025-06-08T10:00:00Z' },
    };
    await db.results.put(imported);
    const added = await seedBuiltInResults(db, new Date('2026-11-30T12:00:00Z'));
    expect(await db.results.get('gtws-2025-r1-nations-gf')).toEqual(imported);
    const berlin = await db.results.get('gtws-2025-r2-nations-gf');
    expect(berlin).toMatchObject({
      partial: true,
      source: {
        fileName: BUILT_IN_RESULT_SOURCE,
        importedAt: '2026-11-30T12:00:00.000Z',
        urls: getBuiltInSeason('gtws-2025')!.results!.find((r) => r.raceId === berlin!.raceId)!.source.urls,
      },
    });
    expect(berlin!.classification.map((r) => r.driverId)).toEqual([
      'jose-serrano',
      'valerio-gallo',
      'kaj-de-bruin',
    ]);
    const shipped = BUILT_IN_SEASONS.flatMap((s) => s.results ?? []).length;
    expect(added).toBe(shipped - 1);
    expect(await seedBuiltInResults(db)).toBe(0);
    db.close();
  });
});
