/**
 * League files name a Manufacturers Cup result row's entry `teamId` and a
 * Nations Cup row's `driverId`; inside the app both are the row's `driverId`
 * (the entry id). This module is that file boundary for league bundles, and
 * the check that a league's picks are on races of the cups it plays.
 */
import type { Pick, RaceResult, Season } from '../domain/types';
import { leagueCups, type ScoringRules } from '../scoring/rules';
import { raceCups, rowToFile } from '../seasons/result-rows';

type Row = { driverId?: string | undefined; teamId?: string | undefined };
type At = (path: (string | number)[], message: string) => void;

/** Rows that name their entry with the key the other cup uses. */
export function checkEntryKeys(
  results: readonly { raceId: string; classification: readonly Row[] }[],
  season: Season,
  at: At,
): void {
  const cups = raceCups(season.rounds);
  results.forEach((result, i) =>
    result.classification.forEach((row, j) => {
      const cup = cups.get(result.raceId);
      if (cup === 'manufacturers' && row.teamId === undefined)
        at(
          ['results', i, 'classification', j, 'driverId'],
          'a Manufacturers Cup row names its team with "teamId".',
        );
      if (cup === 'nations' && row.driverId === undefined)
        at(
          ['results', i, 'classification', j, 'teamId'],
          'a Nations Cup row names its driver with "driverId".',
        );
    }),
  );
}

/** Cup names in the league file's (English) messages. */
export const CUP_NAMES = { nations: 'Nations Cup', manufacturers: 'Manufacturers Cup' } as const;

/** Picks on a race of a cup the league does not play. */
export function checkPickCups(picks: readonly Pick[], season: Season, rules: ScoringRules, at: At): void {
  const played = leagueCups(rules);
  const cups = raceCups(season.rounds);
  picks.forEach((pick, i) => {
    const cup = cups.get(pick.raceId);
    if (cup !== undefined && !played.includes(cup))
      at(
        ['picks', i, 'raceId'],
        `"${pick.raceId}" is a ${CUP_NAMES[cup]} race; the league plays the ${played.map((c) => CUP_NAMES[c]).join(' and ')}.`,
      );
  });
}

/** The results as a league file writes them: Manufacturers Cup rows with `teamId`. */
export function resultsToFile(results: readonly RaceResult[], season: Season | undefined): unknown[] {
  const cups = season ? raceCups(season.rounds) : new Map();
  return results.map((result) => ({
    ...result,
    classification: result.classification.map((row) => rowToFile(row, cups.get(result.raceId))),
  }));
}
