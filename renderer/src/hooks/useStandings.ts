import { useMemo, useState } from 'react';
import {
  compileLeague,
  entryNamer,
  gradeLeague,
  leagueCompiler,
  leagueCups,
  type CompiledLeague,
  type LeagueInput,
  type Standings,
} from '../../../shared/scoring';
import type { RaceResult } from '../../../shared/domain/types';
import { picksBeforeResults } from '../../../shared/scoring/replay-cutoff';
import { useLeagueData, type LeagueData } from './useLeagueData';
import { cupSplit, type CupSplit } from '../lib/cup-split';

/** A round that has at least one pickable race, as the table shows it. */
export interface RoundColumn {
  id: string;
  /** Short header text ("R1", "WF"). */
  label: string;
  name: string;
  /** Whether at least one of its races has a result. */
  graded: boolean;
}

/** Everything the leaderboard shows, derived from one live read of the league. */
export interface LeagueStandings {
  data: LeagueData;
  compiled: CompiledLeague;
  standings: Standings;
  /** The table before the latest graded round, for movement; null before the second graded round. */
  previous: Standings | null;
  rounds: RoundColumn[];
  /** Display name of a driver or team id. */
  entryName: (entryId: string) => string;
  /** Points per cup of each row, when the league predicts both cups; null otherwise. */
  split: CupSplit | null;
}

/** Rounds with pickable races, in calendar order, labelled for narrow headers. */
export function roundColumns(compiled: CompiledLeague, data: LeagueData, graded: Set<string>): RoundColumn[] {
  const byId = new Map(data.season.rounds.map((round) => [round.id, round]));
  return compiled.rounds.map((round) => {
    const info = byId.get(round.id);
    const isFinals = round.id.endsWith('-wf');
    return {
      id: round.id,
      label: isFinals ? 'WF' : `R${info?.number ?? '?'}`,
      name: info?.name ?? round.id,
      graded: round.races.some((r) => graded.has(compiled.races[r]!.id)),
    };
  });
}

/**
 * Results without the latest graded round: grading them gives the table
 * "before" that round, which movement arrows compare against.
 */
export function resultsBeforeLatestRound(
  compiled: CompiledLeague,
  results: readonly RaceResult[],
  gradedRaceIds: readonly string[],
): RaceResult[] | null {
  const gradedRounds = new Set<number>();
  for (const raceId of gradedRaceIds) {
    const r = compiled.raceIndex.get(raceId);
    if (r !== undefined) gradedRounds.add(compiled.raceRound[r]!);
  }
  if (gradedRounds.size < 2) return null;
  const latest = Math.max(...gradedRounds);
  return results.filter((result) => {
    const r = compiled.raceIndex.get(result.raceId);
    return r === undefined || compiled.raceRound[r] !== latest;
  });
}

/**
 * Grades a league's data: compile once, grade the current and the previous
 * table. `compile` may remember earlier reads ({@link leagueCompiler}).
 */
export function deriveStandings(
  data: LeagueData,
  compile: (input: LeagueInput) => CompiledLeague = compileLeague,
): LeagueStandings {
  const compiled = compile({
    season: data.season,
    members: data.members,
    picks: data.league.replay === true ? picksBeforeResults(data.picks, data.results) : data.picks,
    ignoreLocks: data.league.replay === true,
    cups: leagueCups(data.league.rules),
  });
  const { rules } = data.league;
  const standings = gradeLeague(compiled, data.results, rules);
  const before = resultsBeforeLatestRound(compiled, data.results, standings.gradedRaceIds);
  return {
    data,
    compiled,
    standings,
    previous: before ? gradeLeague(compiled, before, rules) : null,
    rounds: roundColumns(compiled, data, new Set(standings.gradedRaceIds)),
    entryName: entryNamer(data.season),
    split: cupSplit(leagueCups(rules)),
  };
}

/**
 * The live standings of a league: undefined while loading, null when the
 * league does not exist. Re-renders reuse the result; a database change
 * recompiles only what changed (a new result: nothing; an edited pick: its
 * cell) and grades again.
 */
export function useStandings(leagueId: string | null | undefined): LeagueStandings | null | undefined {
  const data = useLeagueData(leagueId);
  const [compile] = useState(leagueCompiler);
  return useMemo(() => (data ? deriveStandings(data, compile) : data), [data, compile]);
}
