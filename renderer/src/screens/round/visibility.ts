import type { Race } from '../../../../shared/domain/types';
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

/** Whether the picker is read-only. */
export function raceLocked(race: Race, league: LeagueRecord, now: number): boolean {
  return isLocked(race.startsAt, now, league.replay);
}
