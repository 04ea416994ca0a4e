/** Words for schedule statuses and partial results, shown the same way on every screen. */
import type { RaceResult, Round } from '../../../shared/domain/types';
import { completeness } from '../../../shared/scoring';

/** "podium only" / "winner only" for a partial result, null for a full one. */
export function partialLabel(result: RaceResult | null | undefined): string | null {
  if (!result) return null;
  switch (completeness(result)) {
    case 'full':
      return null;
    case 'podium':
      return 'podium only';
    case 'winner':
      return 'winner only';
    case 'incomplete':
      return 'incomplete';
  }
}

/** Why a round offers nothing to pick, as a code for the screens to word; null when it has pickable races. */
export type NothingToPick = 'cancelled' | 'tba' | 'noRaces' | 'noPoints';

export function nothingToPick(round: Round): NothingToPick | null {
  if (round.status === 'cancelled') return 'cancelled';
  if (round.status === 'tba') return 'tba';
  if (round.races.length === 0) return 'noRaces';
  if (!round.races.some((race) => race.pickable)) return 'noPoints';
  return null;
}

/** Why a round offers nothing to pick, or null when it has pickable races. */
export function nothingToPickReason(round: Round): string | null {
  switch (nothingToPick(round)) {
    case 'cancelled':
      return 'This round was cancelled: nothing to pick, and nobody misses it.';
    case 'tba':
      return 'This round is to be announced: no date or races yet.';
    case 'noRaces':
      return 'The races of this round are not in the season data yet.';
    case 'noPoints':
      return 'No race of this round pays points.';
    case null:
      return null;
  }
}
