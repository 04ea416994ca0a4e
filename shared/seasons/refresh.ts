/**
 * Bringing a stored copy of a built-in season up to the data a newer release
 * ships, without losing what the user did with it.
 */
import type { Cup, Season } from '../domain/types';

/**
 * The shipped season with the user's changes kept: a start time that differs
 * from the shipped one was set by the user (the shipped ones are estimates)
 * and stays, no longer marked as an estimate; drivers and teams the user added stay;
 * an entry list the user filled stays while the shipped one is empty.
 */
export function refreshBuiltInSeason(stored: Season, shipped: Season): Season {
  const storedStarts = new Map(stored.rounds.flatMap((r) => r.races.map((race) => [race.id, race.startsAt])));
  const rounds = shipped.rounds.map((round) => ({
    ...round,
    races: round.races.map((race) => {
      const start = storedStarts.get(race.id);
      if (start === undefined || Date.parse(start) === Date.parse(race.startsAt)) return race;
      const { startsAtEstimate: _estimate, ...rest } = race;
      return { ...rest, startsAt: start };
    }),
  }));
  const shippedIds = new Set(shipped.drivers.map((d) => d.id));
  const drivers = [...shipped.drivers, ...stored.drivers.filter((d) => !shippedIds.has(d.id))];
  const shippedTeams = new Set(shipped.teams.map((t) => t.id));
  const teams = [...shipped.teams, ...stored.teams.filter((t) => !shippedTeams.has(t.id))];
  const list = (cup: Cup) =>
    shipped.entryLists[cup].length > 0 ? shipped.entryLists[cup] : stored.entryLists[cup];
  const pending = (shipped.entryLists.pending ?? []).filter((cup) => list(cup).length === 0);
  return {
    ...shipped,
    rounds,
    drivers,
    teams,
    entryLists: {
      nations: list('nations'),
      manufacturers: list('manufacturers'),
      ...(pending.length > 0 ? { pending } : {}),
    },
  };
}
