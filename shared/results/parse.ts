/**
 * Entry points of the result-file parsers: bytes or text in, `ParseOutcome`
 * out. Detects the format, reads every table, matches drivers against the
 * season, validates, and never throws — every problem is an issue with a
 * line number.
 */
import { messageOf } from '../common/result';
import type { Race, Season, Team } from '../domain/types';
import { detectCsvHeader, scanCsv } from './csv-format';
import { decodeTextBytes, findBinaryLine, MAX_FILE_BYTES } from './decode';
import { seasonDriverIndex, type DriverIndex } from './drivers';
import { scanJson } from './json-format';
import { finishRows, unclearTeamLines } from './rows';
import { readDocumentTitle, suggestRace } from './sessions';
import type { TableDraft } from './table-draft';
import { seasonTeamIndex, teamSplitter, type TeamIndex } from './teams';
import { scanText } from './text-format';
import type {
  ParsedRow,
  ParsedFastestLap,
  ParsedRace,
  ParseIssue,
  ParseOutcome,
  ResultFormat,
  TextEncodingName,
} from './types';
import { validateDrivers, validatePoints, validateTable, validateTeams } from './validate';

export interface ParseOptions {
  /** Used to prefer CSV for `*.csv` / `*.tsv` files whose header is not recognised. */
  fileName?: string;
  /**
   * Match names against this season: driver tables against its Nations Cup
   * entry list, team tables against its Manufacturers Cup teams.
   */
  season?: Season;
  /** Check points against this race's table; the table for its session (or the only table) is checked. */
  race?: Race;
  /**
   * Team names known beyond `season` (every season's teams), so that a
   * Manufacturers Cup row can be split into team and drivers before the
   * season is known.
   */
  teams?: readonly Team[];
}

/** More issues than this are summarised: a garbage file should not print 100,000 lines. */
export const MAX_ISSUES = 500;

/** Parses a file's bytes: decodes (UTF-8/UTF-16/Windows-1252), refuses binary and > 5 MB, then parses the text. */
export function parseResultsBytes(bytes: Uint8Array, options: ParseOptions = {}): ParseOutcome {
  try {
    const decoded = decodeTextBytes(bytes);
    if (!decoded.ok) return refused(decoded.problems, null);
    const outcome = parseText(decoded.value.text, options, decoded.value.encoding);
    // How the bytes were decoded is noise once the content itself was refused.
    const notes = outcome.format === null ? [] : decoded.value.notes;
    outcome.issues = finalizeIssues([...notes, ...outcome.issues]);
    return outcome;
  } catch (error) {
    return internalError(error);
  }
}

/** Parses pasted or already-decoded text. */
export function parseResultsText(text: string, options: ParseOptions = {}): ParseOutcome {
  try {
    const outcome = parseText(text, options, 'utf-8');
    outcome.issues = finalizeIssues(outcome.issues);
    return outcome;
  } catch (error) {
    return internalError(error);
  }
}

