/**
 * Vendored from fedesanchezvidarte/f1-prediction, lib/scoring.ts at commit
 * a9a299e7c84efa7ffbda0e115c2868bd9c8b2435 (MIT licence, ./LICENSE), for the
 * engine bench only: the position scoring and podium bonus comparators, byte
 * for byte apart from formatting and `export` on the two comparators. The rest
 * of that file (top-10, qualifying, specials, championship) scores things a
 * podium league does not have.
 */

export interface PositionScore {
  /** Per-slot points awarded: 3 (exact), 1 (±1 proximity), or 0. */
  perPosition: number[];
  /** Sum of perPosition. */
  positionPoints: number;
  /** Count of slots that were exact matches (per-slot === 3). */
  exactCount: number;
}

// Bonus comparators. A bonus requires a FULL set of valid (non-null) entries
// on BOTH sides of the [start, end) range. `== null` (not `=== null`) is used
// deliberately so that `undefined` — e.g. a legacy row whose backfilled
// qualifying_top_3 is a short `[pole]` array — is treated as a non-match and
// never satisfies the bonus. (See Issue #76: legacy data only scores Q1, the
// quali top-3 bonus must NOT apply retroactively.)
export function arraysMatchExact(
  pred: (number | null)[],
  result: number[],
  start: number,
  end: number,
): boolean {
  for (let i = start; i < end; i++) {
    if (pred[i] == null || result[i] == null || pred[i] !== result[i]) return false;
  }
  return true;
}

export function arraysMatchAnyOrder(
  pred: (number | null)[],
  result: number[],
  start: number,
  end: number,
): boolean {
  const span = end - start;
  const predSlice = pred.slice(start, end);
  const resultSlice = result.slice(start, end);
  // Both sides must have a complete, fully-populated range.
  if (predSlice.length < span || resultSlice.length < span) return false;
  if (predSlice.some((id) => id == null)) return false;
  if (resultSlice.some((id) => id == null)) return false;
  const predSet = new Set(predSlice as number[]);
  const resultSet = new Set(resultSlice);
  if (predSet.size !== resultSet.size) return false;
  for (const id of predSet) {
    if (!resultSet.has(id)) return false;
  }
  return true;
}

/* ── Point values (New Points System — Issue #76) ──────────────────── */
export const POINTS_EXACT = 3;
export const POINTS_PROXIMITY = 1;
export const RACE_PODIUM_PERFECT = 10;
export const RACE_PODIUM_MATCH = 5;

/**
 * Driver-based proximity scoring.
 *
 * Builds a `Map<driverId, actualPosition>` from the ordered result array
 * (positions 0..count-1) plus an optional boundary driver at index `count`
 * (the slot just past the predicted range — supplies the +1 case for the
 * last predicted slot). Then for each predicted slot `i` in [0, count):
 *   - predicted driver null / not in map → 0
 *   - actual position === i              → 3 (exact)
 *   - |actual − i| === 1                 → 1 (proximity)
 *   - else                               → 0
 *
 * Identical logic for race top-10, sprint top-8, and qualifying top-3.
 */
export function scorePositions(
  pred: (number | null)[],
  result: number[],
  boundaryDriver: number | null,
  count: number,
): PositionScore {
  // Map each finishing driver to their actual position index.
  // First occurrence wins (guards against malformed duplicate data).
  const driverToPos = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const id = result[i];
    if (id != null && !driverToPos.has(id)) driverToPos.set(id, i);
  }
  if (boundaryDriver != null && !driverToPos.has(boundaryDriver)) {
    driverToPos.set(boundaryDriver, count);
  }

  const perPosition: number[] = [];
  let positionPoints = 0;
  let exactCount = 0;

  for (let i = 0; i < count; i++) {
    const predicted = pred[i] ?? null;
    let slot = 0;
    if (predicted != null && driverToPos.has(predicted)) {
      const actual = driverToPos.get(predicted)!;
      const delta = Math.abs(actual - i);
      if (delta === 0) {
        slot = POINTS_EXACT;
        exactCount++;
      } else if (delta === 1) {
        slot = POINTS_PROXIMITY;
      }
    }
    perPosition.push(slot);
    positionPoints += slot;
  }

  return { perPosition, positionPoints, exactCount };
}
