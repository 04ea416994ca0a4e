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
 */
import { z } from 'zod';
import { MAX_BACKUP_BYTES } from '../../../shared/ipc/contract';
import { TABLE_NAMES, type PodiumDatabase } from './schema';
import { dumpDatabase, type DatabaseDump } from './dump';
import { allowLockedPickWrites } from './lock-guard';

export const BACKUP_FORMAT = 'podium-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  schemaVersion: number;
  createdAt: string;
  app: string;
  tables: DatabaseDump;
}

// Rows are checked to be plain objects; their fields were written by this app.
// z.record keeps keys as data (no prototype pollution through "__proto__").
const row = z.record(z.string(), z.unknown());
const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string(),
  app: z.string(),
  tables: z.object(Object.fromEntries(TABLE_NAMES.map((name) => [name, z.array(row)]))),
});

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

/**
 * Why a serialized backup cannot be written, or null when it can. A backup
 * is written only when restore will read it back: at most MAX_BACKUP_BYTES
 * of UTF-8, the limit restore reads backups with (the per-file import limit
 * does not apply to backups, which hold everything imported).
 */
export function backupSizeProblem(text: string): string | null {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes <= MAX_BACKUP_BYTES) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `This backup would be ${mb(bytes)}, more than the ${mb(MAX_BACKUP_BYTES)} a backup can hold, so it was not written: it could not be restored. Export the largest leagues as league files, delete them here, and back up again.`;
}

export type BackupParse = { ok: true; backup: Backup } | { ok: false; errors: string[] };

/** Reads a backup file; never throws. */
export function parseBackup(text: string, currentSchemaVersion: number): BackupParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['This file is not a Podium League backup (not valid JSON).'] };
  }
  const head = data as { format?: unknown; version?: unknown; schemaVersion?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BACKUP_FORMAT) {
    return { ok: false, errors: ['This file is not a Podium League backup.'] };
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return {
      ok: false,
      errors: [
        `This backup was made by a newer version of Podium League (format version ${head.version}); this app reads version ${BACKUP_VERSION}.`,
      ],
    };
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > currentSchemaVersion) {
    return {
      ok: false,
      errors: [
        `This backup holds a newer database (schema ${head.schemaVersion}); update Podium League to restore it.`,
      ],
    };
  }
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  return { ok: true, backup: parsed.data as Backup };
}

export interface BackupSummary {
  createdAt: string;
  app: string;
  counts: Record<string, number>;
  leagues: string[];
  seasons: string[];
}

/** What a restore would bring, for the preview. */
export function summarizeBackup(backup: Backup): BackupSummary {
  const names = (rows: unknown[]) =>
    rows.map((r) => String((r as { name?: unknown }).name ?? (r as { id?: unknown }).id ?? '?'));
  return {
    createdAt: backup.createdAt,
    app: backup.app,
    counts: Object.fromEntries(TABLE_NAMES.map((name) => [name, backup.tables[name]?.length ?? 0])),
    leagues: names(backup.tables.leagues ?? []),
    seasons: names(backup.tables.seasons ?? []),
  };
}

/** Replaces the whole database with the backup in one transaction. */
export async function restoreBackup(db: PodiumDatabase, backup: Backup): Promise<void> {
  await db.transaction('rw', TABLE_NAMES, async () => {
    // A backup holds picks of races that have long started; they were valid when made.
    allowLockedPickWrites();
    for (const name of TABLE_NAMES) {
      const table = db.table(name);
      await table.clear();
      // bulkAdd inside the transaction: one bad row aborts the whole restore.
      await table.bulkAdd(backup.tables[name] ?? []);
    }
  });
}
