/**
 * Honest replays: in a replay league a race's result is known from the
 * moment it is stored, so a pick made at or after that instant (`storedAt`)
 * never counts for the race; the member's newest earlier pick counts instead.
 * Results without `storedAt` (stored before it was recorded) cut nothing.
 */
import type { Pick, RaceResult } from '../domain/types';

/**
 * The picks that may count in a replay league. Returns the same array when
 * nothing is cut, so callers that remember their last input recompile nothing.
 */
export function picksBeforeResults<P extends Pick>(
  picks: P[],
  results: readonly { raceId: RaceResult['raceId']; storedAt?: RaceResult['storedAt'] }[],
): P[] {
  const cutoff = new Map<string, number>();
  for (const result of results) {
    if (result.storedAt !== undefined) cutoff.set(result.raceId, Date.parse(result.storedAt));
  }
  if (cutoff.size === 0) return picks;
  const counted = picks.filter((pick) => {
    const storedAt = cutoff.get(pick.raceId);
    return storedAt === undefined || Date.parse(pick.madeAt) < storedAt;
  });
  return counted.length === picks.length ? picks : counted;
}