function parseText(input: string, options: ParseOptions, encoding: TextEncodingName): ParseOutcome {
  if (input.length > MAX_FILE_BYTES) {
    return refused(
      [
        {
          severity: 'error',
          line: 1,
          message: 'The text is too large; result files are limited to 5 MB.',
          code: 'file-too-large',
          params: { size: '', limitMb: 5 },
        },
      ],
      encoding,
    );
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const binaryLine = findBinaryLine(text);
  if (binaryLine !== null) {
    return refused(
      [
        {
          severity: 'error',
          line: binaryLine,
          message:
            'This is not a text file (it contains binary data). Choose a results text, CSV or JSON file.',
          code: 'binary-data',
          params: {},
        },
      ],
      encoding,
    );
  }
  if (text.trim() === '') {
    return refused(
      [{ severity: 'error', line: 1, message: 'The file is empty.', code: 'empty-file', params: {} }],
      encoding,
    );
  }

  // Driver tables are matched in the Nations Cup list even when `race` is a Manufacturers race: the cup follows the table.
  const index = options.season ? seasonDriverIndex(options.season, 'nations') : null;
  const knownName = index ? (name: string) => index.find(name) !== null : () => false;
  const splitTeam = teamSplitter(knownTeams(options));

  let format: ResultFormat;
  let tables: TableDraft[];
  let issues: ParseIssue[];
  let documentTitle: string | null = null;
  let documentTitleLine = 1;
  const firstChar = text.trimStart()[0];
  const firstLine = text.split(/\r\n|\n|\r/, 50).find((l) => l.trim() !== '') ?? '';
  const csvDelimiter = detectCsvHeader(firstLine);
  if (firstChar === '{' || firstChar === '[') {
    format = 'json';
    ({ tables, issues } = scanJson(text));
  } else if (csvDelimiter !== null || /\.(csv|tsv)$/i.test(options.fileName ?? '')) {
    format = 'csv';
    const delimiter =
      csvDelimiter ?? (/\.tsv$/i.test(options.fileName ?? '') ? '\t' : guessDelimiter(firstLine));
    ({ tables, issues } = scanCsv(text, delimiter, knownName, splitTeam));
  } else {
    const scan = scanText(text.split(/\r\n|\n|\r/), knownName, splitTeam);
    format = scan.pipe ? 'pipe-table' : 'official-text';
    tables = scan.tables;
    issues = scan.issues;
    documentTitle = scan.documentTitle;
    documentTitleLine = scan.documentTitleLine;
    if (tables.length === 0) {
      issues.push({
        severity: 'error',
        line: 1,
        message:
          'No results table was found. A table needs a header line such as "Rank Country / Driver Time Points" followed by rows like "1 Spain Jose Serrano 44\'25.829 6".',
        code: 'no-table',
        params: {},
      });
    }
  }

  const titleFacts = readDocumentTitle(documentTitle);
  const target = options.race ? pickTarget(tables, options.race) : null;
  const races = tables.map((table): ParsedRace => {
    const rows = finishRows(table.rows);
    const cup = table.cup ?? 'nations';
    if (cup === 'manufacturers') {
      // The team index is built only for a Manufacturers table (most reports have none).
      if (options.season) matchTeams(rows, table, seasonTeamIndex(options.season));
      else rows.forEach((row, k) => (row.driverId = table.rows[k]?.idHint ?? null));
    } else if (index) {
      rows.forEach((row, k) => {
        const hint = table.rows[k]?.idHint;
        // Suggestions are for the printed name, and only when neither it nor the hint matches.
        const match =
          index.find(row.driver) === null && hint && index.find(hint) !== null
            ? index.match(hint)
            : index.match(row.driver);
        row.match = match;
        row.driverId = match.driverId;
      });
    } else {
      // Without a season, an explicit id in the file (JSON/CSV driverId column) is all there is.
      rows.forEach((row, k) => {
        row.driverId = table.rows[k]?.idHint ?? null;
      });
    }
    let suggestedRaceId = table.raceId ?? null;
    if (target && target.table === table) suggestedRaceId = target.race.id;
    else if (!suggestedRaceId && options.season)
      suggestedRaceId = suggestRace(options.season, titleFacts, table.session, cup)?.id ?? null;
    return {
      title: table.title,
      session: table.session,
      track: table.track,
      car: table.car,
      laps: table.laps,
      rows,
      fastestLap: finishFastestLap(table, index),
      line: table.line,
      partial: table.partial === true,
      suggestedRaceId,
      cup,
    };
  });

  const seasonName = options.season ? `${options.season.year}` : '';
  races.forEach((race, k) => {
    validateTable(race, issues);
    if (race.cup === 'manufacturers') {
      validateTeams(race, options.season ? seasonName : null, unclearTeamLines(tables[k]!.rows), issues);
    } else if (index) validateDrivers(race, index.byId, seasonName, issues);
    if (target && target.table === tables[k]) validatePoints(race, target.race, issues);
  });
  // Importing "Round 1" results into Round 2 by mistake is easy; the title usually says which round it is.
  if (target && options.season) {
    const named = suggestRace(options.season, titleFacts, target.race.session, target.race.cup);
    if (named && named.id !== target.race.id) {
      issues.push({
        severity: 'warning',
        line: documentTitleLine,
        message: `The file's title "${documentTitle}" points to ${named.id}, but the results are being read for ${target.race.id}.`,
        code: 'title-other-race',
        params: { title: documentTitle ?? '', named: named.id, race: target.race.id },
      });
    }
  }
  if (options.race && !target && tables.length > 0) {
    issues.push({
      severity: 'warning',
      line: 1,
      message: `None of the ${tables.length} tables is headed "${options.race.name}", so points were not checked against that race.`,
      code: 'race-table-missing',
      params: { tables: tables.length, race: options.race.name },
    });
  }
  // Only reports have prose above their tables; a CSV or JSON file's first lines are data.
  const preamble = format === 'json' || format === 'csv' ? '' : preambleOf(text, tables);
  return { format, races, issues, encoding, documentTitle, preamble };
}

/** The top of a report is where its event, city and date are named; prose far below says little. */
const MAX_PREAMBLE_LINES = 40;

/** Lines before the first table (at most 40), where a report names its event. */
function preambleOf(text: string, tables: readonly TableDraft[]): string {
  const first = tables[0]?.line ?? 1;
  return text.split(/\r\n|\n|\r/, Math.min(first - 1, MAX_PREAMBLE_LINES)).join('\n');
}

/** Every team whose name can start a row: the season's, and those of the other known seasons. */
function knownTeams(options: ParseOptions): readonly Team[] {
  const own = options.season?.teams ?? [];
  return options.teams ? [...own, ...options.teams] : own;
}

/** Ties each team row to a team of the season (by team name, a driver's name, a PSN ID or the team id). */
function matchTeams(rows: ParsedRow[], table: TableDraft, teams: TeamIndex): void {
  rows.forEach((row, k) => {
    const match = teams.match(row.team, row.driver, table.rows[k]?.idHint ?? null);
    row.match = match;
    row.driverId = match.driverId;
  });
}

/** The table a race refers to: the one with the race's session, else the only table. */
function pickTarget(tables: readonly TableDraft[], race: Race): { table: TableDraft; race: Race } | null {
  const ofCup = tables.filter((t) => (t.cup ?? 'nations') === race.cup);
  const bySession = (ofCup.length > 0 ? ofCup : tables).filter((t) => t.session === race.session);
  if (ofCup.length === 1 && bySession.length !== 1) return { table: ofCup[0]!, race };
  if (bySession.length === 1) return { table: bySession[0]!, race };
  if (tables.length === 1) return { table: tables[0]!, race };
  return null;
}

function finishFastestLap(table: TableDraft, index: DriverIndex | null): ParsedFastestLap | null {
  const lap = table.fastestLap;
  if (!lap) return null;
  const match = index ? index.match(lap.driver) : null;
  return {
    driver: lap.driver,
    driverId: match?.driverId ?? null,
    time: lap.time.text,
    timeMs: lap.time.ms,
    line: lap.line,
    country: lap.country,
    match,
  };
}

function guessDelimiter(line: string): ',' | ';' | '\t' {
  const count = (c: string) => line.split(c).length;
  const tabs = count('\t');
  const semis = count(';');
  const commas = count(',');
  if (tabs >= semis && tabs >= commas && tabs > 1) return '\t';
  return semis > commas ? ';' : ',';
}

function refused(issues: ParseIssue[], encoding: TextEncodingName | null): ParseOutcome {
  return { format: null, races: [], issues, encoding, documentTitle: null, preamble: '' };
}

/** Issues in file order (errors first on a line), capped with a summary. */
function finalizeIssues(issues: ParseIssue[]): ParseIssue[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...issues].sort((a, b) => a.line - b.line || rank[a.severity] - rank[b.severity]);
  if (sorted.length <= MAX_ISSUES) return sorted;
  const kept = sorted.slice(0, MAX_ISSUES);
  const rest = sorted.slice(MAX_ISSUES);
  const hasError = rest.some((i) => i.severity === 'error');
  kept.push({
    severity: hasError ? 'error' : 'warning',
    line: rest[0]!.line,
    message: `…and ${rest.length} more problems from this line on.`,
    code: 'more-problems',
    params: { rest: rest.length },
  });
  return kept;
}

/** Last resort so the promise "never throws" holds even for a parser bug; the fuzz tests keep this unused. */
function internalError(error: unknown): ParseOutcome {
  const detail = messageOf(error);
  return refused(
    [
      {
        severity: 'error',
        line: 1,
        message: `Internal error while reading the file: ${detail}`,
        code: 'internal-error',
        params: { detail },
      },
    ],
    null,
  );
}
