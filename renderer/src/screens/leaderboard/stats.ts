/**
 * Season figures for the charts and the statistics table, derived from the
 * compiled league in one pass over the member × race matrix.
 */
import { gradeLeague } from '../../../../shared/scoring';
import type { LeagueStandings } from '../../hooks/useStandings';

export interface MemberStats {
  memberId: string;
  name: string;
  /** Exact slots / picked slots of graded races (0..1); null without a counted pick. */
  exactRate: number | null;
  /** Picked drivers who finished on the podium / picked slots (0..1). */
  podiumRate: number | null;
  best: { roundId: string; points: number } | null;
  worst: { roundId: string; points: number } | null;
  jokersUsed: number;
}

export function memberStats(ls: LeagueStandings): MemberStats[] {
  const { compiled, standings, data } = ls;
  const R = compiled.raceCount;
  const E = compiled.entryIds.length;
  // Finishing position per graded race and entry, 0 = unclassified.
  const pos = new Int32Array(R * E);
  const graded: number[] = [];
  for (const result of data.results) {
    const r = compiled.raceIndex.get(result.raceId);
    if (r === undefined) continue;
    graded.push(r);
    for (const row of result.classification) {
      const e = compiled.entryIndex.get(row.driverId);
      if (e !== undefined && row.status !== 'dns') pos[r * E + e] = row.position;
    }
  }
  const gradedRounds = ls.rounds.filter((round) => round.graded);

  return standings.rows.map((row) => {
    const m = compiled.memberIndex.get(row.memberId)!;
    let slots = 0;
    let exact = 0;
    let podium = 0;
    for (const r of graded) {
      const cell = m * R + r;
      const picks = [compiled.p1[cell]!, compiled.p2[cell]!, compiled.p3[cell]!];
      if (picks[0]! < 0) continue;
      picks.forEach((e, slot) => {
        const p = pos[r * E + e]!;
        slots++;
        if (p === slot + 1) exact++;
        if (p >= 1 && p <= 3) podium++;
      });
    }
    let best: MemberStats['best'] = null;
    let worst: MemberStats['worst'] = null;
    const byRound = row.byRound;
    for (const round of gradedRounds) {
      const points = byRound[round.id] ?? 0;
      if (!best || points > best.points) best = { roundId: round.id, points };
      if (!worst || points < worst.points) worst = { roundId: round.id, points };
    }
    return {
      memberId: row.memberId,
      name: row.name,
      exactRate: slots ? exact / slots : null,
      podiumRate: slots ? podium / slots : null,
      best,
      worst,
      jokersUsed: row.jokerRoundId ? 1 : 0,
    };
  });
}

export interface SeasonSeries {
  /** X axis: the start (its label in the active language) then each graded round's label. */
  labels: string[];
  /** Per member: cumulative points after each label (starts at 0). */
  points: Map<string, number[]>;
  /** Per member: rank after each graded round (no "Start" entry). */
  ranks: Map<string, number[]>;
}

/**
 * Points and rank after each graded round. Ranks need a table per round:
 * the league is already compiled, so each is one grading of the results up
 * to that round.
 */
export function seasonSeries(
  ls: LeagueStandings,
  memberIds: readonly string[],
  startLabel: string,
): SeasonSeries {
  const { compiled, data, standings } = ls;
  const gradedRounds = ls.rounds.map((round, k) => ({ round, k })).filter(({ round }) => round.graded);
  const wanted = new Set(memberIds);
  const points = new Map<string, number[]>();
  const ranks = new Map<string, number[]>();
  for (const row of standings.rows) {
    if (!wanted.has(row.memberId)) continue;
    let sum = 0;
    const line = [0];
    for (const { round } of gradedRounds) {
      sum += row.byRound[round.id] ?? 0;
      line.push(sum);
    }
    points.set(row.memberId, line);
    ranks.set(row.memberId, []);
  }
  for (const { k } of gradedRounds) {
    const upTo = data.results.filter((result) => {
      const r = compiled.raceIndex.get(result.raceId);
      return r !== undefined && compiled.raceRound[r]! <= k;
    });
    const table = gradeLeague(compiled, upTo, standings.rules);
    for (const row of table.rows) ranks.get(row.memberId)?.push(row.rank);
  }
  return { labels: [startLabel, ...gradedRounds.map(({ round }) => round.label)], points, ranks };
}
