import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { readSeason } from '../db/seasons';
import type { PodiumDatabase } from '../db/schema';
import type { Season } from '../../../shared/domain/types';
import { useActiveLeague } from './useActiveLeague';
import { useNow } from './useNow';

/** All seasons in the database, newest first (rows only, without rounds). */
export function useSeasonList() {
  return useLiveQuery(() => db.seasons.orderBy('year').reverse().toArray(), []);
}

/** One season reassembled for the engine; undefined while loading, null when missing. */
export function useSeason(seasonId: string | null | undefined): Season | null | undefined {
  const read = useLiveQuery(
    async () => ({ seasonId, season: seasonId ? ((await readSeason(db, seasonId)) ?? null) : null }),
    [seasonId],
  );
  // useLiveQuery keeps the previous answer while a new id loads: never show another id's answer.
  if (seasonId === undefined || !read || read.seasonId !== seasonId) return undefined;
  return read.season;
}

/** Pickable races that will run (not cancelled or to be announced), with their start in ms. */
async function scheduledRaces(database: PodiumDatabase): Promise<{ seasonId: string; at: number }[]> {
  // A few dozen races per season: one scan is cheaper than an index every write would maintain.
  const races = await database.races.toArray();
  return races
    .filter((race) => race.pickable && race.status === undefined)
    .map((race) => ({ seasonId: race.seasonId, at: Date.parse(race.startsAt) }));
}

/**
 * The current championship at `now`: the season of the next pickable race
 * (a season whose races are all over gives way to the next one, and a
 * season announced far ahead waits for the one still running), else the
 * newest season. Null when there is no season.
 */
export async function currentChampionshipId(database: PodiumDatabase, now: number): Promise<string | null> {
  let next: { seasonId: string; at: number } | null = null;
  for (const race of await scheduledRaces(database))
    if (race.at > now && (next === null || race.at < next.at)) next = race;
  if (next) return next.seasonId;
  const newest = await database.seasons.orderBy('year').last();
  return newest?.id ?? null;
}

/**
 * The championship results are expected for at `now`: the season of the last
 * pickable race that has started, else the current championship.
 */
export async function latestStartedChampionshipId(
  database: PodiumDatabase,
  now: number,
): Promise<string | null> {
  let last: { seasonId: string; at: number } | null = null;
  for (const race of await scheduledRaces(database))
    if (race.at <= now && (last === null || race.at > last.at)) last = race;
  return last ? last.seasonId : currentChampionshipId(database, now);
}

/** {@link currentChampionshipId} kept up to date (checked again every minute); undefined while loading. */
export function useCurrentChampionshipId(): string | null | undefined {
  const minute = Math.floor(useNow(60_000) / 60_000) * 60_000;
  return useLiveQuery(() => currentChampionshipId(db, minute), [minute]);
}

/** The season the user is looking at: the active league's, else the current championship. */
export function useCurrentSeason(): Season | null | undefined {
  const { league, loading } = useActiveLeague();
  const current = useCurrentChampionshipId();
  const id = loading || current === undefined ? undefined : (league?.seasonId ?? current);
  return useSeason(id);
}

/** The season whose results the user imports: the active league's, else the one that raced last. */
export function useResultsSeason(): Season | null | undefined {
  const { league, loading } = useActiveLeague();
  const minute = Math.floor(useNow(60_000) / 60_000) * 60_000;
  const latest = useLiveQuery(() => latestStartedChampionshipId(db, minute), [minute]);
  const id = loading || latest === undefined ? undefined : (league?.seasonId ?? latest);
  return useSeason(id);
}
