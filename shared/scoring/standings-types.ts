import type { Cup } from '../domain/types';
import type { ScoringRules } from './rules';

/** One member's line of the league table. */
export interface StandingsRow {
  /** 1-based; members equal on every tie-break share a rank (1, 2, 2, 4). */
  rank: number;
  memberId: string;
  name: string;
  /** Total after joker and dropped rounds. */
  points: number;
  /** Slots picked exactly. */
  exact: number;
  /** Races with all three slots exact. */
  perfectPodiums: number;
  /** Races whose P1 slot was exact. */
  winners: number;
  /**
   * Points each graded race added (joker doubling included, dropped rounds
   * not removed), keyed by race id. Built when first read.
   */
  readonly byRace: Record<string, number>;
  /** Total of each round with a graded race, keyed by round id. Built when first read. */
  readonly byRound: Record<string, number>;
  /**
   * The total split by cup: one key per cup of the league's scored races,
   * rounds dropped by the drop-worst option left out, so the values add up
   * to `points`. Built when first read.
   */
  readonly byCup: Partial<Record<Cup, number>>;
  /** The round the member's joker doubled, if the rules use jokers and one was played. */
  jokerRoundId: string | null;
  /** Rounds left out of `points` by the drop-worst option. */
  droppedRoundIds: string[];
  /** Graded races the member had a counted pick for. */
  picksCounted: number;
  /** Races graded with the missed-race rule because the member had no counted pick. */
  missedRaces: number;
  /** Upper bound of the points still to win in races without a result. */
  maxRemaining: number;
  /** Upper bound of the final total (points + what is still available, best joker, drops applied). */
  maxPossible: number;
  /** Whether {@link maxPossible} still reaches the current leader's points. */
  canWin: boolean;
}

/** The league table: rows in rank order. */
export interface Standings {
  rules: ScoringRules;
  rows: StandingsRow[];
  /** Races that have a result, in calendar order. */
  gradedRaceIds: string[];
  /** Pickable races still without a result. */
  remainingRaceIds: string[];
  /** Best score of one race under these rules (before joker and unique bonus). */
  maxRaceScore: number;
}
