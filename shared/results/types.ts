/**
 * Public types of the result-file parsers.
 *
 * `ParseOutcome` is a superset of the `podium parse --json` contract: the
 * contract fields come first and keep their exact names and meaning; the extra
 * fields (`line`, `match`, `gap`, …) exist for the Results screen and are
 * dropped by `toContractJson` before printing.
 */
import type { Cup, FinishStatus, SessionKind } from '../domain/types';

/** Which result format a file was read as. Pasted race reports are text formats too. */
export type ResultFormat = 'official-text' | 'pipe-table' | 'csv' | 'json';

export type IssueSeverity = 'error' | 'warning' | 'info';

/**
 * Every kind of problem the result parsers report, as a stable kebab-case code.
 * Screens word an issue from its code and params; the CLI prints the English
 * `message` and puts the code next to it in its JSON.
 */
export const PARSE_ISSUE_CODES = [
  'file-too-large',
  'binary-signature',
  'binary-data',
  'utf32',
  'utf16-without-bom',
  'unknown-encoding',
  'read-as-windows-1252',
  'invalid-utf8-bom',
  'invalid-utf8',
  'invalid-utf16',
  'empty-file',
  'no-table',
  'json-invalid',
  'json-schema',
  'csv-header-missing',
  'csv-extra-cells',
  'csv-open-quote',
  'row-unreadable',
  'fastest-lap-unreadable',
  'fastest-lap-repeated',
  'headerless-table',
  'headerless-table-time-gap',
  'numbered-list',
  'dash-list',
  'empty-table',
  'duplicate-position',
  'missing-position',
  'missing-positions',
  'time-order',
  'unknown-country',
  'duplicate-driver',
  'ambiguous-initial',
  'unknown-driver',
  'country-mismatch',
  'unknown-fastest-lap-driver',
  'unknown-team',
  'unclear-team',
  'points-mismatch',
  'points-unpaid',
  'title-other-race',
  'race-table-missing',
  'more-problems',
  'internal-error',
] as const;

export type ParseIssueCode = (typeof PARSE_ISSUE_CODES)[number];

/**
 * The data an issue's sentence uses. A `table` param is the table's title, or
 * '' for an untitled table; `detail` params are the underlying reader's own
 * (English) words.
 */
export type ParseIssueParams = Readonly<Record<string, string | number>>;

/** One problem found in the input. `line` is 1-based in the decoded text. */
export interface ParseIssue {
  severity: IssueSeverity;
  line: number;
  /** The problem in English, for the CLI and logs. */
  message: string;
  /**
   * What kind of problem it is. Screens settle some in place rather than by
   * fixing the file (`unknown-driver`: the user picks an entry or adds the
   * driver; `ambiguous-initial`: "T. Sasaki" fits two drivers and the user
   * picks one; `unknown-team`: a Manufacturers Cup row whose team is not in
   * the season; `unclear-team`: one whose printed team could not be told
   * from its first driver, so the row was not split).
   */
  code: ParseIssueCode;
  params: ParseIssueParams;
}

/** How a driver name was tied to an entry of the season. Only these are applied automatically. */
export type MatchMethod = 'exact' | 'accent-insensitive' | 'alias' | 'psn-id' | 'id' | 'initial';

/** A possible driver for a name that did not match automatically; the user must confirm it. */
export interface DriverSuggestion {
  driverId: string;
  name: string;
  /** Edit distance between the normalised names (lower is closer). */
  distance: number;
}

/** Result of matching one name against the entry list. */
export interface DriverMatch {
  /** Set only for automatic matches. */
  driverId: string | null;
  method: MatchMethod | null;
  /** Closest known names, best first; empty for automatic matches. */
  suggestions: DriverSuggestion[];
  /** An initial and surname ("T. Sasaki") that fit several drivers: they are the suggestions. */
  ambiguous?: boolean;
  /**
   * Manufacturers Cup rows: what tied the row to its team — the team's name,
   * one of its drivers' names, a PSN ID, or the team id. `method` then says
   * how that text matched (exact, accent-insensitive, alias…).
   */
  via?: 'team' | 'driver' | 'psn-id' | 'team-id';
}

/** The fields of a classification row that `podium parse --json` prints, as read from the file. */
export interface ContractRow {
  position: number;
  /** ISO 3166-1 alpha-2, upper case; null when the file gives none or it is unknown. */
  country: string | null;
  /** Driver name as printed; for a Manufacturers Cup row its driver(s) as printed, possibly empty. */
  driver: string;
  /** Matched entry: a driver id, or a team id for a Manufacturers Cup row; null without a season or without an automatic match. */
  driverId: string | null;
  /** Time or gap text as printed in the time column (`44'25.829`, `+00.287`). */
  time: string | null;
  /** Race time in ms; for gap rows, winner time + gap when the winner's time is known. */
  timeMs: number | null;
  /** Gap to the winner in ms; 0 for the winner. */
  gapMs: number | null;
  points: number | null;
  status: FinishStatus;
}

/** One classification row as read from the file. */
export interface ParsedRow extends ContractRow {
  /** Manufacturers Cup rows: the team (manufacturer) as printed; null in driver tables. */
  team: string | null;
  // ---- extras for the UI (not part of the `podium parse --json` output) ----
  /** 1-based line of the row in the input. */
  line: number;
  /** Country text as printed ("United States"), null when absent. */
  countryText: string | null;
  /** Gap text when the row printed both a time and a gap (qualifying tables). */
  gap: string | null;
  /** Match details with suggestions; null when no season was given. */
  match: DriverMatch | null;
}

export interface ParsedFastestLap {
  driver: string;
  driverId: string | null;
  time: string;
  timeMs: number | null;
  // ---- extras ----
  line: number;
  country: string | null;
  match: DriverMatch | null;
}

/** One table found in the input. */
export interface ParsedRace {
  /** Nearest heading ("Grand Final"), without a trailing "Results". */
  title: string | null;
  session: SessionKind | null;
  track: string | null;
  car: string | null;
  laps: number | null;
  rows: ParsedRow[];
  fastestLap: ParsedFastestLap | null;
  // ---- extras ----
  /** Line of the table header (first data line for CSV/JSON). */
  line: number;
  /** The file says only the first positions are known (JSON `partial: true`). */
  partial: boolean;
  /** Race of the season this table most likely is (from the document title and heading); the UI lets the user change it. */
  suggestedRaceId: string | null;
  /**
   * `manufacturers` when the table lists teams (a Manufacturers Cup
   * classification: its rows' `driverId` are team ids), else `nations`.
   */
  cup: Cup;
}

/** Everything `parseResultsText` / `parseResultsBytes` found. Never thrown, always returned. */
export interface ParseOutcome {
  format: ResultFormat | null;
  races: ParsedRace[];
  issues: ParseIssue[];
  // ---- extras ----
  /** Encoding the bytes were decoded with (`utf-8` for text input). */
  encoding: TextEncodingName | null;
  /** First non-empty line when it reads like a document title. */
  documentTitle: string | null;
  /** Text before the first table (at most 40 lines), where reports name the event, city and date. */
  preamble: string;
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
