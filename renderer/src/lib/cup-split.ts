import type { Cup } from '../../../shared/domain/types';
import type { StandingsRow } from '../../../shared/scoring';

/** The per-cup columns of a league that predicts more than one cup. */
export interface CupSplit {
  /** The league's cups, Nations Cup first. */
  cups: readonly Cup[];
  /** A row's points in each cup; they add up to its total. */
  pointsOf: (row: Pick<StandingsRow, 'byCup'>) => Record<Cup, number>;
}

/** The split the leaderboard shows for a league's cups, or null when it predicts one cup (the total says it all). */
export function cupSplit(cups: readonly Cup[]): CupSplit | null {
  if (cups.length < 2) return null;
  return {
    cups,
    pointsOf: (row) => ({ nations: row.byCup.nations ?? 0, manufacturers: row.byCup.manufacturers ?? 0 }),
  };
}
