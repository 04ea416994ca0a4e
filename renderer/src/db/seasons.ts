/**
 * Seasons in the database: stored flat (seasons, rounds, races, drivers) so
 * rounds and races can be queried by index, reassembled into the shared/
 * Season shape for the engine.
 */
import type { Season } from '../../../shared/domain/types';
import type { PodiumDatabase } from './schema';
import type { DriverRecord, RaceRecord, RoundRecord, SeasonRecord } from './records';

export interface SeasonRows {
  season: SeasonRecord;
  rounds: RoundRecord[];
  races: RaceRecord[];
  drivers: DriverRecord[];
}

/** Splits a season into table rows. */
export function seasonToRows(season: Season, builtIn: boolean): SeasonRows {
  const rounds: RoundRecord[] = [];
  const races: RaceRecord[] = [];
  for (const { races: roundRaces, ...round } of season.rounds) {
    rounds.push(round);
    roundRaces.forEach((race, order) => races.push({ ...race, seasonId: season.id, order }));
  }
  return {
    season: {
      id: season.id,
      name: season.name,
      year: season.year,
      teams: season.teams,
      entryLists: season.entryLists,
      builtIn,
      ...(season.results ? { results: season.results } : {}),
      ...(season.standings ? { standings: season.standings } : {}),
      ...(season.champions ? { champions: season.champions } : {}),
    },
    rounds,
    races,
    drivers: season.drivers.map((driver, order) => ({ ...driver, seasonId: season.id, order })),
  };
}

/** Reassembles a season from its rows, in the order the season listed them. */
export function rowsToSeason(rows: SeasonRows): Season {
  const { season, rounds, races, drivers } = rows;
  const byRound = new Map<string, RaceRecord[]>();
  for (const race of races) {
    const list = byRound.get(race.roundId) ?? [];
    list.push(race);
    byRound.set(race.roundId, list);
  }
  return {
    id: season.id,
    name: season.name,
    year: season.year,
    teams: season.teams,
    entryLists: season.entryLists,
    ...(season.results ? { results: season.results } : {}),
    ...(season.standings ? { standings: season.standings } : {}),
    ...(season.champions ? { champions: season.champions } : {}),
    drivers: [...drivers]
      .sort((a, b) => a.order - b.order)
      .map(({ seasonId: _s, order: _o, ...driver }) => driver),
    rounds: [...rounds]
      .sort((a, b) => a.number - b.number)
      .map((round) => ({
        ...round,
        races: (byRound.get(round.id) ?? [])
          .sort((a, b) => a.order - b.order)
          .map(({ seasonId: _s, order: _o, ...race }) => race),
      })),
  };
}

/** Reads one season whole, or undefined. */
export async function readSeason(db: PodiumDatabase, seasonId: string): Promise<Season | undefined> {
  return db.transaction('r', [db.seasons, db.rounds, db.races, db.drivers], async () => {
    const season = await db.seasons.get(seasonId);
    if (!season) return undefined;
    const [rounds, races, drivers] = await Promise.all([
      db.rounds.where('seasonId').equals(seasonId).toArray(),
      db.races.where('seasonId').equals(seasonId).toArray(),
      db.drivers.where('seasonId').equals(seasonId).toArray(),
    ]);
    return rowsToSeason({ season, rounds, races, drivers });
  });
}

/** Replaces a season's rows in one transaction (used for built-in data, the editor and season imports). */
export async function writeSeason(db: PodiumDatabase, season: Season, builtIn: boolean): Promise<void> {
  const rows = seasonToRows(season, builtIn);
  await db.transaction('rw', [db.seasons, db.rounds, db.races, db.drivers], async () => {
    await db.rounds.where('seasonId').equals(season.id).delete();
    await db.races.where('seasonId').equals(season.id).delete();
    await db.drivers.where('seasonId').equals(season.id).delete();
    // Editing a built-in season keeps the revision of the shipped data it holds.
    const revision = builtIn ? (await db.seasons.get(season.id))?.dataRevision : undefined;
    await db.seasons.put(revision !== undefined ? { ...rows.season, dataRevision: revision } : rows.season);
    await db.rounds.bulkPut(rows.rounds);
    await db.races.bulkPut(rows.races);
    await db.drivers.bulkPut(rows.drivers);
  });
}
