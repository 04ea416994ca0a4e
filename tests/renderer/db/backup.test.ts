import { afterEach, describe, expect, it } from 'vitest';
import { clock } from '../../../renderer/src/app/clock';
import { readFileSync } from 'node:fs';
import { createDatabase } from '../../../renderer/src/db/schema';
import { dumpDatabase } from '../../../renderer/src/db/dump';
import { allowLockedPickWrites } from '../../../renderer/src/db/lock-guard';
import {
  createBackup,
  parseBackup,
  restoreBackup,
  serializeBackup,
  summarizeBackup,
} from '../../../renderer/src/db/backup';
import { english, messages } from '../../shared/files/english';

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

/** A backup file that must read: its checked form. */
function checked(text: string) {
  const parsed = parseBackup(text, createDatabase('backup-schema-version').verno);
  if (!parsed.ok) throw new Error(messages(parsed).join('\n'));
  return parsed.value;
}

/** The fixture as a backup file, with one change made to it. */
function crafted(change: (tables: Record<string, Record<string, unknown>[]>) => void): string {
  const tables = structuredClone(fixture) as Record<string, Record<string, unknown>[]>;
  change(tables);
  return JSON.stringify({
    format: 'podium-backup',
    version: 1,
    schemaVersion: 1,
    createdAt: '2030-05-02T00:00:00.000Z',
    app: '0.1.0',
    tables,
  });
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
    await restoreBackup(db, checked(serializeBackup(backup)));
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('keeps where a pick came from: its arrival stamp, its signature and a late pick the group accepted', async () => {
    const db = await seeded(`backup-${Math.random()}`);
    const [pick] = await db.picks.toArray();
    const origin = {
      receivedAt: '2030-04-30T10:00:00.000Z',
      acceptedLate: '2030-05-01T18:00:00.000Z',
      sig: 'ab'.repeat(64),
    };
    await db.transaction('rw', db.tables, async () => {
      allowLockedPickWrites();
      await db.picks.put({ ...pick!, ...origin });
    });
    const backup = checked(serializeBackup(await createBackup(db, '2030-06-01T00:00:00.000Z', '0.1.0')));
    expect(backup.picks[0]).toMatchObject(origin);
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
    expect(summarizeBackup(parsed.value)).toMatchObject({
      leagues: ['Friday Club'],
      seasons: ['Test Season 2030'],
      counts: { picks: 1, members: 1, results: 1 },
    });
    await restoreBackup(fresh, parsed.value);
    expect(await dumpDatabase(fresh)).toEqual(before);
  });

  it('a failing restore leaves the database exactly as it was', async () => {
    const db = await seeded(`backup-${Math.random()}`);
    const before = await dumpDatabase(db);
    const backup = checked(serializeBackup(await createBackup(db, '2030-05-02T00:00:00.000Z', '0.1.0')));
    // Two members with the same primary key (past the checks): bulkAdd fails half-way through the restore.
    backup.members = [...backup.members, ...backup.members];
    backup.leagues = [];
    await expect(restoreBackup(db, backup)).rejects.toThrow();
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses files that are not backups, and newer versions, with a message', () => {
    expect(parseBackup('nope', 1)).toEqual({
      ok: false,
      problems: [
        {
          code: 'not-json',
          params: { line: 1, syntax: 'unexpected-character', char: 'n' },
          message: expect.stringContaining('not valid JSON'),
        },
      ],
    });
    expect(parseBackup('{"format":"podium-league"}', 1).ok).toBe(false);
    const newer = parseBackup(JSON.stringify({ format: 'podium-backup', version: 2 }), 1);
    expect(english(newer)).toEqual({
      ok: false,
      problems: [expect.stringContaining('newer version of Podium League')],
    });
    expect(!newer.ok && newer.problems[0]).toMatchObject({
      code: 'newer-version',
      params: { found: 2, reads: 1 },
    });
    const newerSchema = parseBackup(
      JSON.stringify({ format: 'podium-backup', version: 1, schemaVersion: 9 }),
      1,
    );
    expect(english(newerSchema)).toEqual({
      ok: false,
      problems: [expect.stringContaining('update Podium League')],
    });
    expect(!newerSchema.ok && newerSchema.problems[0]).toMatchObject({
      code: 'newer-database',
      params: { found: 9 },
    });
  });

  it('refuses crafted rows at preview, naming the row and the problem', () => {
    expect(
      parseBackup(
        crafted(() => {}),
        1,
      ).ok,
    ).toBe(true);
    const problems = (text: string) => messages(parseBackup(text, 1));
    const rulesNull = parseBackup(
      crafted((t) => (t.leagues![0]!.rules = null)),
      1,
    );
    expect(!rulesNull.ok && rulesNull.problems[0]).toMatchObject({
      code: 'schema',
      params: {
        issue: 'invalid_type',
        expected: 'object',
        received: 'null',
        path: 'tables › leagues › 0 › rules',
      },
    });
    const twice = parseBackup(
      crafted((t) => t.members!.push({ ...t.members![0]! })),
      1,
    );
    expect(!twice.ok && twice.problems).toMatchObject([
      { code: 'duplicate-id', params: { what: 'member', id: 'm-ana', path: 'tables › members › 1 › id' } },
    ]);
    expect(problems(crafted((t) => (t.leagues![0]!.createdAt = 'x')))).toEqual([
      'tables.leagues[0].createdAt: must be a real ISO date-time with its zone, like "2025-06-01T10:00:00Z"',
    ]);
    expect(problems(crafted((t) => (t.leagues![0]!.name = { first: 'Friday' })))).toEqual([
      'tables.leagues[0].name: Invalid input: expected string, received object',
    ]);
    expect(problems(crafted((t) => (t.leagues![0]!.rules = null)))).toEqual([
      'tables.leagues[0].rules: Invalid input: expected object, received null',
    ]);
    expect(problems(crafted((t) => (t.picks![0]!.madeAt = '2030-05-01T16:00:00.000Z')))).toEqual([
      'tables.picks[0].madeAt: made after test-2030-r1-nations-gf started (2030-05-01T16:00:00.000Z).',
    ]);
    expect(problems(crafted((t) => (t.picks![0]!.madeAt = '2030-02-30T10:00:00Z')))).toHaveLength(1);
    expect(problems(crafted((t) => (t.members![0]!.leagueId = 'elsewhere')))).toEqual([
      'tables.members[0].leagueId: unknown league "elsewhere".',
      'tables.picks[0].memberId: unknown member "m-ana" of league "league-1".',
    ]);
    expect(problems(crafted((t) => (t.races![0]!.startsAt = 'soon')))[0]).toMatch(
      /^tables\.seasons\[0\]\.rounds\[0\]\.races\[0\]\.startsAt: /,
    );
  });

  it('reads a backup saved in UTF-16 and refuses one without a version', () => {
    const text = crafted(() => {});
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(parseBackup(utf16, 1).ok).toBe(true);
    const noVersion = text.replace('"version":1,', '');
    expect(english(parseBackup(noVersion, 1))).toEqual({
      ok: false,
      problems: [
        'This backup has "format": "podium-backup" but no "version"; add "version": 1 if the file was written by hand for this app.',
      ],
    });
  });
});
