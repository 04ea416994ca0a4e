/**
 * League files name a Manufacturers Cup result row's entry `teamId` and a
 * Nations Cup row's `driverId`; inside the app both are the row's `driverId`
 * (the entry id). This module is that file boundary for league bundles.
 */
import type { RaceResult, Season } from '../domain/types';
import type { FileProblemCode } from '../files/problems';
import { raceCups, rowToFile } from '../seasons/result-rows';

type Row = { driverId?: string | undefined; teamId?: string | undefined };
type At = (path: (string | number)[], code: FileProblemCode, message: string) => void;

/**
 * Rows that name a team on a Nations Cup race. A Manufacturers Cup row with
 * `driverId` (the app's own form: the team id) is read as the team; writers
 * always name it `teamId`.
 */
export function checkEntryKeys(
  results: readonly { raceId: string; classification: readonly Row[] }[],
  season: Season,
  at: At,
): void {
  const cups = raceCups(season.rounds);
  results.forEach((result, i) =>
    result.classification.forEach((row, j) => {
      if (cups.get(result.raceId) === 'nations' && row.driverId === undefined)
        at(
          ['results', i, 'classification', j, 'teamId'],
          'driver-id-required',
          'a Nations Cup row names its driver with "driverId".',
        );
    }),
  );
}

/** Cup names in the league file's (English) messages. */
export const CUP_NAMES = { nations: 'Nations Cup', manufacturers: 'Manufacturers Cup' } as const;

/** The results as a league file writes them: Manufacturers Cup rows with `teamId`. */
export function resultsToFile(results: readonly RaceResult[], season: Season | undefined): unknown[] {
  const cups = season ? raceCups(season.rounds) : new Map();
  return results.map((result) => ({
    ...result,
    classification: result.classification.map((row) => rowToFile(row, cups.get(result.raceId))),
  }));
}
