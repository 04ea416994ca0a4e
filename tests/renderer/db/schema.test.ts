import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { readFileSync } from 'node:fs';
import {
  createDatabase,
  CURRENT_SCHEMA,
  SCHEMA_V1,
  SCHEMA_V2,
  TABLE_NAMES,
} from '../../../renderer/src/db/schema';
import { dumpDatabase } from '../../../renderer/src/db/dump';

const fixture = JSON.parse(readFileSync('tests/fixtures/db/v1-dump.json', 'utf8')) as Record<
  string,
  unknown[]
>;

/** Writes the fixture with a bare declaration of `version`: what a user of that release has on disk. */
async function writeFixture(name: string, version: 1 | 2 = 1, data: Record<string, unknown[]> = fixture) {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  if (version === 2) old.version(2).stores(SCHEMA_V2);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}
const writeV1Fixture = (name: string) => writeFixture(name, 1);

/** Index names straight from IndexedDB, not Dexie's declaration: what an upgrade really left. */
function storedIndexes(db: ReturnType<typeof createDatabase>, table: string): string[] {
  return Array.from(db.backendDB().transaction(table, 'readonly').objectStore(table).indexNames).sort();
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
    expect(db.verno).toBe(3);
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

  it('version 2 dropped the indexes no query used', async () => {
    const name = `schema-test-${Math.random()}`;
    await writeV1Fixture(name);
    const db = createDatabase(name);
    await db.open();
    const indexes = (table: string) =>
      db
        .table(table)
        .schema.indexes.map((index) => index.name)
        .sort();
    expect(indexes('rounds')).toEqual(['seasonId']);
    expect(indexes('races')).toEqual(['roundId', 'seasonId']);
    expect(indexes('imports')).toEqual(['raceId']);
    expect(storedIndexes(db, 'imports')).toEqual(['raceId']);
    expect(storedIndexes(db, 'rounds')).toEqual(['seasonId']);
    expect(Object.keys(CURRENT_SCHEMA).sort()).toEqual([...TABLE_NAMES].sort());
    db.close();
  });

  it('version 3 upgrades a version 2 database: picks drop the index their primary key already answers, every query still answers', async () => {
    const name = `schema-test-${Math.random()}`;
    // Neighbours on both sides of the queried key ranges: another member, other leagues.
    type Row = { leagueId: string; memberId: string; raceId: string };
    const [pick] = fixture['picks'] as Row[];
    const [entry] = fixture['pickHistory'] as (Row & { seq: number })[];
    const neighbours = (rows: Row[]) => [
      { ...rows[0]!, memberId: 'm-bo' },
      { ...rows[0]!, leagueId: 'league-0' },
      { ...rows[0]!, leagueId: 'league-2', memberId: 'm-ana' },
    ];
    const data: Record<string, unknown[]> & { picks: Row[]; pickHistory: Row[] } = {
      ...fixture,
      picks: [pick!, ...neighbours([pick!])],
      pickHistory: [entry!, ...neighbours([entry!]).map((row, i) => ({ ...row, seq: entry!.seq + 1 + i }))],
    };
    await writeFixture(name, 2, data);
    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    const dump = await dumpDatabase(db);
    const byKey = (rows: unknown[]) =>
      [...(rows as Row[])].sort((a, b) =>
        `${a.leagueId}|${a.memberId}`.localeCompare(`${b.leagueId}|${b.memberId}`),
      );
    for (const table of TABLE_NAMES) expect(byKey(dump[table]!), table).toEqual(byKey(data[table]!));
    expect(storedIndexes(db, 'picks')).toEqual(['leagueId']);
    // The app's queries on a dropped index run over the leading parts of a compound key instead.
    const picks = data.picks;
    const { leagueId, memberId } = pick!;
    const mine = picks.filter((p) => p.leagueId === leagueId && p.memberId === memberId);
    expect(await db.picks.where('[leagueId+memberId]').equals([leagueId, memberId]).toArray()).toEqual(mine);
    expect(await db.picks.where('leagueId').equals(leagueId).count()).toBe(
      picks.filter((p) => p.leagueId === leagueId).length,
    );
    expect(await db.picks.where('leagueId').equals('no-such-league').count()).toBe(0);
    const history = data.pickHistory;
    expect(await db.pickHistory.where('leagueId').equals(leagueId).count()).toBe(
      history.filter((h) => h.leagueId === leagueId).length,
    );
    // Deleting a league's picks through the leading part removes exactly those.
    await db.picks.where('leagueId').equals(leagueId).delete();
    expect(await db.picks.count()).toBe(picks.filter((p) => p.leagueId !== leagueId).length);
    db.close();
  });
});
