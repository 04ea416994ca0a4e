/**
 * The import preview as data: which race each parsed table goes to, how each
 * unknown driver was resolved, what still blocks the commit, and the plan
 * the commit writes. Pure functions, so the rules are tested without a DOM.
 */
import type { Cup, Driver, RaceResult, Season } from '../../../../shared/domain/types';
import { slugify } from '../../../../shared/domain/ids';
import { findRace } from '../../../../shared/seasons/lookup';
import { checkListedPoints } from '../../../../shared/scoring';
import {
  sameTrack,
  tableOfLine,
  toRaceResult,
  type ParsedRace,
  type ParsedRow,
  type ParseIssue,
  type ParseOutcome,
  type ResultsPlan,
} from '../../../../shared/results';
import type { ImportPlan, NewEntry } from '../../db/imports';
import { nextRound } from '../../lib/season-lookup';

/** How the user resolved a row whose driver did not match automatically. */
export type RowChoice = { type: 'entry'; driverId: string } | { type: 'add' };

export interface TableChoice {
  /** '' while no race is chosen. */
  raceId: string;
  /** The user picked the race themselves: a round change no longer re-suggests it. */
  manual: boolean;
  skipped: boolean;
  /** By row line. */
  choices: Record<number, RowChoice>;
}

export interface ImportSource {
  fileName: string;
  /** The file as read, kept so the preview can be re-planned for another season. */
  bytes: Uint8Array;
  /** SHA-256 of the file's bytes. */
  sha256: string;
  /** A result entered by hand (its text is the canonical entry), rather than a file or pasted text. */
  kind?: 'file' | 'hand';
}

export interface Preview {
  source: ImportSource;
  /** The shared import plan: detection per table, issues grouped by table. */
  plan: ResultsPlan;
  /** `plan.outcome`, the parse the rows come from. */
  outcome: ParseOutcome;
  /** Season the preview imports into. */
  seasonId: string;
  roundId: string;
  tables: TableChoice[];
}

/** A race that already has a result, and what the import would put in its place. */
export interface Replacement {
  raceId: string;
  /** When and from which file the current result came; null for a result without a source. */
  importedAt: string | null;
  fileName: string | null;
  beforeRows: number;
  afterRows: number;
}

export type IssueState = 'open' | 'resolved' | 'skipped';

export interface PreviewIssue extends ParseIssue {
  state: IssueState;
  /** Index of the table the line belongs to, or null for the file as a whole. */
  table: number | null;
}

export interface Evaluation {
  /** Every reason the commit is refused; empty when it may go ahead. */
  blockers: Blocker[];
  issues: PreviewIssue[];
  /** Worst open issue per row line, for flagging rows. */
  rowSeverity: Map<number, 'error' | 'warning'>;
  plan: ImportPlan | null;
  /** Races whose stored result this import replaces. */
  replacements: Replacement[];
}

/** A race a table cannot be: its track or lap count says otherwise. */
export function contradicts(table: ParsedRace, race: { track: string; laps: number | null }): boolean {
  if (table.track && race.track && !sameTrack(table.track, race.track)) return true;
  return table.laps !== null && race.laps !== null && table.laps !== race.laps;
}

/**
 * The race of `roundId` a table most likely is when the user picks the round:
 * same session, Nations Cup first, never one whose track or laps disagree.
 */
export function suggestRaceId(season: Season, roundId: string, table: ParsedRace): string {
  const round = season.rounds.find((r) => r.id === roundId);
  if (!round || !table.session) return '';
  const fitting = round.races.filter((race) => race.session === table.session && !contradicts(table, race));
  return (fitting.find((r) => r.cup === 'nations') ?? fitting[0])?.id ?? '';
}

/**
 * A fresh preview in `season`: each table on the race the plan detected in
 * it (none when nothing fits; the user chooses), the round of the first
 * detected race, else `fallbackRoundId` for the Round list.
 */
export function createPreview(
  season: Season,
  source: ImportSource,
  plan: ResultsPlan,
  fallbackRoundId: string,
): Preview {
  const detected = plan.tables.map(({ detection }) =>
    detection.raceId && detection.seasonId === season.id ? findRace(season, detection.raceId) : undefined,
  );
  const roundId = detected.find((race) => race !== undefined)?.roundId ?? fallbackRoundId;
  return {
    source,
    plan,
    outcome: plan.outcome,
    seasonId: season.id,
    roundId,
    tables: detected.map((race) => ({
      raceId: race?.id ?? '',
      manual: false,
      skipped: false,
      choices: {},
    })),
  };
}

