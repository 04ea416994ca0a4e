import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { readFileSync } from 'node:fs';
import { createDatabase, CURRENT_SCHEMA, SCHEMA_V1, TABLE_NAMES } from '../../../renderer/src/db/schema';
import { dumpDatabase } from '../../../renderer/src/db/dump';

const fixture = JSON.parse(readFileSync('tests/fixtures/db/v1-dump.json', 'utf8')) as Record<
  string,
  unknown[]
>;

/** Writes the fixture with a bare v1 declaration: what a user of release 1 has on disk. */
async function writeV1Fixture(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, rows] of Object.entries(fixture)) await v1.table(table).bulkAdd(rows);
  });
  v1.close();
}

describe('database schema', () => {
  it('declares every table the fixture has', () => {
    expect([...TABLE_NAMES].sort()).toEqual(Object.keys(fixture).sort());
  });

  it('opens a version 1 database through the current schema without losing a record', async () => {
    const name = `schema-test-${Math.random()}`;
    await writeV1Fixture(name);
    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    const dump = await dumpDatabase(db);
    for (const table of TABLE_NAMES) {
      expect(dump[table], table).toEqual(fixture[table]);
    }
    // Indexes of the current schema answer queries on the old rows.
    expect(await db.picks.where('[leagueId+memberId]').equals(['league-1', 'm-ana']).count()).toBe(1);
    expect(await db.picks.where('leagueId').equals('league-1').count()).toBe(fixture['picks']!.length);
    expect(await db.drivers.where('seasonId').equals('test-2030').count()).toBe(2);
    db.close();
  });

  it('version 2 keeps only the indexes queries use', async () => {
    const name = `schema-test-${Math.random()}`;
    await writeV1Fixture(name);
    const db = createDatabase(name);
    await db.open();
    const indexes = (table: string) =>
      db
        .table(table)
        .schema.indexes.map((index) => index.name)
        .sort();
    expect(indexes('picks')).toEqual(['[leagueId+memberId]', 'leagueId']);
    expect(indexes('rounds')).toEqual(['seasonId']);
    expect(indexes('races')).toEqual(['roundId', 'seasonId']);
    expect(indexes('imports')).toEqual(['raceId']);
    // Straight from IndexedDB, not Dexie's declaration: the upgrade really removed them.
    const raw = db.backendDB();
    const tx = raw.transaction(['picks', 'rounds', 'races', 'imports'], 'readonly');
    expect(Array.from(tx.objectStore('picks').indexNames).sort()).toEqual([
      '[leagueId+memberId]',
      'leagueId',
    ]);
    expect(Array.from(tx.objectStore('imports').indexNames)).toEqual(['raceId']);
    expect(Object.keys(CURRENT_SCHEMA).sort()).toEqual([...TABLE_NAMES].sort());
    db.close();
  });
});
