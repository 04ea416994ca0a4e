/**
 * The one Dexie schema of the app. Every released version stays listed here
 * forever: Dexie upgrades step by step from whatever version a user has.
 * Never change a primary key. A new version declares its stores (with an
 * `.upgrade()` function when records change shape) and comes with a test that
 * upgrades a fixture of the previous version (tests/renderer/db/schema.test.ts).
 */
import { Dexie, type EntityTable } from 'dexie';
import type {
  DriverRecord,
  ImportRecord,
  LeagueRecord,
  MemberRecord,
  PickHistoryRecord,
  PickRecord,
  RaceRecord,
  ResultRecord,
  RoundRecord,
  SeasonRecord,
  SettingRecord,
} from './records';
import { lockGuard } from './lock-guard';

export const DB_NAME = 'podium-league';

/** Version 1 stores. Compound keys keep ids stable across machines (no counters in data friends exchange). */
export const SCHEMA_V1 = {
  seasons: 'id, year',
  rounds: 'id, seasonId, date',
  races: 'id, roundId, seasonId, startsAt',
  drivers: '[seasonId+id], seasonId, id',
  leagues: 'id, seasonId',
  members: '[leagueId+id], leagueId',
  picks: '[leagueId+memberId+raceId], leagueId, raceId, [leagueId+raceId], [leagueId+memberId]',
  pickHistory: '++seq, [leagueId+memberId+raceId], leagueId',
  results: 'raceId',
  imports: '++seq, raceId, importedAt',
  settings: 'key',
} as const;

/**
 * Version 2: the same tables without the indexes no query uses, which every
 * write had to maintain (four secondary indexes on picks made a 100,000-pick
 * restore pay for two it never read). Dropped: picks `raceId` and
 * `[leagueId+raceId]`, rounds `date`, races `startsAt`, imports `importedAt`.
 * Index changes only: Dexie rebuilds the indexes on upgrade, records stay as they are.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  rounds: 'id, seasonId',
  races: 'id, roundId, seasonId',
  picks: '[leagueId+memberId+raceId], leagueId, [leagueId+memberId]',
  imports: '++seq, raceId',
} as const;

/**
 * Version 3: picks drop `[leagueId+memberId]`, a leading part of their primary
 * key `[leagueId+memberId+raceId]`: Dexie answers `where('[leagueId+memberId]')`
 * from the primary key (a key range over its first two parts), so a write of
 * 100,000 picks maintains two B-trees instead of three. `leagueId` stays: a
 * range over the primary key's first part alone pads the bound with the same
 * max-key object twice, which IndexedDB implementations may refuse as a key.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  picks: '[leagueId+memberId+raceId], leagueId',
} as const;

/** The schema the app opens with (the last version declared in {@link createDatabase}). */
export const CURRENT_SCHEMA = SCHEMA_V3;

export type PodiumDatabase = Dexie & {
  seasons: EntityTable<SeasonRecord, 'id'>;
  rounds: EntityTable<RoundRecord, 'id'>;
  races: EntityTable<RaceRecord, 'id'>;
  drivers: Dexie.Table<DriverRecord, [string, string]>;
  leagues: EntityTable<LeagueRecord, 'id'>;
  members: Dexie.Table<MemberRecord, [string, string]>;
  picks: Dexie.Table<PickRecord, [string, string, string]>;
  pickHistory: EntityTable<PickHistoryRecord, 'seq'>;
  results: EntityTable<ResultRecord, 'raceId'>;
  imports: EntityTable<ImportRecord, 'seq'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

/** Names of every table, for dumps, backups and wipes. */
export const TABLE_NAMES = Object.keys(CURRENT_SCHEMA) as (keyof typeof CURRENT_SCHEMA)[];

/** Opens (without connecting yet) the database with every schema version declared. */
export function createDatabase(name: string = DB_NAME): PodiumDatabase {
  const db = new Dexie(name) as PodiumDatabase;
  // Every version stays declared, so a database of any release opens and upgrades step by step.
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2);
  db.version(3).stores(SCHEMA_V3);
  db.use(lockGuard);
  return db;
}