/** Changes the round; tables the user did not assign by hand follow it by session. */
export function withRound(preview: Preview, season: Season, roundId: string): Preview {
  return {
    ...preview,
    roundId,
    tables: preview.tables.map((choice, k) =>
      choice.manual
        ? choice
        : { ...choice, raceId: suggestRaceId(season, roundId, preview.outcome.races[k]!) },
    ),
  };
}

export function withTable(preview: Preview, index: number, change: Partial<TableChoice>): Preview {
  return {
    ...preview,
    tables: preview.tables.map((choice, k) => (k === index ? { ...choice, ...change } : choice)),
  };
}

export function withRowChoice(
  preview: Preview,
  index: number,
  line: number,
  choice: RowChoice | null,
): Preview {
  const current = preview.tables[index]!;
  const choices = { ...current.choices };
  if (choice) choices[line] = choice;
  else delete choices[line];
  return withTable(preview, index, { choices });
}

/** The driver id a row ends up with: automatic match, or the user's choice. */
export function rowDriverId(row: ParsedRow, choice: RowChoice | undefined): string | null {
  if (row.driverId) return row.driverId;
  if (!choice) return null;
  return choice.type === 'entry' ? choice.driverId : slugify(row.driver);
}

/** An unknown or ambiguous driver is settled by the user's choice rather than by fixing the file. */
function unknownDriverRow(table: ParsedRace, issue: ParseIssue): ParsedRow | undefined {
  if (issue.code !== 'unknown-driver' && issue.code !== 'ambiguous-initial') return undefined;
  return table.rows.find((row) => row.line === issue.line && row.driverId === null && row.match !== null);
}

/** A table of the file as the reasons name it: its number, its title if any, its first line. */
export interface TableRef {
  number: number;
  title: string | null;
  line: number;
}

function tableRef(table: ParsedRace, index: number): TableRef {
  return { number: index + 1, title: table.title || null, line: table.line };
}

/** Why the import cannot go ahead yet, as data for the screen to word. */
export type Blocker =
  | { code: 'no-table' }
  | { code: 'choose-race'; table: TableRef }
  | { code: 'same-race'; first: TableRef; second: TableRef; race: string }
  | { code: 'same-driver'; driver: string; line: number; other: string; otherLine: number }
  | { code: 'unresolved'; rows: { name: string; line: number }[] }
  | { code: 'file-errors'; count: number; lines: number[] }
  | { code: 'all-skipped' };

function newEntry(season: Season, row: ParsedRow, cup: Cup): NewEntry {
  const id = slugify(row.driver);
  const known = season.drivers.find((d) => d.id === id);
  const driver: Driver = known ?? {
    id,
    name: row.driver,
    country: row.country ?? '',
    psnIds: [],
    aliases: [],
  };
  return { driver, cup };
}

/**
 * Everything the preview shows and decides: issues with their state, blockers,
 * the plan, and which stored results (`stored`, by race id) it replaces.
 */
