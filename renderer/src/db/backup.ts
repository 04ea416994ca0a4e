/**
 * Whole-database backup and restore (one file). A restore replaces every
 * table in one transaction: either the backup is there whole or nothing
 * changed. The file records the schema version it was made with, so a future
 * version of the app can upgrade an old backup.
 *
 * ```json
 * { "format": "podium-backup", "version": 1, "schemaVersion": 1,
 *   "createdAt": "2025-06-08T10:00:00.000Z", "app": "0.1.0",
 *   "tables": { "leagues": [ … ], "picks": [ … ], … } }
 * ```
 *
 * A backup is a file like any other: it may have been edited or crafted. Its
 * rows are read with the same schemas as league files and season files, and
 * checked against each other the way the app's own writes are (a member
 * belongs to a league, a pick to a race of its league's season and made
 * before that race started unless the league is a replay), before the
 * preview shows anything.
 */
import * as z from 'zod';
import { fail, type Result } from '../../../shared/common/result';
import {
  idSchema,
  instantSchema,
  leagueSchema,
  memberSchema,
  pickSchema,
  podiumSchema,
  raceResultSchema,
} from '../../../shared/domain/schemas';
import type { Season } from '../../../shared/domain/types';
import {
  fileProblem,
  problemAt,
  schemaProblems,
  type FileProblem,
  type FileProblemCode,
  type FileProblemParams,
} from '../../../shared/files/problems';
import { readVersionedFile } from '../../../shared/files/versioned';
import { normalizeRules } from '../../../shared/scoring/rules';
import { seasonSchema, toSeason } from '../../../shared/seasons/schema';
import { MAX_BACKUP_BYTES } from '../../../shared/results/decode';
import { dumpDatabase, type DatabaseDump } from './dump';
import { allowLockedPickWrites } from './lock-guard';
import type {
  ImportRecord,
  LeagueRecord,
  MemberRecord,
  PickHistoryRecord,
  PickRecord,
  ResultRecord,
  SettingRecord,
} from './records';
import { TABLE_NAMES, type PodiumDatabase } from './schema';
import { rowsToSeason, seasonToRows, type SeasonRows } from './seasons';

export const BACKUP_FORMAT = 'podium-backup';
export const BACKUP_VERSION = 1;

/** The envelope the shared reader checks. */
export const BACKUP_FILE = {
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  noun: 'backup',
  maxBytes: MAX_BACKUP_BYTES,
} as const;

/** A backup as written: every table's rows as the database holds them. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  schemaVersion: number;
  createdAt: string;
  app: string;
  tables: DatabaseDump;
}

/** A backup that was read and checked: typed rows, ready to restore. */
export interface CheckedBackup {
  schemaVersion: number;
  createdAt: string;
  app: string;
  /** `dataRevision`: which shipped data a built-in season was last refreshed from (kept so a restore does not refresh it again). */
  seasons: { season: Season; builtIn: boolean; dataRevision?: number }[];
  leagues: LeagueRecord[];
  members: MemberRecord[];
  picks: PickRecord[];
  pickHistory: PickHistoryRecord[];
  results: ResultRecord[];
  imports: ImportRecord[];
  settings: SettingRecord[];
}

export async function createBackup(db: PodiumDatabase, createdAt: string, app: string): Promise<Backup> {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: db.verno || 1,
    createdAt,
    app,
    tables: await dumpDatabase(db),
  };
}

export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

