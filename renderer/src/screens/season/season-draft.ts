/**
 * Editing helpers: a new empty season, and conversions between the editor's
 * text fields (points "6-5-4-3-2-1", PSN IDs "a, b", local date-times) and
 * the domain types.
 */
import type { Race, Round, Season, SessionKind } from '../../../../shared/domain/types';
import { raceId, slugify } from '../../../../shared/domain/ids';

export const SESSION_NAMES: Record<SessionKind, string> = {
  quali: 'Qualifying Time Trial',
  sprint: 'Sprint Race',
  race1: 'Race 1',
  race2: 'Race 2',
  race3: 'Race 3',
  gf: 'Grand Final',
};

export function parsePoints(text: string): number[] {
  return text
    .split(/[\s,;-]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isFinite(n));
}

export const formatPoints = (points: number[]) => points.join('-');

export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `2025-06-07T15:00:00Z` → `2025-06-07T16:00` in the user's zone, for `<input type="datetime-local">`. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The reverse of {@link toLocalInput}: UTC ISO without milliseconds, as season files store it. */
export function fromLocalInput(local: string): string {
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? local : d.toISOString().replace('.000Z', 'Z');
}

export function roundIdFor(seasonId: string, number: number, worldFinals: boolean): string {
  return worldFinals ? `${seasonId}-wf` : `${seasonId}-r${number}`;
}

/** Re-derives every id from the names and positions, so the user never types an id. */
export function withDerivedIds(season: Season): Season {
  return {
    ...season,
    rounds: season.rounds.map((round, index) => {
      const number = index + 1;
      const worldFinals = round.id.endsWith('-wf');
      const id = roundIdFor(season.id, number, worldFinals);
      return {
        ...round,
        id,
        seasonId: season.id,
        number,
        races: round.races.map((race) => ({ ...race, roundId: id, id: raceId(id, race.cup, race.session) })),
      };
    }),
    drivers: season.drivers.map((d) => ({ ...d, id: slugify(d.name) || d.id })),
  };
}

export function newRace(round: Round, session: SessionKind): Race {
  const date = round.date || new Date().toISOString().slice(0, 10);
  return {
    id: raceId(round.id, 'nations', session),
    roundId: round.id,
    cup: 'nations',
    session,
    name: SESSION_NAMES[session],
    track: '',
    car: '',
    laps: null,
    startsAt: `${date}T15:00:00Z`,
    pointsTable: session === 'gf' ? [6, 5, 4, 3, 2, 1] : [],
    pickable: session === 'gf',
  };
}

export function newRound(season: Season): Round {
  const number = season.rounds.length + 1;
  const id = roundIdFor(season.id, number, false);
  const round: Round = {
    id,
    seasonId: season.id,
    number,
    name: `Round ${number}`,
    venue: '',
    city: '',
    date: `${season.year}-06-01`,
    timeZone: 'Europe/London',
    races: [],
  };
  round.races = [newRace(round, 'gf')];
  return round;
}

export function newSeason(year: number): Season {
  const id = `gtws-${year}`;
  const season: Season = {
    id,
    name: `Gran Turismo World Series ${year}`,
    year,
    rounds: [],
    drivers: [],
    teams: [],
    entryLists: { nations: [], manufacturers: [] },
  };
  season.rounds = [newRound(season)];
  return season;
}

/**
 * Moves a round to another first day, taking along the races that were on its
 * old first day (same time of day). Races the user put on other days stay.
 */
export function moveRoundDate(round: Round, date: string): Round {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { ...round, date };
  return {
    ...round,
    date,
    races: round.races.map((race) =>
      race.startsAt.slice(0, 10) === round.date
        ? { ...race, startsAt: `${date}${race.startsAt.slice(10)}` }
        : race,
    ),
  };
}

/** A new season's year change carries its rounds (and their races) into that year. */
export function moveSeasonYear(season: Season, year: number): Season {
  const from = String(season.year);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return { ...season, year };
  return {
    ...season,
    year,
    rounds: season.rounds.map((round) =>
      round.date?.startsWith(from) ? moveRoundDate(round, `${year}${round.date.slice(4)}`) : round,
    ),
  };
}
