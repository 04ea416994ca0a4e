/** Season-file data (already validated) to the app's `Season`; no zod at run time. */
import type * as z from 'zod';
import type { Season } from '../domain/types';
import type { seasonSchema } from './schema';
import { rowFromFile } from './result-rows';

/** A season as the season-file schema outputs it. */
export type SeasonFileData = z.output<typeof seasonSchema>;

/**
 * Fills the fields a file may leave implicit (round/season links, `pickable`).
 * A round's status applies to each of its races, and a cancelled or
 * to-be-announced race is never pickable whatever the file says.
 */
export function toSeason(parsed: SeasonFileData): Season {
  const { pending, ...lists } = parsed.entryLists;
  return {
    id: parsed.id,
    name: parsed.name,
    year: parsed.year,
    rounds: parsed.rounds.map((round) => ({
      id: round.id,
      seasonId: parsed.id,
      number: round.number,
      name: round.name,
      venue: round.venue,
      city: round.city,
      ...(round.date !== undefined ? { date: round.date } : {}),
      ...(round.endDate !== undefined ? { endDate: round.endDate } : {}),
      timeZone: round.timeZone,
      ...(round.status !== undefined ? { status: round.status } : {}),
      races: round.races.map((race) => {
        const status = race.status ?? round.status;
        return {
          id: race.id,
          roundId: round.id,
          cup: race.cup,
          session: race.session,
          name: race.name,
          track: race.track,
          car: race.car,
          laps: race.laps,
          startsAt: race.startsAt,
          ...(race.startsAtEstimate ? { startsAtEstimate: true } : {}),
          pointsTable: race.pointsTable,
          pickable: status === undefined && (race.pickable ?? race.pointsTable.length > 0),
          ...(status !== undefined ? { status } : {}),
        };
      }),
    })),
    drivers: parsed.drivers,
    teams: parsed.teams.map(({ lineUps, ...team }) => (lineUps ? { ...team, lineUps } : team)),
    entryLists: pending && pending.length > 0 ? { ...lists, pending } : lists,
    ...(parsed.results
      ? {
          results: parsed.results.map((result) => ({
            ...result,
            classification: result.classification.map(rowFromFile),
          })),
        }
      : {}),
    ...(parsed.standings ? { standings: parsed.standings } : {}),
    ...(parsed.champions ? { champions: parsed.champions } : {}),
  };
}
