import { BUILT_IN_DATA_REVISION, BUILT_IN_SEASONS } from '../../../shared/seasons/built-in';
import { refreshBuiltInSeason } from '../../../shared/seasons/refresh';
import type { RaceResult } from '../../../shared/domain/types';
import type { PodiumDatabase } from '../db/schema';
import { applySeasonUpdate, readSeason, SeasonRewriteError, writeSeason } from '../db/seasons';

/**
 * Writes the embedded seasons the first time, and refreshes a copy stored by
 * an older release (older `dataRevision`) with the shipped data. User edits
 * are kept: start times the user changed, drivers and entry lists the user
 * added (see refreshBuiltInSeason). A refresh is a season update like any
 * other: what picks or results use is kept and no started race moves later;
 * a refresh that would delete a race in use is skipped (the stored copy
 * stays, and the next release tries again) rather than stopping the app.
 */
export async function seedBuiltInSeasons(db: PodiumDatabase): Promise<void> {
  for (const shipped of BUILT_IN_SEASONS) {
    const record = await db.seasons.get(shipped.id);
    if (record && (record.dataRevision ?? 1) >= BUILT_IN_DATA_REVISION) continue;
    const stored = record ? await readSeason(db, shipped.id) : undefined;
    if (!stored) await writeSeason(db, shipped, true);
    else {
      try {
        await applySeasonUpdate(db, refreshBuiltInSeason(stored, shipped));
      } catch (error) {
        if (error instanceof SeasonRewriteError) continue;
        throw error;
      }
    }
    await db.seasons.update(shipped.id, { dataRevision: BUILT_IN_DATA_REVISION });
  }
}

// Its own module so the data layer can tell built-in results apart without loading the seasons.
import { BUILT_IN_RESULT_SOURCE } from './builtin-source';
export { BUILT_IN_RESULT_SOURCE };

/**
 * Stores the official results the built-in seasons ship, for races that have
 * no result yet, so leagues are graded with no import. An imported or
 * hand-entered result is never overwritten; importing over a built-in result
 * replaces it like any other (and undo brings it back). Returns how many
 * results were added.
 */
export async function seedBuiltInResults(db: PodiumDatabase, now: Date = new Date()): Promise<number> {
  const shipped: RaceResult[] = BUILT_IN_SEASONS.flatMap((season) =>
    (season.results ?? []).map((result) => ({
      raceId: result.raceId,
      classification: result.classification,
      ...(result.partial ? { partial: true } : {}),
      source: {
        fileName: BUILT_IN_RESULT_SOURCE,
        sha256: '',
        importedAt: now.toISOString(),
        urls: result.source.urls,
      },
    })),
  );
  return db.transaction('rw', [db.results], async () => {
    const present = new Set(await db.results.toCollection().primaryKeys());
    const missing = shipped.filter((result) => !present.has(result.raceId));
    await db.results.bulkAdd(missing);
    return missing.length;
  });
}

/** Asks the browser to keep our data under storage pressure; failure is not fatal. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
