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
