/** The scoring engine: one import for the renderer and the CLI. */
export * from './rules';
export {
  compileLeague,
  type CompiledLeague,
  type CompiledRound,
  type IgnoredPick,
  type IgnoredPickReason,
  type LeagueInput,
} from './compile';
export { leagueCompiler, recompileLeague } from './recompile';
export {
  computeStandings,
  gradeLeague,
  standingsUnderPreset,
  toPlainRow,
  type StandingsInput,
} from './engine';
export type { Standings, StandingsRow } from './standings-types';
export {
  compileRules,
  maxRaceScore,
  podiumBonus,
  slotOutcome,
  slotPoints,
  type CompiledRules,
  type SlotOutcome,
} from './slot-points';
export {
  entryNamer,
  explainRace,
  gradePick,
  type BonusLine,
  type GradeContext,
  type PickBreakdown,
  type RaceExplanation,
  type SlotLine,
} from './breakdown';
export { changedMoves, diffStandings, type StandingsMove } from './diff';
export {
  checkListedPoints,
  driverChampionship,
  tablePoints,
  type ChampionshipRow,
  type PointsMismatch,
} from './championship';
export { isoToMs, isZonedInstant } from './time';
export { fromThousandths, pointsDifference, POINT_SCALE, toThousandths } from './points';
export { completeness, isGradable, type Completeness } from './gradable';
