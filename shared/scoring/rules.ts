/**
 * Scoring rules of a league (DESIGN.md §4). A league names a preset and may
 * override any of its numbers; options apply on top of any preset.
 */

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
}

export const DEFAULT_OPTIONS: ScoringOptions = {
  joker: false,
  uniqueBonus: false,
  dropWorst: 0,
  missedRace: 'zero',
};

export const DEFAULT_RULES: ScoringRules = { preset: 'classic', ...DEFAULT_OPTIONS };
