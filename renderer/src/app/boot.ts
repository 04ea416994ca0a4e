import { BUILT_IN_SEASONS } from '../../../shared/seasons';
import type { PodiumDatabase } from '../db/schema';
import { writeSeason } from '../db/seasons';

/**
 * Writes the embedded seasons the first time (or when the app ships a newer
 * copy). User edits to built-in seasons (e.g. corrected start times) are
 * kept: a built-in season already present is not overwritten.
 */
export async function seedBuiltInSeasons(db: PodiumDatabase): Promise<void> {
  const present = new Set(await db.seasons.toCollection().primaryKeys());
  for (const season of BUILT_IN_SEASONS) {
    if (!present.has(season.id)) await writeSeason(db, season, true);
  }
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
