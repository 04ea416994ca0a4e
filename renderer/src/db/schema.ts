/**
 * The one Dexie schema of the app. Every released version stays listed here
 * forever: Dexie upgrades step by step from whatever version a user has.
 * Never change a primary key; add a new version with a migration module in
 * ./migrations instead (each with a test upgrading a fixture of the previous
 * version).
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
export const TABLE_NAMES = Object.keys(SCHEMA_V1) as (keyof typeof SCHEMA_V1)[];

/** Opens (without connecting yet) the database with every schema version declared. */
export function createDatabase(name: string = DB_NAME): PodiumDatabase {
  const db = new Dexie(name) as PodiumDatabase;
  db.version(1).stores(SCHEMA_V1);
  db.use(lockGuard);
  // Later versions go here, e.g.:
  // db.version(2).stores({ ... }).upgrade((tx) => migrateV1toV2(tx));
  return db;
}