export function evaluate(
  preview: Preview,
  season: Season,
  stored: ReadonlyMap<string, RaceResult> = new Map(),
): Evaluation {
  const { outcome, tables } = preview;
  const blockers: Blocker[] = [];
  const ranges = preview.plan.tables.map((t) => t.lines);
  const tableOf = (line: number) => tableOfLine(ranges, line);

  const issues: PreviewIssue[] = outcome.issues.map((issue) => {
    const table = tableOf(issue.line);
    if (table === null) return { ...issue, table, state: 'open' };
    if (tables[table]!.skipped) return { ...issue, table, state: 'skipped' };
    const row = unknownDriverRow(outcome.races[table]!, issue);
    const resolved = row !== undefined && tables[table]!.choices[row.line] !== undefined;
    return { ...issue, table, state: resolved ? 'resolved' : 'open' };
  });

  if (outcome.races.length === 0) blockers.push({ code: 'no-table' });

  const unresolvedDrivers: { name: string; line: number }[] = [];
  const results: ImportPlan['results'] = [];
  const newEntries = new Map<string, NewEntry>();
  const assigned = new Map<string, number>();
  outcome.races.forEach((table, k) => {
    const choice = tables[k]!;
    if (choice.skipped) return;
    const race = choice.raceId ? findRace(season, choice.raceId) : undefined;
    if (!race) {
      blockers.push({ code: 'choose-race', table: tableRef(table, k) });
      return;
    }
    const twin = assigned.get(race.id);
    if (twin !== undefined) {
      blockers.push({
        code: 'same-race',
        first: tableRef(outcome.races[twin]!, twin),
        second: tableRef(table, k),
        race: race.name,
      });
    }
    assigned.set(race.id, k);

    const resolved = new Map<number, string>();
    const seen = new Map<string, ParsedRow>();
    for (const row of table.rows) {
      const rowChoice = choice.choices[row.line];
      const driverId = rowDriverId(row, rowChoice);
      if (driverId === null) {
        // A Manufacturers Cup row is known by its team (its drivers may be absent).
        unresolvedDrivers.push({ name: row.team ?? row.driver, line: row.line });
        continue;
      }
      if (!row.driverId) resolved.set(row.line, driverId);
      if (rowChoice?.type === 'add') newEntries.set(driverId, newEntry(season, row, race.cup));
      const earlier = seen.get(driverId);
      if (earlier) {
        blockers.push({
          code: 'same-driver',
          driver: row.driver,
          line: row.line,
          other: earlier.driver,
          otherLine: earlier.line,
        });
      }
      seen.set(driverId, row);
    }
    const converted = toRaceResult(table, race.id, { resolved });
    if (!converted.ok) return;
    results.push(converted.result);
    for (const mismatch of checkListedPoints(race, converted.result.classification)) {
      const row = table.rows.find((r) => rowDriverId(r, choice.choices[r.line]) === mismatch.driverId);
      issues.push({
        severity: 'warning',
        line: row?.line ?? table.line,
        message: `P${mismatch.position} ${row?.driver ?? mismatch.driverId} is listed with ${mismatch.listed} points, but the ${race.name} pays ${mismatch.expected}.`,
        code: 'points-mismatch',
        params: {
          position: mismatch.position,
          driver: row?.driver ?? mismatch.driverId,
          listed: mismatch.listed,
          race: race.name,
          expected: mismatch.expected,
        },
        table: k,
        state: 'open',
      });
    }
  });

  if (unresolvedDrivers.length > 0) {
    blockers.push({ code: 'unresolved', rows: unresolvedDrivers });
  }
  const openErrors = issues.filter(
    (issue) =>
      issue.severity === 'error' &&
      issue.state === 'open' &&
      (issue.table === null || unknownDriverRow(outcome.races[issue.table]!, issue) === undefined),
  );
  if (openErrors.length > 0) {
    const lines = [...new Set(openErrors.map((i) => i.line))].slice(0, 6);
    blockers.push({ code: 'file-errors', count: openErrors.length, lines });
  }
  if (outcome.races.length > 0 && tables.every((t) => t.skipped)) {
    blockers.push({ code: 'all-skipped' });
  }

  issues.sort((a, b) => a.line - b.line);
  const rowSeverity = new Map<number, 'error' | 'warning'>();
  for (const issue of issues) {
    if (issue.state !== 'open' || issue.severity === 'info') continue;
    if (rowSeverity.get(issue.line) !== 'error') rowSeverity.set(issue.line, issue.severity);
  }

  const plan: ImportPlan | null =
    blockers.length === 0
      ? {
          seasonId: season.id,
          fileName: preview.source.fileName,
          sha256: preview.source.sha256,
          format: preview.source.kind === 'hand' ? 'hand' : (outcome.format ?? 'unknown'),
          encoding: outcome.encoding ?? 'utf-8',
          results,
          newEntries: [...newEntries.values()],
        }
      : null;
  const replacements: Replacement[] = results.flatMap((result) => {
    const before = stored.get(result.raceId);
    if (!before) return [];
    return [
      {
        raceId: result.raceId,
        importedAt: before.source?.importedAt ?? null,
        fileName: before.source?.fileName ?? null,
        beforeRows: before.classification.length,
        afterRows: result.classification.length,
      },
    ];
  });
  return { blockers, issues, rowSeverity, plan, replacements };
}

/**
 * The round a file without a title most likely belongs to: the earliest round
 * that has started and still lacks a result for a race that pays points, else
 * the next round to come.
 */
export function defaultRoundId(season: Season, stored: ReadonlySet<string>, now: number): string {
  const today = new Date(now).toISOString().slice(0, 10);
  const pending = season.rounds.find(
    (round) =>
      round.date !== undefined &&
      round.date <= today &&
      round.races.some((race) => race.pickable && !stored.has(race.id)),
  );
  return pending?.id ?? nextRound(season, now)?.round.id ?? season.rounds[0]?.id ?? '';
}
