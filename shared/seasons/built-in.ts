/**
 * The GTWS seasons shipped with the app, stored as season files
 * (shared/seasons/data/*.season.json, built from the sourced fact base by
 * scripts/seasons/from-facts.mjs) and read through the same validation as a
 * user's file — by a unit test, not at every start: validating them with the
 * schema here cost most of the CLI's start-up.
 *
 * Race start times were mostly not published in the race reports: a
 * `startsAt` is a best-known estimate of the local schedule, converted to UTC
 * and marked `startsAtEstimate`, unless the sources give the start (some
 * Manufacturers Cup programmes); the user can edit it in the season editor. Empty
 * `track`/`car`/`venue` strings mean "not known yet". The 2025 and 2026 World
 * Finals use the 2024 World Finals points tables (top ten, Grand Final
 * doubled): the sources give no other scale. Both cups are shipped: the
 * Manufacturers Cup races follow the Nations Cup races of each round.
 */
import type { Season } from '../domain/types';
import gtws2024 from './data/gtws-2024.season.json';
import gtws2025 from './data/gtws-2025.season.json';
import gtws2026 from './data/gtws-2026.season.json';
import type { SeasonFileData } from './to-season';
import { toSeason } from './to-season';

/**
 * Embedded data is part of the program, not user input: tests/shared/seasons/built-in.test.ts
 * checks that the season-file schema accepts each file and reads it to exactly this season.
 */
function load(file: { season: unknown }): Season {
  return toSeason(file.season as SeasonFileData);
}

/** Every season the app knows without a file, oldest first. */
export const BUILT_IN_SEASONS: Season[] = [load(gtws2024), load(gtws2025), load(gtws2026)];

/**
 * Revision of the built-in season data. Raise it whenever the shipped seasons
 * change so the app refreshes the copies it stored with an older release.
 */
export const BUILT_IN_DATA_REVISION = 3;

/** A built-in season by id (`gtws-2025`). */
export function getBuiltInSeason(id: string): Season | undefined {
  return BUILT_IN_SEASONS.find((season) => season.id === id);
}
