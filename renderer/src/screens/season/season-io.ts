/** Season files in and out of the database (the `podium-season` format of shared/seasons). */
import type { Result } from '../../../../shared/common/result';
import type { Season } from '../../../../shared/domain/types';
import {
  parseSeasonFile,
  readSeasonFileData,
  SEASON_FILE_FORMAT,
  SEASON_FILE_VERSION,
  serializeSeasonFile,
} from '../../../../shared/seasons';
import type { PodiumDatabase } from '../../db/schema';
import { writeSeason } from '../../db/seasons';

export type SeasonImport = Result<{ season: Season; replaced: boolean }>;

/** Validates a season (from the editor) exactly as a season file would be. */
export function validateSeason(season: Season) {
  return readSeasonFileData({ format: SEASON_FILE_FORMAT, version: SEASON_FILE_VERSION, season });
}

/**
 * Reads a season file and stores it. A season the app ships cannot be
 * replaced by a file (its start times are edited in the editor instead); a
 * season the user added earlier is replaced. Bad files change nothing.
 */
export async function importSeasonText(db: PodiumDatabase, file: Uint8Array | string): Promise<SeasonImport> {
  const parsed = parseSeasonFile(file);
  if (!parsed.ok) return parsed;
  const season = parsed.value;
  const existing = await db.seasons.get(season.id);
  if (existing?.builtIn)
    return {
      ok: false,
      problems: [
        `"${season.id}" is a season built into the app and cannot be replaced by a file. Give the season in the file another id.`,
      ],
    };
  await writeSeason(db, season, false);
  return { ok: true, value: { season, replaced: existing !== undefined } };
}

export function seasonFileName(season: Season): string {
  return `${season.id}.season.json`;
}

export { serializeSeasonFile };