const seq = z.number().int().positive().optional();
const seasonLinked = z.looseObject({ seasonId: idSchema, order: z.number().int().nonnegative() });
const rowSchemas = {
  seasons: z.looseObject({
    id: idSchema,
    builtIn: z.boolean(),
    dataRevision: z.number().int().min(0).optional(),
  }),
  rounds: z.looseObject({ seasonId: idSchema }),
  races: seasonLinked,
  drivers: seasonLinked,
  leagues: leagueSchema,
  members: memberSchema.extend({ leagueId: idSchema, createdAt: instantSchema }),
  // Where a pick came from stays with it: its arrival stamp and the group's acceptance of a late one.
  picks: pickSchema.extend({
    leagueId: idSchema,
    receivedAt: instantSchema.optional(),
    acceptedLate: instantSchema.optional(),
  }),
  pickHistory: z.object({
    seq,
    leagueId: idSchema,
    memberId: idSchema,
    raceId: idSchema,
    podium: podiumSchema.nullable(),
    previous: podiumSchema.nullable(),
    joker: z.boolean(),
    previousJoker: z.boolean().optional(),
    changedAt: instantSchema,
    undoOf: z.number().int().positive().optional(),
  }),
  results: raceResultSchema,
  imports: z.object({
    seq,
    raceId: idSchema,
    fileName: z.string().max(1000),
    sha256: z.string().max(200),
    importedAt: instantSchema,
    format: z.string().max(100),
    encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).optional(),
    rowCount: z.number().int().nonnegative(),
    replaced: raceResultSchema.nullable(),
    undoneAt: instantSchema.nullable().optional(),
  }),
  settings: z.object({ key: z.string().min(1).max(200), value: z.json() }),
} satisfies Record<(typeof TABLE_NAMES)[number], z.ZodType>;

/**
 * Why a serialized backup cannot be written (its size and the limit, in MB
 * with one decimal), or null when it can. A backup
 * is written only when restore will read it back: at most MAX_BACKUP_BYTES
 * of UTF-8, the limit restore reads backups with (the per-file import limit
 * does not apply to backups, which hold everything imported).
 */
export function backupSizeProblem(text: string): { sizeMb: string; limitMb: string } | null {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes <= MAX_BACKUP_BYTES) return null;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return { sizeMb: mb(bytes), limitMb: mb(MAX_BACKUP_BYTES) };
}

const headSchema = z.object({
  schemaVersion: z.number().int().min(1),
  createdAt: instantSchema,
  app: z.string().max(100),
});

// Each table is an array of its rows; a table missing from the file is empty.
const tablesSchema = z.object(
  Object.fromEntries(TABLE_NAMES.map((name) => [name, z.array(rowSchemas[name]).default([])])) as {
    [K in keyof typeof rowSchemas]: z.ZodDefault<z.ZodArray<(typeof rowSchemas)[K]>>;
  },
);

