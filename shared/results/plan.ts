/**
 * Import planning shared by the Results screen and the CLI: which race each
 * table of a file is (detected across every known season, see detect.ts),
 * which season the file's drivers are matched in, and which issues belong to
 * which table. One implementation, so the app and `podium parse` /
 * `podium import` agree on the same file.
 *
 * A file is read twice at most: once without a season to detect where it
 * belongs, then against the detected season so its names are matched to
 * that season's entry list (a 2024 report is never checked against 2025).
 */
import type { Race, Season } from '../domain/types';
import { detectRace, readDocumentFacts, type DocumentFacts, type RaceDetection } from './detect';
import { parseResultsBytes, parseResultsText, type ParseOptions } from './parse';
import type { ParsedRace, ParseIssue, ParseOutcome } from './types';

export interface PlanOptions {
  fileName?: string;
  /** Only this season is considered, and names are matched in it (`--season`, or the user's choice). */
  season?: Season;
  /** This race is the one meant (`--race`): its table is assigned to it and its points are checked. */
  race?: Race;
  /** Season to match names in when nothing in the file says which season it is (the active league's). */
  fallbackSeason?: Season;
}

/** One table of the file and where it goes. */
export interface TablePlan {
  detection: RaceDetection;
  /** First and last line the table covers: its header up to the line before the next table. */
  lines: [number, number];
  /** Issues on those lines. */
  issues: ParseIssue[];
}

export interface ResultsPlan {
  /** The parse whose rows are matched in `seasonId` (null: no season known, names unmatched). */
  outcome: ParseOutcome;
  seasonId: string | null;
  /** True when `seasonId` came from the file itself rather than an option. */
  seasonDetected: boolean;
  /** One per `outcome.races` entry, same order. */
  tables: TablePlan[];
  /** Issues outside every table (before the first one, or about the file as a whole). */
  fileIssues: ParseIssue[];
}

/** Plans a file given as bytes (the CLI): decoded once per read, like `parseResultsBytes`. */
export function planResultsBytes(
  bytes: Uint8Array,
  seasons: readonly Season[],
  options: PlanOptions = {},
): ResultsPlan {
  return plan((o) => parseResultsBytes(bytes, o), seasons, options);
}

/** Plans pasted or decoded text (the Results screen). */
export function planResultsText(
  text: string,
  seasons: readonly Season[],
  options: PlanOptions = {},
): ResultsPlan {
  return plan((o) => parseResultsText(text, o), seasons, options);
}

function plan(
  parse: (options: ParseOptions) => ParseOutcome,
  seasons: readonly Season[],
  options: PlanOptions,
): ResultsPlan {
  const forced = options.season ?? (options.race ? seasonOfRace(seasons, options.race) : undefined);
  const pool = forced ? [forced] : seasons;
  // Team names of every known season, so a Manufacturers Cup row is split into team and drivers before the season is known.
  const teams = seasons.flatMap((s) => s.teams);
  const first = parse({ fileName: options.fileName, teams });
  const facts = readDocumentFacts(first.documentTitle, first.preamble);

  // Read without a season, a table's race id can only come from the file itself (JSON `raceId`).
  const namedInFile = new Map(first.races.map((t) => [t.line, t.suggestedRaceId]));
  let season = forced;
  let seasonDetected = false;
  if (!season) {
    const detected = documentSeason(detectAll(first, namedInFile, facts, pool));
    if (detected) {
      season = seasons.find((s) => s.id === detected);
      seasonDetected = season !== undefined;
    }
  }
  const matchIn = season ?? options.fallbackSeason;
  const outcome = matchIn
    ? parse({ fileName: options.fileName, season: matchIn, race: options.race, teams })
    : first;
  // With a season known, tables are detected within it: one file, one season.
  let detections = detectAll(outcome, namedInFile, facts, season ? [season] : pool);
  if (options.race) detections = withNamedRace(outcome, detections, options.race, matchIn);
  outcome.races.forEach((table, k) => {
    table.suggestedRaceId = detections[k]!.raceId;
  });

  const ranges = tableRanges(outcome.races);
  const tables: TablePlan[] = outcome.races.map((_, k) => ({
    detection: detections[k]!,
    lines: ranges[k]!,
    issues: [],
  }));
  const fileIssues: ParseIssue[] = [];
  for (const issue of outcome.issues) {
    const k = tableOfLine(ranges, issue.line);
    if (k === null) fileIssues.push(issue);
    else tables[k]!.issues.push(issue);
  }
  return { outcome, seasonId: season?.id ?? null, seasonDetected, tables, fileIssues };
}

