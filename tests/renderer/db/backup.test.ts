import { afterEach, describe, expect, it } from 'vitest';
import { clock } from '../../../renderer/src/app/clock';
import { readFileSync } from 'node:fs';
import { createDatabase } from '../../../renderer/src/db/schema';
import { dumpDatabase } from '../../../renderer/src/db/dump';
import {
  createBackup,
  parseBackup,
  restoreBackup,
  serializeBackup,
  summarizeBackup,
} from '../../../renderer/src/db/backup';

const fixture = JSON.parse(readFileSync('tests/fixtures/db/v1-dump.json', 'utf8')) as Record<
  string,
  unknown[]
>;

async function seeded(name: string) {
  const db = createDatabase(name);
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(fixture)) await db.table(table).bulkAdd(rows);
  });
  return db;
}

const realNow = clock.now;
afterEach(() => {
  clock.now = realNow;
});

describe('backup and restore', () => {
  it('restores picks of races that have already started', async () => {
    const db = await seeded(`backup-${Math.random()}`);
    const before = await dumpDatabase(db);
    const backup = await createBackup(db, '2030-06-01T00:00:00.000Z', '0.1.0');
    clock.now = () => Date.parse('2030-06-01T00:00:00.000Z'); // after the fixture race's start
    await restoreBackup(db, backup);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('backup → wipe → restore gives an identical database', async () => {
    const db = await seeded(`backup-${Math.random()}`);
    const before = await dumpDatabase(db);
    const text = serializeBackup(await createBackup(db, '2030-05-02T00:00:00.000Z', '0.1.0'));
    await db.delete();

    const fresh = createDatabase(`restore-${Math.random()}`);
    await fresh.open();
    const parsed = parseBackup(text, fresh.verno);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(summarizeBackup(parsed.backup)).toMatchObject({
      leagues: ['Friday Club'],
      seasons: ['Test Season 2030'],
      counts: { picks: 1, members: 1, results: 1 },
    });
    await restoreBackup(fresh, parsed.backup);
    expect(await dumpDatabase(fresh)).toEqual(before);
  });

  it('a failing restore leaves the database exactly as it was', async () => {
    const db = await seeded(`backup-${Math.random()}`);
    const before = await dumpDatabase(db);
    const backup = await createBackup(db, '2030-05-02T00:00:00.000Z', '0.1.0');
    // Two members with the same primary key: bulkAdd fails half-way through the restore.
    backup.tables.members = [...backup.tables.members!, ...backup.tables.members!];
    backup.tables.leagues = [];
    await expect(restoreBackup(db, backup)).rejects.toThrow();
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses files that are not backups, and newer versions, with a message', () => {
    expect(parseBackup('nope', 1)).toEqual({
      ok: false,
      errors: [expect.stringContaining('not valid JSON')],
    });
    expect(parseBackup('{"format":"podium-league"}', 1).ok).toBe(false);
    const newer = parseBackup(JSON.stringify({ format: 'podium-backup', version: 2 }), 1);
    expect(newer).toEqual({ ok: false, errors: [expect.stringContaining('newer version of Podium League')] });
    const newerSchema = parseBackup(
      JSON.stringify({ format: 'podium-backup', version: 1, schemaVersion: 9 }),
      1,
    );
    expect(newerSchema).toEqual({ ok: false, errors: [expect.stringContaining('update Podium League')] });
  });
});
