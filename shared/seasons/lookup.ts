/** Small read helpers over a season that every layer needs. */
import type { Cup, Driver, OfficialResult, Race, Season } from '../domain/types';
import { slugify } from '../domain/ids';

/** Every race of the season in calendar order (rounds by number, races as listed). */
export function allRaces(season: Season): Race[] {
  return [...season.rounds].sort((a, b) => a.number - b.number).flatMap((round) => round.races);
}

/** The races members pick podiums for: never a cancelled or to-be-announced one. */
export function pickableRaces(season: Season): Race[] {
  return allRaces(season).filter((race) => race.pickable && race.status === undefined);
}

/** True while the season marks the cup's line-up as not known and its entry list is empty. */
export function entryListPending(season: Season, cup: Cup): boolean {
  return (season.entryLists.pending ?? []).includes(cup) && season.entryLists[cup].length === 0;
}

/** The season's official result of a race, if it ships one. */
export function officialResult(season: Season, raceId: string): OfficialResult | undefined {
  return season.results?.find((result) => result.raceId === raceId);
}

export function findRace(season: Season, raceId: string): Race | undefined {
  for (const round of season.rounds) for (const race of round.races) if (race.id === raceId) return race;
  return undefined;
}

/**
 * The driver a printed name refers to: by name, alias or PSN ID, compared
 * without accents or case. Exact matches only — a near miss ("Jorge Serrano")
 * is never mapped to someone else here.
 */
export function findDriverByName(season: Season, name: string): Driver | undefined {
  const key = slugify(name);
  if (key === '') return undefined;
  return season.drivers.find(
    (d) =>
      d.id === key ||
      slugify(d.name) === key ||
      d.aliases.some((a) => slugify(a) === key) ||
      d.psnIds.some((p) => p.toLowerCase() === name.trim().toLowerCase()),
  );
}
