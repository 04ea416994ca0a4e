/**
 * Result-file parsers: official text (whitespace and pipe
 * form, pasted race reports), CSV and the app's JSON format.
 */
export { parseResultsBytes, parseResultsText, MAX_ISSUES, type ParseOptions } from './parse';
export { toContractJson, type ContractOutcome } from './contract';
export { decodeTextBytes, MAX_FILE_BYTES, type DecodedText } from './decode';
export { createDriverIndex, type DriverIndex } from './drivers';
export { resolveCountry, splitCountryDriver, countryName } from './countries';
export { parseTimeMs, readTimeToken, formatMs, type TimeToken } from './time';
export { resultsFileSchema, type ResultsFile } from './json-format';
export { toRaceResult } from './to-result';
export type * from './types';
export { PARSE_ISSUE_CODES } from './types';
export {
  planResultsBytes,
  planResultsText,
  tableRanges,
  tableOfLine,
  type PlanOptions,
  type ResultsPlan,
  type TablePlan,
} from './plan';
export {
  detectRace,
  readDocumentFacts,
  sameTrack,
  type DetectionEvidence,
  type DocumentFacts,
  type NoRaceReason,
  type RaceDetection,
} from './detect';
export { handEntryText, HAND_ENTRY_SOURCE, type HandEntryRow } from './hand-entry';