function detectAll(
  outcome: ParseOutcome,
  namedInFile: ReadonlyMap<number, string | null>,
  facts: DocumentFacts,
  seasons: readonly Season[],
): RaceDetection[] {
  return outcome.races.map(
    (table) => named(namedInFile.get(table.line), seasons) ?? detectRace(table, facts, seasons),
  );
}

/** A table that names its race (JSON `raceId`) needs no detection when that race is known. */
function named(raceId: string | null | undefined, seasons: readonly Season[]): RaceDetection | null {
  if (!raceId) return null;
  for (const season of seasons) {
    const race = findIn(season, raceId);
    if (race) return namedDetection(season, race);
  }
  return null;
}

function namedDetection(season: Season, race: Race): RaceDetection {
  return {
    seasonId: season.id,
    raceId: race.id,
    cup: race.cup,
    evidence: [{ code: 'named' }],
    reason: null,
    alternatives: [],
  };
}

/** `--race` decides its own table (the parser picked it by session); other tables keep their detection. */
function withNamedRace(
  outcome: ParseOutcome,
  detections: RaceDetection[],
  race: Race,
  season: Season | undefined,
): RaceDetection[] {
  const target = outcome.races.findIndex((t) => t.suggestedRaceId === race.id);
  return detections.map((d, k) => {
    if (k === target && season) return namedDetection(season, race);
    // The named race is taken by its table; another table cannot also be it.
    return d.raceId === race.id ? { ...d, raceId: null, evidence: [], reason: 'ambiguous' } : d;
  });
}

/** The season most tables were detected in; ties go to the earliest table's. */
function documentSeason(detections: readonly RaceDetection[]): string | null {
  const counts = new Map<string, number>();
  for (const d of detections) if (d.seasonId) counts.set(d.seasonId, (counts.get(d.seasonId) ?? 0) + 1);
  let best: string | null = null;
  for (const d of detections) {
    if (!d.seasonId) continue;
    if (best === null || counts.get(d.seasonId)! > counts.get(best)!) best = d.seasonId;
  }
  return best;
}

function seasonOfRace(seasons: readonly Season[], race: Race): Season | undefined {
  return seasons.find((s) => findIn(s, race.id) !== undefined);
}

function findIn(season: Season, raceId: string): Race | undefined {
  for (const round of season.rounds) for (const race of round.races) if (race.id === raceId) return race;
  return undefined;
}

/** Each table covers its header up to the line before the next table (the last one: to the end). */
export function tableRanges(tables: readonly ParsedRace[]): [number, number][] {
  return tables.map((table, k) => {
    const next = tables[k + 1];
    let last = table.line;
    for (const row of table.rows) last = Math.max(last, row.line);
    if (table.fastestLap) last = Math.max(last, table.fastestLap.line);
    // Tables are in file order; a next table starting earlier would be a JSON file's (all on line 1).
    const end = next && next.line > last ? next.line - 1 : next ? last : Infinity;
    return [table.line, end];
  });
}

/** Index of the table a line belongs to, or null for lines outside every table. */
export function tableOfLine(ranges: readonly [number, number][], line: number): number | null {
  const k = ranges.findIndex(([from, to]) => line >= from && line <= to);
  return k === -1 ? null : k;
}
