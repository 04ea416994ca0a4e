import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { readSeason } from '../db/seasons';
import type { Season } from '../../../shared/domain/types';
import { useActiveLeague } from './useActiveLeague';

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

/** The season the user is looking at: the active league's, else the newest one. */
export function useCurrentSeason(): Season | null | undefined {
  const { league, loading } = useActiveLeague();
  const seasons = useSeasonList();
  const id = loading || seasons === undefined ? undefined : (league?.seasonId ?? seasons[0]?.id ?? null);
  return useSeason(id);
}
