/**
 * A 2025 season with a Manufacturers Cup for the renderer tests: four teams
 * whose drivers are 2025 Nations Cup drivers, and a Manufacturers Cup Grand
 * Final in Round 1 at the Nations Cup Grand Final's time. Test input, built
 * here so that the tests do not depend on which teams the shipped data lists;
 * official results of Manufacturers races are left out, so each test decides
 * which result exists.
 */
import type { Race, Season, Team } from '../../../shared/domain/types';
import { BUILT_IN_SEASONS } from '../../../shared/seasons';
import type { PodiumDatabase } from '../../../renderer/src/db/schema';
import { seasonToRows } from '../../../renderer/src/db/seasons';

export const NATIONS_GF = 'gtws-2025-r1-nations-gf';
export const MANUFACTURERS_GF = 'gtws-2025-r1-manufacturers-gf';

export const TEST_TEAMS: Team[] = [
  { id: 'porsche', name: 'Porsche', driverIds: ['jose-serrano', 'angel-inostroza'] },
  { id: 'subaru', name: 'Subaru', driverIds: ['takuma-miyazono', 'kylian-drumont'] },
  { id: 'mazda', name: 'Mazda', driverIds: ['pol-urra', 'samuel-cardinal'] },
  { id: 'bmw', name: 'BMW', driverIds: ['thomas-labouteley'] },
];

/** The built-in 2025 season with {@link TEST_TEAMS} and the Round 1 Manufacturers Cup Grand Final. */
export function seasonWithTeams(): Season {
  const base = structuredClone(BUILT_IN_SEASONS.find((s) => s.id === 'gtws-2025')!);
  const rounds = base.rounds.map((round) => {
    const races = round.races.filter((race) => race.cup === 'nations');
    if (round.id !== 'gtws-2025-r1') return { ...round, races };
    const gf = races.find((race) => race.id === NATIONS_GF)!;
    const teamsGf: Race = { ...gf, id: MANUFACTURERS_GF, cup: 'manufacturers' };
    return { ...round, races: [...races, teamsGf] };
  });
  return {
    ...base,
    rounds,
    teams: TEST_TEAMS,
    entryLists: { ...base.entryLists, manufacturers: TEST_TEAMS.map((t) => t.id), pending: [] },
    results: (base.results ?? []).filter((r) => !r.raceId.includes('-manufacturers-')),
    standings: (base.standings ?? []).filter((s) => s.cup === 'nations'),
    champions: (base.champions ?? []).filter((c) => c.cup === 'nations'),
  };
}

/** Replaces the stored 2025 season with {@link seasonWithTeams}, dropping stored Manufacturers results. */
export async function storeSeasonWithTeams(db: PodiumDatabase): Promise<Season> {
  const season = seasonWithTeams();
  const rows = seasonToRows(season, true);
  await db.transaction('rw', [db.seasons, db.rounds, db.races, db.drivers, db.results], async () => {
    await db.races.where('seasonId').equals(season.id).delete();
    await db.rounds.where('seasonId').equals(season.id).delete();
    await db.seasons.put(rows.season);
    await db.rounds.bulkPut(rows.rounds);
    await db.races.bulkPut(rows.races);
    await db.drivers.bulkPut(rows.drivers);
    const teamRaces = rows.races.filter((r) => r.cup === 'manufacturers').map((r) => r.id);
    await db.results.bulkDelete(teamRaces);
  });
  return season;
}
