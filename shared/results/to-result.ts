/**
 * A parsed table → the stored `RaceResult`. Only complete
 * tables convert: every row needs a driver id, which the user confirms for
 * names that did not match automatically.
 */
import type { RaceResult, ResultSource } from '../domain/types';
import type { ParsedRace, ParsedRow } from './types';

export type ToRaceResult = { ok: true; result: RaceResult } | { ok: false; unmatched: ParsedRow[] };

/**
 * Builds the result of `raceId` from a parsed table. `resolved` maps a row's
 * line to the driver id the user chose for it (overrides the automatic match).
 */
export function toRaceResult(
  race: ParsedRace,
  raceId: string,
  options: { source?: ResultSource | null; resolved?: ReadonlyMap<number, string> } = {},
): ToRaceResult {
  const unmatched: ParsedRow[] = [];
  const classification = [...race.rows]
    .sort((a, b) => a.position - b.position)
    .flatMap((row) => {
      const driverId = options.resolved?.get(row.line) ?? row.driverId;
      if (driverId === null) {
        unmatched.push(row);
        return [];
      }
      return [
        {
          position: row.position,
          driverId,
          status: row.status,
          time: row.time,
          timeMs: row.timeMs,
          gapMs: row.gapMs,
          points: row.points,
        },
      ];
    });
  if (unmatched.length > 0) return { ok: false, unmatched };
  const lap = race.fastestLap;
  return {
    ok: true,
    result: {
      raceId,
      classification,
      fastestLap: lap
        ? { driverId: lap.driverId, driver: lap.driver, time: lap.time, timeMs: lap.timeMs }
        : null,
      source: options.source ?? null,
      ...(race.partial ? { partial: true } : {}),
    },
  };
}
