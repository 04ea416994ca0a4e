/**
 * Who gained and who lost in the active league because of an import: the
 * league graded with each imported race's previous result (or none) against
 * the same league graded with the new one.
 */
import type { RaceResult } from '../../../../shared/domain/types';
import {
  changedMoves,
  computeStandings,
  diffStandings,
  type StandingsMove,
} from '../../../../shared/scoring';
import type { CommittedRace } from '../../db/imports';
import type { LeagueData } from '../../hooks/useLeagueData';

type LeagueInput = Pick<LeagueData, 'league' | 'season' | 'members' | 'picks' | 'results'>;

function overlay(
  results: readonly RaceResult[],
  races: CommittedRace[],
  side: 'before' | 'after',
): RaceResult[] {
  const changed = new Set(races.map((r) => r.raceId));
  const kept = results.filter((r) => !changed.has(r.raceId));
  for (const race of races) {
    const result = race[side];
    if (result) kept.push(result);
  }
  return kept;
}

/** Members whose rank or points changed; `results` may be read before or after the commit. */
export function importMoves(data: LeagueInput, races: CommittedRace[]): StandingsMove[] {
  const grade = (results: RaceResult[]) =>
    computeStandings({
      season: data.season,
      members: data.members,
      picks: data.picks,
      results,
      rules: data.league.rules,
      ignoreLocks: data.league.replay === true,
    });
  const before = grade(overlay(data.results, races, 'before'));
  const after = grade(overlay(data.results, races, 'after'));
  return changedMoves(diffStandings(before, after));
}
