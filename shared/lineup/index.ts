/** Pasted line-ups: reading the shapes fans copy, matching drivers across seasons, building entry lists. */
export { parseLineup, looksLikePsnId, type LineupLine } from './parse';
export { knownDrivers, type KnownDriver } from './known';
export {
  matchLineup,
  driverUpdates,
  type LineupAmbiguity,
  type LineupMatch,
  type LineupMatchMethod,
  type LineupRow,
} from './match';
export {
  applyLineup,
  copyEntryList,
  defaultChoice,
  normalizeCountry,
  type LineupChoice,
  type LineupMode,
  type LineupOutcome,
  type LineupProblem,
} from './apply';
