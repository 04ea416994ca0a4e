/**
 * The file boundary of result rows. Inside the app a classification row's
 * `driverId` is the entry id: a driver in the Nations Cup, a team in the
 * Manufacturers Cup. Files (season files, league files) name a Manufacturers
 * Cup entry `teamId` so that a reader never mistakes a team for a driver.
 */
import type { Cup } from '../domain/types';

/** A row as read from a file: exactly one of `driverId` / `teamId` (the reader's schema checks which). */
export type FileEntryRow = { driverId?: string | undefined; teamId?: string | undefined };

/** The app's row: the file's `teamId` or `driverId` becomes `driverId`, in the same key position. */
export function rowFromFile<R extends FileEntryRow>(
  row: R,
): Omit<R, 'driverId' | 'teamId'> & { driverId: string } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'teamId' || key === 'driverId') {
      if (value !== undefined) out.driverId = value;
    } else out[key] = value;
  }
  return out as Omit<R, 'driverId' | 'teamId'> & { driverId: string };
}

/** The row as a file writes it: a Manufacturers Cup row's `driverId` becomes `teamId`, keys kept in order. */
export function rowToFile<R extends { driverId: string }>(
  row: R,
  cup: Cup | undefined,
): Record<string, unknown> {
  if (cup !== 'manufacturers') return { ...row };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key === 'driverId' ? 'teamId' : key] = value;
  return out;
}

/** Race id → cup, for writing the rows of many results. */
export function raceCups(
  rounds: readonly { races: readonly { id: string; cup: Cup }[] }[],
): Map<string, Cup> {
  return new Map(rounds.flatMap((round) => round.races.map((race) => [race.id, race.cup] as const)));
}
