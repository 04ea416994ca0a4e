import type { Season } from '../../../shared/domain/types';
import { clock } from '../app/clock';
import { isLocked } from './lock-guard';
import { visiblePicks } from './picks';
import { readReveals, resultsSeenBy } from './reveals';
import type { LeagueRecord, PickRecord, ResultRecord } from './records';
import type { PodiumDatabase } from './schema';

/** What this tab may see of a league's picks and results (the screens and the league file alike). */
export interface LeagueView {
  /** Picks, without a PIN-protected member's picks of races that have not locked (unless unlocked here). */
  picks: PickRecord[];
  /** Picks left out of `picks` (member and race only). */
  hiddenPicks: { memberId: string; raceId: string }[];
  /** Results the league has seen, with the replay cut-off of each (see `resultsSeenBy`). */
  results: ResultRecord[];
  /** Replay leagues: races whose result is stored but not revealed to the league yet. */
  hiddenResults: string[];
}

/**
 * Applies the two privacy rules of one computer — blind replays (a result counts
 * from its reveal) and PINs (open picks stay with their member) — to a league's
 * stored picks and results. Reads the settings table: call inside a transaction
 * that includes it.
 */
export async function leagueView(
  db: PodiumDatabase,
  league: LeagueRecord,
  season: Season,
  picks: readonly PickRecord[],
  results: readonly (ResultRecord | undefined)[],
): Promise<LeagueView> {
  const all = results.filter((r): r is ResultRecord => r !== undefined);
  const seen = resultsSeenBy(league, all, await readReveals(db, league.id));
  const withResult = new Set(seen.map((r) => r.raceId));
  const startOf = new Map(season.rounds.flatMap((round) => round.races.map((r) => [r.id, r.startsAt])));
  const now = clock.now();
  const visible = await visiblePicks(db, league, picks, (raceId) =>
    isLocked(startOf.get(raceId) ?? '', now, league.replay, withResult.has(raceId)),
  );
  return {
    picks: visible.picks,
    hiddenPicks: visible.hidden,
    results: seen,
    hiddenResults: all.filter((r) => !withResult.has(r.raceId)).map((r) => r.raceId),
  };
}
