/**
 * Explanations of single scores: data only (slot, entry, finish, outcome,
 * bonus kind, points), which the renderer words in the user's language.
 * Built on demand for what is on screen; the engine never creates these
 * objects. Uses the same formulas as the engine (./slot-points.ts).
 */
import { isGradable } from './gradable';
import type { FinishStatus, Pick, RaceResult, Season } from '../domain/types';
import type { CompiledLeague } from './compile';
import { fromThousandths, toThousandths } from './points';
import { resolveNumbers, type ScoringRules } from './rules';
import { podiumBonus, slotOutcome, type SlotOutcome } from './slot-points';

/** One slot of a graded pick. */
export interface SlotLine {
  slot: 1 | 2 | 3;
  entryId: string;
  entryName: string;
  /** Listed finishing position; null when absent from the classification or `dns`. */
  actual: number | null;
  /** Status of the classification row; `absent` when the entry is not in it. */
  status: FinishStatus | 'absent';
  outcome: SlotOutcome;
  /** Whether the unique bonus doubled this slot: `points` is then twice the preset's points. */
  unique: boolean;
  /** What the slot adds to the race score, unique bonus included. */
  points: number;
}

/**
 * A line added on top of the slots: the perfect-podium or same-three bonus,
 * or the joker round (its `points` are the race score it doubles, which is
 * what it adds).
 */
export interface BonusLine {
  kind: 'perfect' | 'sameThree' | 'joker';
  points: number;
}

/** Why a pick scored what it did. */
export interface PickBreakdown {
  memberId: string;
  raceId: string;
  slots: [SlotLine, SlotLine, SlotLine];
  bonuses: BonusLine[];
  /** Slots plus podium bonus (the race score before the joker). */
  raceScore: number;
  /** What the race adds to the member's total (joker included). */
  total: number;
}

export interface GradeContext {
  /** Display name of an entry id; defaults to the id. */
  name?: (entryId: string) => string;
  /** Whether nobody else in the league picked this entry in this slot (unique bonus). */
  isUnique?: (slot: 1 | 2 | 3, entryId: string) => boolean;
  /** The race belongs to the member's joker round. */
  joker?: boolean;
}

/** Display names from a season's drivers and teams. */
export function entryNamer(season: Season | undefined): (entryId: string) => string {
  const names = new Map<string, string>();
  for (const d of season?.drivers ?? []) names.set(d.id, d.name);
  for (const t of season?.teams ?? []) names.set(t.id, t.name);
  return (id) => names.get(id) ?? id;
}

/** Grades one pick against one result, with a line per slot and bonus. */
export function gradePick(
  pick: Pick,
  result: RaceResult,
  rules: ScoringRules,
  context: GradeContext = {},
): PickBreakdown {
  const numbers = resolveNumbers(rules);
  const name = context.name ?? ((id: string) => id);
  const rows = new Map<string, RaceResult['classification'][number]>();
  for (const row of result.classification) if (!rows.has(row.driverId)) rows.set(row.driverId, row);

  const positions: number[] = [];
  const slots = pick.podium.map((entryId, i): SlotLine => {
    const slot = (i + 1) as 1 | 2 | 3;
    const row = rows.get(entryId);
    const status: FinishStatus | 'absent' = row ? row.status : 'absent';
    const actual =
      row && row.status !== 'dns' && Number.isInteger(row.position) && row.position >= 1
        ? row.position
        : null;
    positions.push(actual ?? 0);
    const graded = slotOutcome(rules.preset, numbers, slot, actual ?? 0);
    const exact = actual === slot;
    const unique =
      rules.uniqueBonus && exact && graded.points > 0 && (context.isUnique?.(slot, entryId) ?? false);
    const points = unique ? graded.points * 2 : graded.points;
    return {
      slot,
      entryId,
      entryName: name(entryId),
      actual,
      status,
      outcome: graded.outcome,
      unique,
      points,
    };
  }) as [SlotLine, SlotLine, SlotLine];

  const bonuses: BonusLine[] = [];
  const bonus = podiumBonus(numbers, positions[0]!, positions[1]!, positions[2]!);
  if (bonus.kind !== null && bonus.points > 0) bonuses.push({ kind: bonus.kind, points: bonus.points });

  // Summed in thousandths, as the engine does, so the explanation matches the table exactly.
  const raceScore = fromThousandths(
    slots.reduce((sum, s) => sum + toThousandths(s.points), 0) + toThousandths(bonus.points),
  );
  let total = raceScore;
  if (context.joker && rules.joker) {
    total = fromThousandths(toThousandths(raceScore) * 2);
    bonuses.push({ kind: 'joker', points: raceScore });
  }
  return { memberId: pick.memberId, raceId: pick.raceId, slots, bonuses, raceScore, total };
}

/** Explanation of one member's score on one race, as counted in the standings. */
export type RaceExplanation =
  | { kind: 'pick'; breakdown: PickBreakdown }
  | {
      /** No counted pick: `points` is 0, or the league's lowest score on the race (doubled in the joker round). */
      kind: 'missed';
      points: number;
      /** The missed-race rule "lowest" gave the league's lowest score on the race (someone picked it). */
      lowestRule: boolean;
      /** The race is in the member's joker round (doubles that lowest score). */
      joker: boolean;
    }
  | { kind: 'noResult' };

/**
 * Explains the score {@link StandingsRow.byRace} shows for one member and race,
 * using the league's counted picks (for the unique bonus, the joker round and
 * the missed-race rule).
 */
export function explainRace(
  league: CompiledLeague,
  results: readonly RaceResult[],
  rules: ScoringRules,
  memberId: string,
  raceId: string,
  name?: (entryId: string) => string,
): RaceExplanation {
  const m = league.memberIndex.get(memberId);
  const r = league.raceIndex.get(raceId);
  let result: RaceResult | undefined;
  for (const candidate of results) if (candidate.raceId === raceId) result = candidate;
  if (m === undefined || r === undefined || result === undefined || !isGradable(result))
    return { kind: 'noResult' };
  const R = league.raceCount;
  const racePicks: Pick[] = [];
  for (let i = 0; i < league.memberCount; i++) {
    const pick = league.pickAt[i * R + r];
    if (pick) racePicks.push(pick);
  }
  const isUnique = (slot: 1 | 2 | 3, entryId: string) =>
    racePicks.filter((p) => p.podium[slot - 1] === entryId).length === 1;
  const joker = rules.joker && league.jokerRound[m] === league.raceRound[r];
  const context: GradeContext = { isUnique, joker, ...(name ? { name } : {}) };
  const own = league.pickAt[m * R + r];
  if (own) return { kind: 'pick', breakdown: gradePick(own, result, rules, context) };

  let points = 0;
  const lowestRule = rules.missedRace === 'lowest' && racePicks.length > 0;
  if (lowestRule) {
    const lowest = Math.min(...racePicks.map((p) => gradePick(p, result, rules, { isUnique }).raceScore));
    points = joker ? lowest * 2 : lowest;
  }
  return { kind: 'missed', points, lowestRule, joker };
}
