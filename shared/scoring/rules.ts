/**
 * Scoring rules of a league. A league names a preset and may
 * override any of its numbers; options apply on top of any preset.
 * See docs/scoring.md for the rules in prose.
 */
import type { Cup } from '../domain/types';
import { fromThousandths, toThousandths } from './points';

export type PresetId = 'classic' | 'proximity' | 'distance';

export const PRESET_IDS: readonly PresetId[] = ['classic', 'proximity', 'distance'];

/** Every number a preset uses. Overrides in {@link ScoringRules} replace these one by one. */
export interface PresetNumbers {
  /** Points for a driver who finished exactly in the picked slot (classic, proximity). */
  exact: number;
  /** classic: driver on the podium in another slot. */
  onPodium: number;
  /** proximity: driver finished exactly one place away from the slot (P4 counts for P3). */
  adjacent: number;
  /** classic and proximity: all three slots exact. */
  perfectBonus: number;
  /** proximity: the same three drivers in any order (not all exact). */
  sameThreeBonus: number;
  /** distance: points by |slot − actual position|, 0 beyond the table or if unclassified. */
  distanceTable: number[];
}

/** How a missed race (no pick) counts. */
export type MissedRacePolicy = 'zero' | 'lowest';

export interface ScoringOptions {
  /** Each member may double one round per season. */
  joker: boolean;
  /** An exact slot nobody else in the league picked scores double. */
  uniqueBonus: boolean;
  /** Drop the N worst rounds of each member. */
  dropWorst: number;
  /** `zero` (default) or the lowest score any member made on that race. */
  missedRace: MissedRacePolicy;
}

/** A league's rules: a preset, optional number overrides, options. */
export interface ScoringRules extends ScoringOptions {
  preset: PresetId;
  overrides?: Partial<PresetNumbers>;
  /**
   * The championships the league predicts; only their races count. Absent:
   * the Nations Cup only (what every league file written before cups meant).
   */
  cups?: Cup[];
}

const CUP_ORDER: readonly Cup[] = ['nations', 'manufacturers'];

/** The cups a league plays, Nations Cup first; absent means the Nations Cup only. */
export function leagueCups(rules: Pick<ScoringRules, 'cups'>): Cup[] {
  const cups = rules.cups ?? [];
  const out = CUP_ORDER.filter((cup) => cups.includes(cup));
  return out.length > 0 ? out : ['nations'];
}

export const DEFAULT_OPTIONS: ScoringOptions = {
  joker: false,
  uniqueBonus: false,
  dropWorst: 0,
  missedRace: 'zero',
};

export const DEFAULT_RULES: ScoringRules = { preset: 'classic', ...DEFAULT_OPTIONS };

const DISTANCE_TABLE = [25, 18, 15, 12, 10, 8, 6, 4, 2, 1];

/**
 * The numbers of each preset. Which formula a slot uses depends on the preset:
 * `distance` reads only `distanceTable`; `classic` and `proximity` read
 * `exact`, `onPodium` and `adjacent`. The podium bonuses apply to every preset.
 */
export const PRESETS: Readonly<Record<PresetId, Readonly<PresetNumbers>>> = {
  classic: {
    exact: 3,
    onPodium: 1,
    adjacent: 0,
    perfectBonus: 2,
    sameThreeBonus: 0,
    distanceTable: DISTANCE_TABLE,
  },
  proximity: {
    exact: 3,
    onPodium: 0,
    adjacent: 1,
    perfectBonus: 10,
    sameThreeBonus: 5,
    distanceTable: DISTANCE_TABLE,
  },
  distance: {
    exact: 25,
    onPodium: 0,
    adjacent: 0,
    perfectBonus: 0,
    sameThreeBonus: 0,
    distanceTable: DISTANCE_TABLE,
  },
};

/** A rule number as scored: rounded to the nearest thousandth (see ./points.ts). */
const quantize = (points: number) => fromThousandths(toThousandths(points));

/** The preset's numbers with the league's overrides applied, each rounded to the nearest thousandth. */
export function resolveNumbers(rules: Pick<ScoringRules, 'preset' | 'overrides'>): PresetNumbers {
  const base = PRESETS[rules.preset];
  const o = rules.overrides ?? {};
  // Explicit fields rather than a spread: overrides may come from a file and must not carry extra keys.
  return {
    exact: quantize(o.exact ?? base.exact),
    onPodium: quantize(o.onPodium ?? base.onPodium),
    adjacent: quantize(o.adjacent ?? base.adjacent),
    perfectBonus: quantize(o.perfectBonus ?? base.perfectBonus),
    sameThreeBonus: quantize(o.sameThreeBonus ?? base.sameThreeBonus),
    distanceTable: (o.distanceTable ?? base.distanceTable).map(quantize),
  };
}

/** The same league rules under another preset (overrides dropped: they belong to the old preset). */
export function withPreset(rules: ScoringRules, preset: PresetId): ScoringRules {
  return {
    preset,
    joker: rules.joker,
    uniqueBonus: rules.uniqueBonus,
    dropWorst: rules.dropWorst,
    missedRace: rules.missedRace,
    ...(rules.cups ? { cups: leagueCups(rules) } : {}),
  };
}

/**
 * Rules as a file's schema (./rules-schema.ts) outputs them: overrides may hold
 * `undefined` fields. Spelled out rather than inferred so this module, which the
 * app needs at start, does not load zod.
 */
export type ScoringRulesFromFile = Omit<ScoringRules, 'overrides'> & {
  overrides?: { [K in keyof PresetNumbers]?: PresetNumbers[K] | undefined } | undefined;
};

/** Removes `undefined` override fields so that rules serialize and compare cleanly. */
export function normalizeRules(rules: ScoringRulesFromFile | ScoringRules): ScoringRules {
  const out: ScoringRules = {
    preset: rules.preset,
    joker: rules.joker,
    uniqueBonus: rules.uniqueBonus,
    dropWorst: rules.dropWorst,
    missedRace: rules.missedRace,
  };
  if (rules.overrides) {
    const overrides: Partial<PresetNumbers> = {};
    const o = rules.overrides;
    if (o.exact !== undefined) overrides.exact = o.exact;
    if (o.onPodium !== undefined) overrides.onPodium = o.onPodium;
    if (o.adjacent !== undefined) overrides.adjacent = o.adjacent;
    if (o.perfectBonus !== undefined) overrides.perfectBonus = o.perfectBonus;
    if (o.sameThreeBonus !== undefined) overrides.sameThreeBonus = o.sameThreeBonus;
    if (o.distanceTable !== undefined) overrides.distanceTable = [...o.distanceTable];
    if (Object.keys(overrides).length > 0) out.overrides = overrides;
  }
  if (rules.cups) out.cups = leagueCups(rules);
  return out;
}
