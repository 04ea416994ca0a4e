/**
 * The app's own JSON results format — the same shape `podium parse --json`
 * prints, so its output can be read back. Documented in docs/result-files.md.
 *
 * ```json
 * { "format": "podium-results", "version": 1,
 *   "races": [ { "title": "Grand Final", "session": "gf", "raceId": "gtws-2025-r1-nations-gf",
 *     "track": "…", "car": "…", "laps": 30,
 *     "rows": [ { "position": 1, "country": "ES", "driver": "Jose Serrano", "driverId": "jose-serrano",
 *                 "time": "44'25.829", "timeMs": 2665829, "gapMs": 0, "points": 6, "status": "finished" } ],
 *     "fastestLap": { "driver": "Pol Urra", "time": "1'25.634" } } ] }
 * ```
 * Only `races[].rows[].position` and `driver` (or `driverId`) are required;
 * a Manufacturers Cup row gives `teamId` (or `team`) instead, drivers optional.
 * `races[].partial: true` says only the first positions are known.
 * Unknown keys are ignored; `issues` from a previous parse are ignored too.
 */
import * as z from 'zod';
import { SESSION_KINDS } from '../domain/types';
import { MAX_POSITION } from './columns';
import { countryOfName as resolveCountry } from './vocabulary';
import { readJsonWithLines } from './json-lines';
import type { RowDraft } from './rows';
import type { TableDraft } from './table-draft';
import { readTimeToken, type TimeToken } from './time';
import type { ParseIssue } from './types';
import { lineOf, schemaProblems } from '../files/problems';

const nullableString = z.string().max(500).nullable().optional();
const ms = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional();

const rowSchema = z
  .object({
    position: z.number().int().min(1).max(MAX_POSITION),
    country: nullableString,
    driver: z.string().max(200).optional(),
    driverId: nullableString,
    /** Manufacturers Cup rows: the team's id, and/or its name as printed. */
    teamId: nullableString,
    team: nullableString,
    time: nullableString,
    timeMs: ms,
    gapMs: ms,
    points: z.number().int().min(0).max(1_000_000).nullable().optional(),
    status: z.enum(['finished', 'dnf', 'dsq', 'dns']).optional(),
  })
  .refine(
    (row) => [row.driver, row.driverId, row.teamId, row.team].some((value) => (value ?? '').trim() !== ''),
    { message: 'needs a "driver" name, a "driverId", or for a team a "teamId" or "team"' },
  );

const raceSchema = z.object({
  title: nullableString,
  session: z
    .enum(SESSION_KINDS as [string, ...string[]])
    .nullable()
    .optional(),
  raceId: nullableString,
  cup: z.enum(['nations', 'manufacturers']).nullable().optional(),
  /** Only the first positions are known. */
  partial: z.boolean().optional(),
  track: nullableString,
  car: nullableString,
  laps: z.number().int().min(0).max(10_000).nullable().optional(),
  rows: z.array(rowSchema).max(200_000),
  fastestLap: z
    .object({ driver: z.string().max(200), driverId: nullableString, time: z.string().max(50), timeMs: ms })
    .nullable()
    .optional(),
});

/** Schema of a results JSON file. */
export const resultsFileSchema = z.object({
  format: z.string().max(50).optional(),
  version: z.literal(1).optional(),
  races: z.array(raceSchema).max(1000),
});

export type ResultsFile = z.infer<typeof resultsFileSchema>;

export interface JsonScan {
  tables: TableDraft[];
  issues: ParseIssue[];
}

/** Reads the JSON format; every schema problem becomes an issue on the line of the offending value. */
export function scanJson(text: string): JsonScan {
  const read = readJsonWithLines(text);
  if (!read.ok) {
    return {
      tables: [],
      issues: [
        {
          severity: 'error',
          line: read.line,
          message: `The JSON is not valid: ${read.message}.`,
          code: 'json-invalid',
          // `syntax` (and its params) word the detail on screens; `detail` is the reader's English.
          params: { detail: read.message, ...read.params, syntax: read.syntax },
        },
      ],
    };
  }
  // A value's line, or line 1 for a value above the recorded levels.
  const lineAt = (path: readonly PropertyKey[]): number => lineOf(read.lines, path) ?? 1;
  const checked = resultsFileSchema.safeParse(read.value);
  if (!checked.success) {
    // The same mapping as the app's own files: the issue's kind, what was expected, a readable path.
    const worded = schemaProblems(checked.error, { data: read.value, limit: 200 });
    const issues = checked.error.issues.slice(0, 200).map((issue, k): ParseIssue => ({
      severity: 'error',
      line: lineAt(issue.path),
      message: describe(issue.path, issue.message),
      code: 'json-schema',
      params: { ...worded[k]!.params, detail: describe(issue.path, issue.message) },
    }));
    return { tables: [], issues };
  }
  const tables = checked.data.races.map((race, r): TableDraft => {
    // A race of teams: its rows name a teamId or team, or the race says so.
    const teams =
      race.cup === 'manufacturers' || race.rows.some((row) => !!row.teamId?.trim() || !!row.team?.trim());
    const rows = race.rows.map((row, k): RowDraft => {
      const time = row.time ? readTimeToken(row.time) : null;
      const fromMs = (value: number | null | undefined, kind: TimeToken['kind']): TimeToken | null =>
        value === null || value === undefined ? null : { kind, text: String(row.time ?? ''), ms: value };
      const country = row.country ? resolveCountry(row.country) : null;
      return {
        line: lineAt(['races', r, 'rows', k]),
        position: row.position,
        country,
        countryText: row.country ?? null,
        driver: teams ? (row.driver ?? '').trim() : (row.driver ?? '').trim() || (row.driverId ?? ''),
        // The numbers win over the text when both are given: they are what the app wrote.
        time: row.timeMs !== null && row.timeMs !== undefined ? fromMs(row.timeMs, 'time') : time,
        gap: null,
        points: row.points ?? null,
        status: row.status ?? 'finished',
        idHint: (teams ? row.teamId : row.driverId) ?? null,
        team: teams ? (row.team ?? row.teamId ?? '').trim() || null : null,
      };
    });
    const lap = race.fastestLap;
    const lapTime = lap ? readTimeToken(lap.time) : null;
    return {
      title: race.title ?? null,
      session: (race.session ?? null) as TableDraft['session'],
      track: race.track ?? null,
      car: race.car ?? null,
      laps: race.laps ?? null,
      line: lineAt(['races', r]),
      raceId: race.raceId ?? null,
      partial: race.partial === true,
      ...(teams ? { cup: 'manufacturers' as const } : {}),
      rows,
      fastestLap:
        lap && lapTime
          ? { line: lineAt(['races', r, 'fastestLap']), country: null, driver: lap.driver, time: lapTime }
          : null,
    };
  });
  return { tables, issues: [] };
}

/** `races.0.rows.3.position` + zod's message → "race 1, row 4, position: …". */
function describe(path: readonly PropertyKey[], message: string): string {
  const parts: string[] = [];
  for (let k = 0; k < path.length; k++) {
    const key = path[k];
    const next = path[k + 1];
    if ((key === 'races' || key === 'rows') && typeof next === 'number') {
      parts.push(`${key === 'races' ? 'race' : 'row'} ${next + 1}`);
      k++;
    } else {
      parts.push(String(key));
    }
  }
  const where = parts.length ? `${parts.join(', ')}: ` : '';
  return `The JSON does not match the results format — ${where}${message}.`;
}
