/**
 * Season file (docs/season-file.md):
 * `{ "format": "podium-season", "version": 1, "season": { …Season } }`.
 * Users add seasons the app does not know (2026 and later) with it; the
 * embedded GTWS seasons are stored in the same format and read through
 * {@link readSeasonFileData}.
 */
import { z } from 'zod';
import type { Season } from '../domain/types';
import { formatIssues, parseJsonText } from './issues';
import { seasonSchema, toSeason } from './schema';

export const SEASON_FILE_FORMAT = 'podium-season';
export const SEASON_FILE_VERSION = 1;

/** Result of reading a season file: the season, or one readable message per problem. */
export type SeasonFileResult = { ok: true; season: Season } | { ok: false; errors: string[] };

const envelopeSchema = z.object({
  format: z.literal(SEASON_FILE_FORMAT, { message: `must be "${SEASON_FILE_FORMAT}"` }),
  version: z.number().int().positive(),
  season: z.unknown(),
});

/** Validates an already-parsed JSON value as a season file. */
export function readSeasonFileData(data: unknown): SeasonFileResult {
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) {
    const notSeason =
      typeof data !== 'object' ||
      data === null ||
      (data as { format?: unknown }).format !== SEASON_FILE_FORMAT;
    if (notSeason)
      return {
        ok: false,
        errors: [`This is not a Podium League season file (expected "format": "${SEASON_FILE_FORMAT}").`],
      };
    return { ok: false, errors: formatIssues(envelope.error) };
  }
  if (envelope.data.version > SEASON_FILE_VERSION) {
    return {
      ok: false,
      errors: [
        `This season file was made by a newer version of Podium League (format version ${envelope.data.version}); this app reads version ${SEASON_FILE_VERSION}.`,
      ],
    };
  }
  if (envelope.data.version !== SEASON_FILE_VERSION)
    return { ok: false, errors: [`Unsupported season file version ${envelope.data.version}.`] };
  const season = seasonSchema.safeParse(envelope.data.season);
  if (!season.success) return { ok: false, errors: formatIssues(season.error, 'season') };
  return { ok: true, season: toSeason(season.data) };
}

/** Reads a season file from its text. Never throws. */
export function parseSeasonFile(text: string): SeasonFileResult {
  const json = parseJsonText(text, 'season file');
  if (!json.ok) return json;
  return readSeasonFileData(json.value);
}

/** Writes a season file: stable key order, two-space indent, trailing newline. */
export function serializeSeasonFile(season: Season): string {
  return (
    JSON.stringify(
      { format: SEASON_FILE_FORMAT, version: SEASON_FILE_VERSION, season: canonicalSeason(season) },
      null,
      2,
    ) + '\n'
  );
}

/** Rebuilds the season with a fixed key order so saved files diff cleanly. */
function canonicalSeason(season: Season): Season {
  const parsed = seasonSchema.safeParse(season);
  // A season that does not validate is written as given: the reader reports its problems.
  return parsed.success ? toSeason(parsed.data) : season;
}
