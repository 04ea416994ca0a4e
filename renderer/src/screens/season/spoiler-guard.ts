import { useLiveQuery } from 'dexie-react-hooks';
import type { RaceResult, Season } from '../../../../shared/domain/types';
import { db } from '../../db';
import type { LeagueRecord } from '../../db/records';
import { readReveals, revealedAt, type Reveals } from '../../db/reveals';

/**
 * What the Season screen keeps back so it does not spoil a blind replay: the
 * official results the active replay league has not seen yet.
 */
export interface SpoilerGuard {
  /** Races whose result cell is hidden. */
  races: ReadonlySet<string>;
  /** Rounds whose "standings after" tables are hidden. */
  rounds: ReadonlySet<string>;
  /** The champions are hidden. */
  champions: boolean;
}

export const NOTHING_HIDDEN: SpoilerGuard = { races: new Set(), rounds: new Set(), champions: false };

export const hidesAnything = (guard: SpoilerGuard): boolean =>
  guard.races.size > 0 || guard.rounds.size > 0 || guard.champions;

/**
 * A race counts as seen once the league saw its result. A race with no stored
 * result can never be revealed, so it counts as seen once the league has seen
 * a later race (it has played past it); until then the stated standings could
 * tell it. The standings after a round tell every race up to it, so they wait
 * for all of them; the champions wait for the whole season. Only a replay
 * league on this season hides anything.
 */
export function spoilerGuard(
  league: LeagueRecord | null | undefined,
  season: Season,
  results: ReadonlyMap<string, RaceResult>,
  reveals: Reveals,
): SpoilerGuard {
  if (!league?.replay || league.seasonId !== season.id) return NOTHING_HIDDEN;
  const order = season.rounds.flatMap((round) => round.races.map((race) => race.id));
  const unseen = new Set<string>();
  let laterSeen = false;
  for (const raceId of [...order].reverse()) {
    const result = results.get(raceId);
    if (revealedAt(league, result, reveals) !== null) laterSeen = true;
    else if (result || !laterSeen) unseen.add(raceId);
  }
  const races = new Set([...unseen].filter((raceId) => results.has(raceId)));
  const rounds = new Set<string>();
  let allSeenSoFar = true;
  for (const round of season.rounds) {
    if (round.races.some((race) => unseen.has(race.id))) allSeenSoFar = false;
    if (!allSeenSoFar) rounds.add(round.id);
  }
  return { races, rounds, champions: !allSeenSoFar };
}

/** Stored results of the season's races (imported, entered or built in), by race id. */
function useSeasonResults(season: Season): Map<string, RaceResult> | undefined {
  return useLiveQuery(async () => {
    const ids = season.rounds.flatMap((round) => round.races.map((race) => race.id));
    const rows = await db.results.bulkGet(ids);
    return new Map(rows.filter((r) => r !== undefined).map((r) => [r.raceId, r] as const));
  }, [season]);
}

/** The season's stored results and what the active league's guard hides of them; undefined while loading. */
export function useSpoilerGuard(
  league: LeagueRecord | null | undefined,
  season: Season,
): { results: ReadonlyMap<string, RaceResult>; guard: SpoilerGuard } | undefined {
  const results = useSeasonResults(season);
  const reveals = useLiveQuery(
    async () => (league?.replay ? readReveals(db, league.id) : {}),
    [league?.id, league?.replay],
  );
  if (results === undefined || reveals === undefined) return undefined;
  return { results, guard: spoilerGuard(league, season, results, reveals) };
}
