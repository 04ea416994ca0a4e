/** Small read helpers over a season that every layer needs. */
import type { Driver, Race, Season } from '../domain/types';
import { slugify } from '../domain/ids';

/** Every race of the season in calendar order (rounds by number, races as listed). */
export function allRaces(season: Season): Race[] {
  return [...season.rounds].sort((a, b) => a.number - b.number).flatMap((round) => round.races);
}

/** The races members pick podiums for. */
export function pickableRaces(season: Season): Race[] {
  return allRaces(season).filter((race) => race.pickable);
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
