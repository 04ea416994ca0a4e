/** Who gained and who lost between two tables (a corrected result re-imported, a preset switched). */
import { pointsDifference } from './points';
import type { Standings } from './standings-types';

export interface StandingsMove {
  memberId: string;
  name: string;
  /** null when the member is only in the other table. */
  rankBefore: number | null;
  rankAfter: number | null;
  /** Places gained: positive moved up, negative moved down, 0 when either side is missing. */
  rankChange: number;
  pointsBefore: number;
  pointsAfter: number;
  pointsChange: number;
}

/** One line per member of either table, in the order of the new table (then members who left). */
export function diffStandings(before: Standings, after: Standings): StandingsMove[] {
  const old = new Map(before.rows.map((row) => [row.memberId, row]));
  const moves: StandingsMove[] = after.rows.map((row) => {
    const was = old.get(row.memberId);
    old.delete(row.memberId);
    return {
      memberId: row.memberId,
      name: row.name,
      rankBefore: was ? was.rank : null,
      rankAfter: row.rank,
      rankChange: was ? was.rank - row.rank : 0,
      pointsBefore: was ? was.points : 0,
      pointsAfter: row.points,
      pointsChange: pointsDifference(row.points, was ? was.points : 0),
    };
  });
  for (const was of old.values())
    moves.push({
      memberId: was.memberId,
      name: was.name,
      rankBefore: was.rank,
      rankAfter: null,
      rankChange: 0,
      pointsBefore: was.points,
      pointsAfter: 0,
      pointsChange: -was.points,
    });
  return moves;
}

/** Only the members whose rank or points changed. */
export function changedMoves(moves: StandingsMove[]): StandingsMove[] {
  return moves.filter(
    (m) => m.rankChange !== 0 || m.pointsChange !== 0 || m.rankBefore === null || m.rankAfter === null,
  );
}
