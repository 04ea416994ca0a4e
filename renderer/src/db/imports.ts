/**
 * Committing and undoing result imports. A file becomes one
 * `ImportPlan` in the preview; `commitImport` writes all of it — results,
 * history rows and drivers added to the entry list — in one transaction, so
 * bad input or a failure half-way leaves the database exactly as it was.
 *
 * Nothing in these transaction callbacks catches errors: Dexie commits a
 * transaction whose callback swallowed an error, so every failure must escape.
 */
import type { Cup, Driver, RaceResult } from '../../../shared/domain/types';
import type { TextEncodingName } from '../../../shared/results/types';
import type { DriverRecord, ImportRecord } from './records';
import type { PodiumDatabase } from './schema';

/** A driver the user chose to add to the season's entry list during an import. */
export interface NewEntry {
  driver: Driver;
  cup: Cup;
}

/** Everything one confirmed preview writes. */
export interface ImportPlan {
  seasonId: string;
  fileName: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  format: string;
  /** How the file's bytes were decoded. */
  encoding: TextEncodingName;
  /** One result per assigned table; `source` is filled in by the commit. */
  results: RaceResult[];
  newEntries: NewEntry[];
}

/** What a commit changed per race: enough to show the standings diff and to undo. */
export interface CommittedRace {
  raceId: string;
  before: RaceResult | null;
  after: RaceResult;
}

export interface CommitReport {
  importedAt: string;
  races: CommittedRace[];
  addedDrivers: string[];
}

/** A plan that cannot be written (refused before anything is kept). */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Writes a plan in one transaction; throws (and writes nothing) when any part fails. */
export async function commitImport(
  db: PodiumDatabase,
  plan: ImportPlan,
  importedAt: string,
): Promise<CommitReport> {
  if (plan.results.length === 0) throw new ImportError('There is no table to import.');
  const raceIds = plan.results.map((r) => r.raceId);
  if (new Set(raceIds).size !== raceIds.length) {
    throw new ImportError('Two tables are assigned to the same race.');
  }
  const source = { fileName: plan.fileName, sha256: plan.sha256, importedAt };
  return db.transaction('rw', [db.seasons, db.races, db.drivers, db.results, db.imports], async () => {
    const addedDrivers = await addEntries(db, plan.seasonId, plan.newEntries);
    const season = await db.seasons.get(plan.seasonId);
    const races: CommittedRace[] = [];
    for (const result of plan.results) {
      const race = await db.races.get(result.raceId);
      if (!race || race.seasonId !== plan.seasonId) {
        throw new ImportError(`The race ${result.raceId} is not part of this season.`);
      }
      // Each race is checked against its own cup: a driver is not a Manufacturers Cup team.
      const entries = new Set(season?.entryLists[race.cup] ?? []);
      const unknown = result.classification.find((row) => !entries.has(row.driverId));
      if (unknown) {
        throw new ImportError(
          `${unknown.driverId} (P${unknown.position}) is not on the ${race.cup} entry list.`,
        );
      }
      const after: RaceResult = { ...result, source };
      const before = await storeResult(db, after, {
        ...source,
        format: plan.format,
        encoding: plan.encoding,
      });
      races.push({ raceId: result.raceId, before, after });
    }
    return { importedAt, races, addedDrivers };
  });
}

/** Where a stored result came from, for its import-history row. */
export interface ResultOrigin {
  fileName: string;
  sha256: string;
  importedAt: string;
  /** Result format (`official-text`, `csv`…) or `league-bundle`. */
  format: string;
  /** How the file's bytes were decoded; absent for results that came inside a league file. */
  encoding?: TextEncodingName;
}

/**
 * The one way a result enters the database — a confirmed import, the demo, a
 * merged league file: writes it and its import-history row (with the result it
 * replaced, so the import can be undone). Call inside a read-write transaction
 * over `results` and `imports`. Returns the result it replaced.
 */
