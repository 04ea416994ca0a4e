import type { Cup, Race, Season } from '../../../../shared/domain/types';
import type { LeagueRecord } from '../../db/records';
import { isLocked } from '../../db/lock-guard';

/**
 * Whether a member may see the other members' picks of a race on a shared
 * computer. Normal leagues: once the race locks (nobody can copy any more).
 * Replay leagues ignore locks, so there the picks stay private until the
 * race has a result.
 */
export function othersVisible(race: Race, league: LeagueRecord, now: number, hasResult: boolean): boolean {
  return league.replay ? hasResult : isLocked(race.startsAt, now, false);
}

/** Whether the picker is read-only: the race started, or in a replay league its result is stored. */
export function raceLocked(race: Race, league: LeagueRecord, now: number, hasResult: boolean): boolean {
  return isLocked(race.startsAt, now, league.replay, hasResult);
}

/**
 * The round the Round screen opens on: the first round (in season order)
 * with a pickable race still open, else the last round with a pickable race,
 * else the last round.
 */
export function openRoundId(
  season: Season,
  league: LeagueRecord | null,
  now: number,
  hasResult: (raceId: string) => boolean,
  /** The league's cups: a round whose only open races are of another cup is not "open". */
  cups: readonly Cup[] = ['nations', 'manufacturers'],
): string | null {
  const open = season.rounds.find((round) =>
    round.races.some(
      (race) =>
        race.pickable &&
        cups.includes(race.cup) &&
        !isLocked(race.startsAt, now, league?.replay === true, league ? hasResult(race.id) : false),
    ),
  );
  const withPicks = season.rounds.filter((round) =>
    round.races.some((race) => race.pickable && cups.includes(race.cup)),
  );
  return (open ?? withPicks.at(-1) ?? season.rounds.at(-1))?.id ?? null;
}
