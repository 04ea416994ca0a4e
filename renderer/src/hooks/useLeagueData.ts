import { useSyncExternalStore } from 'react';
import { useObservable } from 'dexie-react-hooks';
import { db as appDb } from '../db';
import { leagueView } from '../db/league-view';
import { readLeagueMembers } from '../db/members';
import { pinSession } from '../db/pins';
import type { PodiumDatabase } from '../db/schema';
import { readSeason } from '../db/seasons';
import { sharedLiveQuery, type SharedLiveQuery } from '../db/shared-live-query';
import type { Season } from '../../../shared/domain/types';
import type { LeagueRecord, MemberRecord, PickRecord, ResultRecord } from '../db/records';

/** Everything the scoring engine needs about one league, read live from the database. */
export interface LeagueData {
  league: LeagueRecord;
  season: Season;
  members: MemberRecord[];
  /**
   * The picks this tab may see: a PIN-protected member's picks of races that
   * have not locked are left out unless that member is unlocked here.
   */
  picks: PickRecord[];
  /** Picks left out of `picks` (member and race only), so counts of who has picked stay true. */
  hiddenPicks: { memberId: string; raceId: string }[];
  /**
   * Results of the season's races the league has seen: every stored one, but
   * in a replay league only those revealed to it (see db/reveals.ts).
   */
  results: ResultRecord[];
  /** Replay leagues: races whose result is stored but not revealed to the league yet. */
  hiddenResults: string[];
}

/** Reads a league with its season, members, picks and results in one transaction (any database: tests pass their own). */
export async function readLeagueData(db: PodiumDatabase, leagueId: string): Promise<LeagueData | null> {
  return db.transaction(
    'r',
    [db.leagues, db.seasons, db.rounds, db.races, db.drivers, db.members, db.picks, db.results, db.settings],
    async () => {
      const league = await db.leagues.get(leagueId);
      if (!league) return null;
      const season = await readSeason(db, league.seasonId);
      if (!season) return null;
      const raceIds = season.rounds.flatMap((round) => round.races.map((race) => race.id));
      const [members, picks, results] = await Promise.all([
        readLeagueMembers(db, leagueId),
        // A primary-key range rather than the leagueId index: the live query then
        // observes one range instead of recording every compound key it read
        // (≈0.4 s saved at 50,000 picks).
        db.picks
          .where(':id')
          .between([leagueId], [leagueId, []]) // every [leagueId, memberId, raceId]: arrays sort after strings
          .toArray(),
        db.results.bulkGet(raceIds),
      ]);
      const view = await leagueView(db, league, season, picks, results);
      return { league, season, members, ...view };
    },
  );
}

/**
 * The live read of a league's data as this tab sees it, shared by every component showing that
 * league (one read per change). Call `.readAhead()` on it to start the read before the screen
 * that needs it has loaded.
 */
export function leagueDataQuery(leagueId: string | null): SharedLiveQuery<LeagueData | null> {
  // Unlocking or locking a member changes which picks this tab sees: part of the key.
  const pins = pinSession.version();
  return sharedLiveQuery(`league-data:${pins}:${leagueId ?? ''}`, async () =>
    leagueId ? readLeagueData(appDb, leagueId) : null,
  );
}

/**
 * Live league data: undefined while loading, null when the league (or its
 * season) does not exist. Scores are derived from this on render, never stored.
 */
export function useLeagueData(leagueId: string | null | undefined): LeagueData | null | undefined {
  const pins = useSyncExternalStore(pinSession.subscribe, pinSession.version);
  return useObservable(() => leagueDataQuery(leagueId ?? null), [leagueId, pins]);
}
