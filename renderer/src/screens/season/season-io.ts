/** Season files in and out of the database (the `podium-season` format of shared/seasons). */
import type { Result } from '../../../../shared/common/result';
import type { FileProblem } from '../../../../shared/files/problems';
import type { Season } from '../../../../shared/domain/types';
import {
  parseSeasonFile,
  readSeasonFileData,
  SEASON_FILE_FORMAT,
  SEASON_FILE_VERSION,
  serializeSeasonFile,
} from '../../../../shared/seasons';
import type { SeasonUpdatePlan } from '../../../../shared/seasons/update-diff';
import type { PodiumDatabase } from '../../db/schema';
import { applySeasonUpdate, planStoredSeasonUpdate } from '../../db/seasons';

/**
 * A season file read against the database: a season the app does not have
 * (added on confirm), or an update of one it has, with what would change.
 */
export type SeasonImport = Result<{ season: Season; update: SeasonUpdatePlan | null }, FileProblem>;

/** Validates a season (from the editor) exactly as a season file would be. */
export function validateSeason(season: Season) {
  return readSeasonFileData({ format: SEASON_FILE_FORMAT, version: SEASON_FILE_VERSION, season });
}

/**
 * Reads a season file and compares it with the season the app has, without
 * changing anything. Bad files are reported with their problems.
 */
export async function readSeasonImport(db: PodiumDatabase, file: Uint8Array | string): Promise<SeasonImport> {
  const parsed = parseSeasonFile(file);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: { season: parsed.value, update: await planStoredSeasonUpdate(db, parsed.value) },
  };
}

/**
 * Stores a season file's season: added when new, otherwise applied as a safe
 * update (planned again at commit time; nothing picks or results use is
 * deleted, no started race moves later). Built-in seasons are updated the
 * same way: a host publishing the line-up of a shipped season is the point.
 */
export async function commitSeasonImport(
  db: PodiumDatabase,
  season: Season,
): Promise<SeasonUpdatePlan | null> {
  return applySeasonUpdate(db, season);
}

/** Reads and stores a season file in one go (scripts and tests); refused updates throw. */
export async function importSeasonText(
  db: PodiumDatabase,
  file: Uint8Array | string,
): Promise<Result<{ season: Season; replaced: boolean }, FileProblem>> {
  const read = await readSeasonImport(db, file);
  if (!read.ok) return read;
  await commitSeasonImport(db, read.value.season);
  return { ok: true, value: { season: read.value.season, replaced: read.value.update !== null } };
}

export function seasonFileName(season: Season): string {
  return `${season.id}.season.json`;
}

export { serializeSeasonFile };
