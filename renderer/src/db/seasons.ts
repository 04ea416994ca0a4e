/**
 * Seasons in the database: stored flat (seasons, rounds, races, drivers) so
 * rounds and races can be queried by index, reassembled into the shared/
 * Season shape for the engine.
 */
import type { Season } from '../../../shared/domain/types';
import {
  planSeasonUpdate,
  seasonRewrites,
  type RaceUse,
  type SeasonKept,
  type SeasonRefusal,
  type SeasonUpdatePlan,
  type SeasonUsage,
} from '../../../shared/seasons/update-diff';
import { clock } from '../app/clock';
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

/**
 * Thrown when a write would rewrite the past: delete a race, driver or entry
 * that picks or results use, or move a started race later (reopening its lock).
 */
export class SeasonRewriteError extends Error {
  override readonly name = 'SeasonRewriteError';
  constructor(readonly problems: (SeasonRefusal | SeasonKept)[]) {
    super(`The season change would rewrite the past: ${problems.map((p) => p.code).join(', ')}.`);
  }
}

/** The tables a guarded season write reads and writes. */
function seasonTables(db: PodiumDatabase) {
  return [db.seasons, db.rounds, db.races, db.drivers, db.picks, db.results, db.leagues];
}

/** What picks (of every league) and results use of the season's races. */
export async function readSeasonUsage(db: PodiumDatabase, season: Season): Promise<SeasonUsage> {
  return db.transaction('r', seasonTables(db), async () => {
    const races = season.rounds.flatMap((round) => round.races);
    const raceIds = races.map((race) => race.id);
    const cupOf = new Map(races.map((race) => [race.id, race.cup]));
    const [results, leagues] = await Promise.all([
      db.results.bulkGet(raceIds),
      db.leagues.where('seasonId').equals(season.id).toArray(),
    ]);
    const leagueName = new Map(leagues.map((l) => [l.id, l.name]));
    // Picks are indexed by league: read the leagues that play this season.
    const picks = await db.picks
      .where('leagueId')
      .anyOf([...leagueName.keys()])
      .toArray();
    const entries = { nations: new Set<string>(), manufacturers: new Set<string>() };
    const uses = new Map<string, RaceUse>();
    const usageOf = (raceId: string) => {
      let use = uses.get(raceId);
      if (!use) uses.set(raceId, (use = { raceId, leagues: [], result: false }));
      return use;
    };
    for (const pick of picks) {
      if (!cupOf.has(pick.raceId)) continue;
      const use = usageOf(pick.raceId);
      const league = use.leagues.find((l) => l.leagueId === pick.leagueId);
      if (league) league.picks++;
      else
        use.leagues.push({ leagueId: pick.leagueId, leagueName: leagueName.get(pick.leagueId)!, picks: 1 });
      for (const id of pick.podium) entries[cupOf.get(pick.raceId) ?? 'nations'].add(id);
    }
    results.forEach((result, i) => {
      if (!result) return;
      usageOf(raceIds[i]!).result = true;
      for (const row of result.classification)
        entries[cupOf.get(result.raceId) ?? 'nations'].add(row.driverId);
    });
    return {
      races: [...uses.values()],
      entries: { nations: [...entries.nations], manufacturers: [...entries.manufacturers] },
    };
  });
}

/**
 * What updating the stored season with `incoming` would change, and the
 * season that may be stored (see planSeasonUpdate). Null when the app does
 * not have the season yet.
 */
export async function planStoredSeasonUpdate(
  db: PodiumDatabase,
  incoming: Season,
): Promise<SeasonUpdatePlan | null> {
  return db.transaction('r', seasonTables(db), async () => {
    const current = await readSeason(db, incoming.id);
    if (!current) return null;
    return planSeasonUpdate(current, incoming, await readSeasonUsage(db, current), clock.now());
  });
}

/**
 * Applies an update to a stored season the safe way: planned again inside
 * the transaction (picks made since the preview count), refused as a whole
 * when it removes a race in use, otherwise stored minus what would rewrite
 * the past. A season the app does not have yet is added. Keeps the stored
 * season's built-in mark.
 */
export async function applySeasonUpdate(
  db: PodiumDatabase,
  incoming: Season,
): Promise<SeasonUpdatePlan | null> {
  return db.transaction('rw', seasonTables(db), async () => {
    const plan = await planStoredSeasonUpdate(db, incoming);
    if (!plan) {
      await writeSeason(db, incoming, false);
      return null;
    }
    if (plan.refused.length > 0) throw new SeasonRewriteError(plan.refused);
    const record = await db.seasons.get(incoming.id);
    await writeSeason(db, plan.season, record?.builtIn === true);
    return plan;
  });
}

/**
 * Replaces a season's rows in one transaction (built-in data, the editor,
 * season files, line-ups). Refuses, with {@link SeasonRewriteError}, a write
 * that would delete what picks or results use or move a started race later;
 * nothing is written then.
 */
export async function writeSeason(db: PodiumDatabase, season: Season, builtIn: boolean): Promise<void> {
  const rows = seasonToRows(season, builtIn);
  await db.transaction('rw', seasonTables(db), async () => {
    const current = await readSeason(db, season.id);
    if (current) {
      const problems = seasonRewrites(current, season, await readSeasonUsage(db, current), clock.now());
      if (problems.length > 0) throw new SeasonRewriteError(problems);
    }
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