/** Reads a backup file from its bytes (any supported encoding) or text; never throws. */
export function parseBackup(
  input: Uint8Array | string,
  currentSchemaVersion: number,
): Result<CheckedBackup, FileProblem> {
  const file = readVersionedFile(input, BACKUP_FILE);
  if (!file.ok) return file;
  const { data } = file.value;
  // Backups are written on one line: line numbers would all say 1.
  const lines = [...file.value.lines.values()].some((line) => line > 1) ? file.value.lines : new Map();
  if (typeof data.schemaVersion === 'number' && data.schemaVersion > currentSchemaVersion) {
    return fail(
      fileProblem(
        'newer-database',
        `This backup holds a newer database (schema ${data.schemaVersion}); update Podium League to restore it.`,
        { found: data.schemaVersion },
      ),
    );
  }
  const head = headSchema.safeParse(data);
  if (!head.success) return fail(...schemaProblems(head.error, { lines, data, limit: 10 }));
  const tables = tablesSchema.safeParse(data.tables ?? {});
  if (!tables.success)
    return fail(...schemaProblems(tables.error, { lines, data: data.tables, root: ['tables'], limit: 10 }));
  const t = tables.data;
  const problems: FileProblem[] = [];
  const at = (path: (string | number)[], code: FileProblemCode, message: string, params: FileProblemParams) =>
    problems.push(problemAt(lines, ['tables', ...path], code, message, params));
  const unknown = (path: (string | number)[], what: string, id: string, message: string) =>
    at(path, 'unknown-id', message, { what, id });
  const duplicate = (path: (string | number)[], what: string, id: string, message: string) =>
    at(path, 'duplicate-id', message, { what, id });

  // Seasons: the flat rows put back together must be a valid season file's season.
  const seasons: CheckedBackup['seasons'] = [];
  const seasonById = new Map<string, Season>();
  t.seasons.forEach((row, i) => {
    const rows = {
      season: row,
      rounds: t.rounds.filter((r) => r.seasonId === row.id),
      races: t.races.filter((r) => r.seasonId === row.id),
      drivers: t.drivers.filter((r) => r.seasonId === row.id),
    } as unknown as SeasonRows;
    const parsed = seasonSchema.safeParse(rowsToSeason(rows));
    if (!parsed.success) {
      const where = { lines, data: rowsToSeason(rows), root: ['tables', 'seasons', i] };
      problems.push(...schemaProblems(parsed.error, where));
      return;
    }
    if (seasonById.has(row.id))
      return duplicate(['seasons', i, 'id'], 'season', row.id, `duplicate season "${row.id}".`);
    const season = toSeason(parsed.data);
    seasonById.set(season.id, season);
    seasons.push({
      season,
      builtIn: row.builtIn,
      ...(row.dataRevision !== undefined ? { dataRevision: row.dataRevision } : {}),
    });
  });
  for (const table of ['rounds', 'races', 'drivers'] as const) {
    t[table].forEach((row, i) => {
      if (!seasonById.has(row.seasonId) && !t.seasons.some((s) => s.id === row.seasonId))
        unknown([table, i, 'seasonId'], 'season', row.seasonId, `unknown season "${row.seasonId}".`);
    });
  }

  const races = new Map(
    [...seasonById.values()].flatMap((s) => s.rounds.flatMap((r) => r.races)).map((r) => [r.id, r]),
  );
  const leagues = new Map<string, LeagueRecord>();
  t.leagues.forEach((row, i) => {
    const season = seasonById.get(row.seasonId);
    if (!season)
      return unknown(['leagues', i, 'seasonId'], 'season', row.seasonId, `unknown season "${row.seasonId}".`);
    if (leagues.has(row.id))
      return duplicate(['leagues', i, 'id'], 'league', row.id, `duplicate league "${row.id}".`);
    const league: LeagueRecord = { ...row, rules: normalizeRules(row.rules) };
    if (row.replay === undefined) delete league.replay;
    leagues.set(row.id, league);
  });
  const members = new Set<string>();
  t.members.forEach((row, i) => {
    const key = `${row.leagueId}\u0000${row.id}`;
    if (!leagues.has(row.leagueId))
      return unknown(['members', i, 'leagueId'], 'league', row.leagueId, `unknown league "${row.leagueId}".`);
    if (members.has(key))
      return duplicate(['members', i, 'id'], 'member', row.id, `duplicate member "${row.id}".`);
    members.add(key);
  });
  const picks = new Set<string>();
  t.picks.forEach((row, i) => {
    const league = leagues.get(row.leagueId);
    if (!league)
      return unknown(['picks', i, 'leagueId'], 'league', row.leagueId, `unknown league "${row.leagueId}".`);
    if (!members.has(`${row.leagueId}\u0000${row.memberId}`))
      return unknown(
        ['picks', i, 'memberId'],
        'member',
        row.memberId,
        `unknown member "${row.memberId}" of league "${row.leagueId}".`,
      );
    const race = races.get(row.raceId);
    if (!race || !seasonById.get(league.seasonId)?.rounds.some((r) => r.races.includes(race)))
      return at(
        ['picks', i, 'raceId'],
        'not-race-of-season',
        `"${row.raceId}" is not a race of the league's season.`,
        {
          race: row.raceId,
        },
      );
    // The rule the database enforces on every pick write: none once the race has started.
    if (!league.replay && Date.parse(row.madeAt) >= Date.parse(race.startsAt))
      return at(
        ['picks', i, 'madeAt'],
        'pick-after-start',
        `made after ${race.id} started (${race.startsAt}).`,
        {
          race: race.id,
          startsAt: race.startsAt,
        },
      );
    const key = `${row.leagueId}\u0000${row.memberId}\u0000${row.raceId}`;
    if (picks.has(key))
      return at(['picks', i], 'second-pick', `a second pick of "${row.memberId}" for ${row.raceId}.`, {
        member: row.memberId,
        race: row.raceId,
      });
    picks.add(key);
  });
  t.pickHistory.forEach((row, i) => {
    if (!leagues.has(row.leagueId))
      unknown(['pickHistory', i, 'leagueId'], 'league', row.leagueId, `unknown league "${row.leagueId}".`);
  });
  const resultRaces = new Set<string>();
  t.results.forEach((row, i) => {
    if (!races.has(row.raceId))
      return unknown(['results', i, 'raceId'], 'race', row.raceId, `unknown race "${row.raceId}".`);
    if (resultRaces.has(row.raceId))
      return at(['results', i, 'raceId'], 'second-result', `a second result for ${row.raceId}.`, {
        race: row.raceId,
      });
    resultRaces.add(row.raceId);
  });
  t.imports.forEach((row, i) => {
    if (!races.has(row.raceId))
      unknown(['imports', i, 'raceId'], 'race', row.raceId, `unknown race "${row.raceId}".`);
  });
  if (problems.length > 0) return fail(...problems.slice(0, 10));

  return {
    ok: true,
    value: {
      schemaVersion: head.data.schemaVersion,
      createdAt: head.data.createdAt,
      app: head.data.app,
      seasons,
      leagues: [...leagues.values()],
      members: t.members,
      picks: t.picks,
      pickHistory: t.pickHistory,
      results: t.results,
      imports: t.imports,
      settings: t.settings,
    },
  };
}

