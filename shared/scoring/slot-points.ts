/**
 * The per-slot and per-race scoring formulas, in one place. The fast engine
 * reads them through a lookup table built from {@link slotPoints}; the
 * breakdown calls them directly, so both always agree.
 */
import { fromThousandths, toThousandths } from './points';
import { resolveNumbers, type PresetId, type PresetNumbers, type ScoringRules } from './rules';

/** Why a slot scored what it did. */
export type SlotOutcome = 'exact' | 'onPodium' | 'adjacent' | 'distance' | 'miss' | 'unclassified';

/**
 * Points of one slot. `slot` is 1..3; `actual` is the finishing position of the
 * picked entry, 0 when it is absent from the classification or did not start.
 */
export function slotPoints(preset: PresetId, n: PresetNumbers, slot: number, actual: number): number {
  return slotOutcome(preset, n, slot, actual).points;
}

export function slotOutcome(
  preset: PresetId,
  n: PresetNumbers,
  slot: number,
  actual: number,
): { outcome: SlotOutcome; points: number } {
  if (actual <= 0) return { outcome: 'unclassified', points: 0 };
  const d = Math.abs(slot - actual);
  if (preset === 'distance') {
    const p = n.distanceTable[d] ?? 0;
    return { outcome: p > 0 ? (d === 0 ? 'exact' : 'distance') : 'miss', points: p };
  }
  if (d === 0) return { outcome: 'exact', points: n.exact };
  const podium = actual <= 3 ? n.onPodium : 0;
  const adjacent = d === 1 ? n.adjacent : 0;
  if (podium === 0 && adjacent === 0) return { outcome: 'miss', points: 0 };
  return adjacent > podium
    ? { outcome: 'adjacent', points: adjacent }
    : { outcome: 'onPodium', points: podium };
}

/** Podium bonus of a race from the three actual positions (0 = unclassified). */
export function podiumBonus(
  n: PresetNumbers,
  a1: number,
  a2: number,
  a3: number,
): { kind: 'perfect' | 'sameThree' | null; points: number } {
  if (a1 === 1 && a2 === 2 && a3 === 3) return { kind: 'perfect', points: n.perfectBonus };
  // Picks name three distinct entries, so three podium finishers are the podium in another order.
  if (a1 >= 1 && a1 <= 3 && a2 >= 1 && a2 <= 3 && a3 >= 1 && a3 <= 3)
    return { kind: 'sameThree', points: n.sameThreeBonus };
  return { kind: null, points: 0 };
}

/**
 * Rules compiled for the hot loop, every number in whole thousandths (./points.ts):
 * `slotLut[(slot − 1) * lutSize + min(actual, lutSize − 1)]`. The last column of
 * each slot is beyond every table, so clamping there is exact.
 */
export interface CompiledRules {
  rules: ScoringRules;
  numbers: PresetNumbers;
  lutSize: number;
  /** Slot points in thousandths. */
  slotLut: Float64Array;
  /** Podium bonuses in thousandths. */
  perfectBonus: number;
  sameThreeBonus: number;
  /** Best possible score of one race, in thousandths, without and with the unique bonus on every exact slot. */
  maxRace: number;
  maxRaceUnique: number;
}

/**
 * The compiled rules, from a cache keyed by the preset and its resolved
 * numbers: building them tries every placement of three entries (thousands of
 * bonus calls), which cost a fresh process more than grading a small league,
 * and every grade asks again. The tables are shared: callers only read them.
 */
export function compileRules(rules: ScoringRules): CompiledRules {
  const numbers = resolveNumbers(rules);
  const key = `${rules.preset} ${JSON.stringify(numbers)}`;
  let built = compiledByKey.get(key);
  if (built === undefined) {
    built = buildRules(rules, numbers);
    // Leagues use a handful of rule sets; a bound keeps a long session's cache small.
    if (compiledByKey.size >= 32) compiledByKey.clear();
    compiledByKey.set(key, built);
  }
  return built.rules === rules ? built : { ...built, rules };
}

const compiledByKey = new Map<string, CompiledRules>();

function buildRules(rules: ScoringRules, numbers: PresetNumbers): CompiledRules {
  const lutSize = Math.max(8, numbers.distanceTable.length + 5);
  const slotLut = new Float64Array(3 * lutSize);
  for (let s = 0; s < 3; s++)
    for (let a = 0; a < lutSize; a++)
      slotLut[s * lutSize + a] = toThousandths(slotPoints(rules.preset, numbers, s + 1, a));
  let maxRace = 0;
  let maxRaceUnique = 0;
  // Brute force over every placement of the three picked entries: exact even for odd overrides.
  for (let a1 = 0; a1 < lutSize; a1++)
    for (let a2 = 0; a2 < lutSize; a2++)
      for (let a3 = 0; a3 < lutSize; a3++) {
        if ((a1 !== 0 && (a1 === a2 || a1 === a3)) || (a2 !== 0 && a2 === a3)) continue;
        const s1 = slotLut[a1]!;
        const s2 = slotLut[lutSize + a2]!;
        const s3 = slotLut[2 * lutSize + a3]!;
        const bonus = toThousandths(podiumBonus(numbers, a1, a2, a3).points);
        const plain = s1 + s2 + s3 + bonus;
        const unique = (a1 === 1 ? 2 : 1) * s1 + (a2 === 2 ? 2 : 1) * s2 + (a3 === 3 ? 2 : 1) * s3 + bonus;
        if (plain > maxRace) maxRace = plain;
        if (unique > maxRaceUnique) maxRaceUnique = unique;
      }
  return {
    rules,
    numbers,
    lutSize,
    slotLut,
    perfectBonus: toThousandths(numbers.perfectBonus),
    sameThreeBonus: toThousandths(numbers.sameThreeBonus),
    maxRace,
    maxRaceUnique,
  };
}

/** Best possible score of one race under these rules (11 classic, 19 proximity, 75 distance). */
export function maxRaceScore(rules: ScoringRules): number {
  return fromThousandths(compileRules(rules).maxRace);
}
