/**
 * When a result grades its race. A full classification always does. A
 * partial one (only the first positions known) does once P1, P2 and P3 are
 * all listed: every other entry then counts as not classified, so a slot that
 * depends on a position beyond the list (proximity's P4 for the P3 slot, any
 * distance point off the podium) scores 0 until a full classification
 * replaces it. A partial result with fewer than three places grades nothing:
 * the race waits, and is neither played nor missed.
 */
import type { RaceResult } from '../domain/types';

/** How much of a classification is known. */
export type Completeness = 'full' | 'podium' | 'winner' | 'incomplete';

/** The positions a partial result lists from P1 without a gap. */
function leadingPositions(result: RaceResult): number {
  const listed = new Set(result.classification.filter((r) => r.status !== 'dns').map((r) => r.position));
  let n = 0;
  while (listed.has(n + 1)) n++;
  return n;
}

export function completeness(result: RaceResult): Completeness {
  if (!result.partial) return 'full';
  const n = leadingPositions(result);
  return n >= 3 ? 'podium' : n >= 1 ? 'winner' : 'incomplete';
}

/** True when the result grades its race (see the module comment). */
export function isGradable(result: RaceResult): boolean {
  return !result.partial || leadingPositions(result) >= 3;
}
