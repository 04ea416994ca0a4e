import type { Cup, Driver, Race, Round, Season } from '../../../shared/domain/types';

/** Display name of an entry id (driver or team), falling back to the id. */
export function entryName(season: Season | null | undefined, id: string): string {
  if (!season) return id;
  return season.drivers.find((d) => d.id === id)?.name ?? season.teams.find((t) => t.id === id)?.name ?? id;
}

export function driverById(season: Season, id: string): Driver | undefined {
  return season.drivers.find((d) => d.id === id);
}

/** The round whose next pickable race starts soonest after `now`, else the last round. */
export function nextRound(
  season: Season,
  now: number,
  cups?: readonly Cup[],
): { round: Round; race: Race | null } | null {
  let best: { round: Round; race: Race } | null = null;
  for (const round of season.rounds) {
    for (const race of round.races) {
      if (!race.pickable || Date.parse(race.startsAt) <= now) continue;
      // A league's next race is one of its cups; without a league, any cup's.
      if (cups && !cups.includes(race.cup)) continue;
      if (!best || race.startsAt < best.race.startsAt) best = { round, race };
    }
  }
  if (best) return best;
  const last = season.rounds[season.rounds.length - 1];
  return last ? { round: last, race: null } : null;
}

/** The entries of a cup, as the picker shows them: Nations Cup drivers, or Manufacturers Cup teams shown like drivers. */
export function cupEntries(season: Season, cup: 'nations' | 'manufacturers'): Driver[] {
  const byId = new Map(season.drivers.map((d) => [d.id, d]));
  if (cup === 'manufacturers') {
    // Manufacturers Cup picks name teams; shown like drivers, without a country.
    return season.teams.map((t) => ({ id: t.id, name: t.name, country: '', psnIds: [], aliases: [] }));
  }
  return season.entryLists.nations.map((id) => byId.get(id)).filter((d): d is Driver => d !== undefined);
}
