/**
 * Season file (docs/season-file.md):
 * `{ "format": "podium-season", "version": 2, "season": { …Season } }`.
 * Version 2 added schedule statuses, rounds without a date, pending line-ups
 * and the official results, standings and champions; every version-1 file is
 * a valid version-2 season, so both are read by the same schema.
 * Users add seasons the app does not know (2026 and later) with it; the
 * embedded GTWS seasons are stored in the same format and read through
 * {@link readSeasonFileData}.
 */
import * as z from 'zod';
import type { Season } from '../domain/types';
import { fail, type Result } from '../common/result';
import { fileProblem, schemaProblems, type FileProblem } from '../files/problems';
import { readVersionedFile } from '../files/versioned';
import { raceCups, rowToFile } from './result-rows';
import { seasonSchema, toSeason } from './schema';

export const SEASON_FILE_FORMAT = 'podium-season';
export const SEASON_FILE_VERSION = 2;

/** Versions this app reads. */
export const SEASON_FILE_VERSIONS_READ: readonly number[] = [1, 2];

/** Result of reading a season file: the season, or its problems. */
export type SeasonFileResult = Result<Season, FileProblem>;

const envelopeSchema = z.object({
  format: z.literal(SEASON_FILE_FORMAT, { message: `must be "${SEASON_FILE_FORMAT}"` }),
  version: z.number().int().positive(),
  season: z.unknown(),
});

/**
 * Validates an already-parsed JSON value as a season file; `lines` (from the
 * file reader) gives the problems their line numbers.
 */
export function readSeasonFileData(
  data: unknown,
  lines: ReadonlyMap<string, number> = new Map(),
): SeasonFileResult {
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) {
    const notSeason =
      typeof data !== 'object' ||
      data === null ||
      (data as { format?: unknown }).format !== SEASON_FILE_FORMAT;
    if (notSeason)
      return fail(
        fileProblem(
          'wrong-format',
          `This is not a Podium League season file (expected "format": "${SEASON_FILE_FORMAT}").`,
          { kind: SEASON_FILE_FORMAT },
        ),
      );
    return fail(...schemaProblems(envelope.error, { data: data }));
  }
  const version = envelope.data.version;
  if (version > SEASON_FILE_VERSION) {
    return fail(
      fileProblem(
        'newer-version',
        `This season file was made by a newer version of Podium League (format version ${version}); this app reads version ${SEASON_FILE_VERSION}.`,
        { found: version, reads: SEASON_FILE_VERSION },
      ),
    );
  }
  if (!SEASON_FILE_VERSIONS_READ.includes(version))
    return fail(
      fileProblem('unsupported-version', `Unsupported season file version ${version}.`, {
        found: version,
        oldest: Math.min(...SEASON_FILE_VERSIONS_READ),
        newest: SEASON_FILE_VERSION,
      }),
    );
  const season = seasonSchema.safeParse(envelope.data.season);
  if (!season.success)
    return fail(...schemaProblems(season.error, { data: envelope.data.season, root: ['season'], lines }));
  return { ok: true, value: toSeason(season.data) };
}

/** Reads a season file from its bytes (any supported encoding) or text. Never throws. */
export function parseSeasonFile(input: Uint8Array | string): SeasonFileResult {
  const file = readVersionedFile(input, {
    format: SEASON_FILE_FORMAT,
    version: SEASON_FILE_VERSION,
    noun: 'season file',
  });
  if (!file.ok) return file;
  return readSeasonFileData(file.value.data, file.value.lines);
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

/**
 * The season as files write it: a Manufacturers Cup result row names its
 * entry `teamId` (inside the app it is the row's `driverId`).
 */
export function seasonToFileData(season: Season): unknown {
  if (!season.results) return season;
  const cups = raceCups(season.rounds);
  return {
    ...season,
    results: season.results.map((result) => ({
      ...result,
      classification: result.classification.map((row) => rowToFile(row, cups.get(result.raceId))),
    })),
  };
}

/** Rebuilds the season with a fixed key order so saved files diff cleanly. */
function canonicalSeason(season: Season): unknown {
  const parsed = seasonSchema.safeParse(seasonToFileData(season));
  // A season that does not validate is written as given: the reader reports its problems.
  return seasonToFileData(parsed.success ? toSeason(parsed.data) : season);
}
