/**
 * A result entered by hand, as a results file: the app's JSON results format
 * written in one canonical way (fixed key order, no spacing), so it goes
 * through the same parser, preview, validation, commit, history and undo as
 * a file, and the same entry always has the same SHA-256.
 */
import type { Race } from '../domain/types';

/** What the import history and the stored result's source show for a result entered by hand. */
export const HAND_ENTRY_SOURCE = 'entered by hand';

export interface HandEntryRow {
  /** The entry: a driver id, or a team id in a Manufacturers Cup race. */
  driverId: string;
  /** Display name, so the preview shows who was entered. */
  name: string;
}

/**
 * The canonical text of a hand entry: positions 1…n in order. `entryCount`
 * is the size of the race's entry list; fewer rows than entries make the
 * result partial (only the first positions are known).
 */
export function handEntryText(race: Race, rows: readonly HandEntryRow[], entryCount: number): string {
  const file = {
    format: 'podium-results',
    version: 1,
    races: [
      {
        title: race.name,
        session: race.session,
        raceId: race.id,
        partial: rows.length < entryCount,
        // Files name a Manufacturers Cup entry by `teamId`, a Nations Cup one by `driverId`.
        rows: rows.map((row, k) =>
          race.cup === 'manufacturers'
            ? { position: k + 1, team: row.name, teamId: row.driverId }
            : { position: k + 1, driver: row.name, driverId: row.driverId },
        ),
      },
    ],
  };
  return JSON.stringify(file);
}