export async function storeResult(
  db: PodiumDatabase,
  result: RaceResult,
  origin: ResultOrigin,
): Promise<RaceResult | null> {
  // The first time this race's result was stored stays its `storedAt` (the replay cut-off), whoever replaces it.
  const earlier = (await db.results.get(result.raceId))?.storedAt;
  const storedAt = [earlier, result.storedAt, origin.importedAt]
    .filter((at): at is string => at !== undefined)
    .reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
  const replaced = await writeResult(db, result.raceId, { ...result, storedAt });
  const record: ImportRecord = {
    raceId: result.raceId,
    fileName: origin.fileName,
    sha256: origin.sha256,
    importedAt: origin.importedAt,
    format: origin.format,
    rowCount: result.classification.length,
    replaced,
    undoneAt: null,
  };
  if (origin.encoding) record.encoding = origin.encoding;
  await db.imports.add(record);
  return replaced;
}

/** Puts a race's result, or removes it when `result` is null; returns the one it replaced. */
async function writeResult(
  db: PodiumDatabase,
  raceId: string,
  result: RaceResult | null,
): Promise<RaceResult | null> {
  const replaced = (await db.results.get(raceId)) ?? null;
  if (result) await db.results.put(result);
  else await db.results.delete(raceId);
  return replaced;
}

/** Adds drivers to the season (when new) and to the cup's entry list; returns the ids added. */
async function addEntries(db: PodiumDatabase, seasonId: string, entries: NewEntry[]): Promise<string[]> {
  if (entries.length === 0) return [];
  const season = await db.seasons.get(seasonId);
  if (!season) throw new ImportError(`The season ${seasonId} is missing.`);
  const existing = await db.drivers.where('seasonId').equals(seasonId).toArray();
  let order = existing.reduce((max, d) => Math.max(max, d.order), -1);
  const known = new Set(existing.map((d) => d.id));
  const lists = {
    nations: [...season.entryLists.nations],
    manufacturers: [...season.entryLists.manufacturers],
  };
  const added: string[] = [];
  for (const { driver, cup } of entries) {
    if (!known.has(driver.id)) {
      const record: DriverRecord = { ...driver, seasonId, order: ++order };
      // add(), not put(): an id taken meanwhile must fail the import, not overwrite a driver.
      await db.drivers.add(record);
      known.add(driver.id);
    }
    if (!lists[cup].includes(driver.id)) lists[cup].push(driver.id);
    added.push(driver.id);
  }
  await db.seasons.put({ ...season, entryLists: lists });
  return added;
}

/** Import history, newest first. */
export async function readImportHistory(db: PodiumDatabase): Promise<ImportRecord[]> {
  return db.imports.orderBy('seq').reverse().toArray();
}

/** The rows of the newest import that was not undone: one per race of that file, in commit order. */
export function lastImportBatch(history: readonly ImportRecord[]): ImportRecord[] {
  const live = history.filter((r) => !r.undoneAt).sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
  const newest = live[0];
  if (!newest) return [];
  return live
    .filter(
      (r) =>
        r.importedAt === newest.importedAt && r.sha256 === newest.sha256 && r.fileName === newest.fileName,
    )
    .reverse();
}

/**
 * Undoes the newest import (every race of that file): puts back the result
 * each race had before, or deletes it, and marks the history rows undone.
 * Returns the rows undone (empty when there was nothing to undo).
 */
export async function undoLastImport(db: PodiumDatabase, undoneAt: string): Promise<ImportRecord[]> {
  return db.transaction('rw', [db.results, db.imports], async () => {
    const batch = lastImportBatch(await db.imports.toArray());
    // Reverse of the commit order, so the state before the import is what remains.
    for (const record of [...batch].reverse()) {
      await writeResult(db, record.raceId, record.replaced);
      await db.imports.update(record.seq!, { undoneAt });
    }
    return batch;
  });
}
