import type { Cup, Driver, Race, Round, Season } from '../../../shared/domain/types';
import type { PickerEntry } from '../components/entry-search';

/** Display name of an entry id (driver or team), falling back to the id. */
export function entryName(season: Season | null | undefined, id: string): string {
  if (!season) return id;
  return season.drivers.find((d) => d.id === id)?.name ?? season.teams.find((t) => t.id === id)?.name ?? id;
}

export function driverById(season: Season, id: string): Driver | undefined {
  return season.drivers.find((d) => d.id === id);
}

/**
 * The round whose next pickable race starts soonest after `now`, else the last
 * round. With `cups`, only races of those cups count (a league's cups).
 */
export function nextRound(
  season: Season,
  now: number,
  cups?: readonly Cup[],
): { round: Round; race: Race | null } | null {
  let best: { round: Round; race: Race } | null = null;
  for (const round of season.rounds) {
    for (const race of round.races) {
      if (!race.pickable || Date.parse(race.startsAt) <= now) continue;
      if (cups && !cups.includes(race.cup)) continue;
      if (!best || race.startsAt < best.race.startsAt) best = { round, race };
    }
  }
  if (best) return best;
  const last = season.rounds[season.rounds.length - 1];
  return last ? { round: last, race: null } : null;
}

/**
 * The entries of a cup, as the picker shows them: the Nations Cup entry list's
 * drivers, or the Manufacturers Cup entry list's teams, each with its drivers —
 * those of the round's line-up when `roundId` is given and the sources state
 * one, else every driver of the team this season.
 */
export function cupEntries(season: Season, cup: Cup, roundId?: string): PickerEntry[] {
  const drivers = new Map(season.drivers.map((d) => [d.id, d]));
  if (cup === 'manufacturers') {
    const teams = new Map(season.teams.map((team) => [team.id, team]));
    return season.entryLists.manufacturers.flatMap((id) => {
      const team = teams.get(id);
      if (!team) return [];
      const lineUp = team.lineUps?.find((l) => l.roundId === roundId)?.driverIds ?? team.driverIds;
      const members = lineUp.map((d) => drivers.get(d)).filter((d): d is Driver => d !== undefined);
      return [{ id: team.id, name: team.name, country: '', psnIds: [], aliases: [], drivers: members }];
    });
  }
  return season.entryLists.nations.map((id) => drivers.get(id)).filter((d): d is Driver => d !== undefined);
}