export interface BackupSummary {
  createdAt: string;
  app: string;
  counts: Record<string, number>;
  leagues: string[];
  seasons: string[];
}

/** What a restore would bring, for the preview. */
export function summarizeBackup(backup: CheckedBackup): BackupSummary {
  const rows = seasonRows(backup);
  return {
    createdAt: backup.createdAt,
    app: backup.app,
    counts: {
      seasons: backup.seasons.length,
      rounds: rows.rounds.length,
      races: rows.races.length,
      drivers: rows.drivers.length,
      leagues: backup.leagues.length,
      members: backup.members.length,
      picks: backup.picks.length,
      pickHistory: backup.pickHistory.length,
      results: backup.results.length,
      imports: backup.imports.length,
      settings: backup.settings.length,
    },
    leagues: backup.leagues.map((l) => l.name),
    seasons: backup.seasons.map((s) => s.season.name),
  };
}

/** The season tables' rows, as the normal season write makes them. */
function seasonRows(backup: CheckedBackup) {
  const split = backup.seasons.map(({ season, builtIn, dataRevision }) => {
    const rows = seasonToRows(season, builtIn);
    return dataRevision === undefined ? rows : { ...rows, season: { ...rows.season, dataRevision } };
  });
  return {
    seasons: split.map((s) => s.season),
    rounds: split.flatMap((s) => s.rounds),
    races: split.flatMap((s) => s.races),
    drivers: split.flatMap((s) => s.drivers),
  };
}

/** Replaces the whole database with a checked backup in one transaction. */
export async function restoreBackup(db: PodiumDatabase, backup: CheckedBackup): Promise<void> {
  const rows: Record<(typeof TABLE_NAMES)[number], readonly object[]> = {
    ...seasonRows(backup),
    leagues: backup.leagues,
    members: backup.members,
    picks: backup.picks,
    pickHistory: backup.pickHistory,
    results: backup.results,
    imports: backup.imports,
    settings: backup.settings,
  };
  await db.transaction('rw', TABLE_NAMES, async () => {
    // Every pick was checked against its race's start above, the rule the lock guard enforces.
    allowLockedPickWrites();
    for (const name of TABLE_NAMES) {
      const table = db.table(name);
      await table.clear();
      // bulkAdd inside the transaction: one bad row aborts the whole restore.
      await table.bulkAdd([...rows[name]]);
    }
  });
}
