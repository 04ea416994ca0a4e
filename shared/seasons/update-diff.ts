/**
 * Updating a season the app already has (a host publishes the line-up, a
 * date moves, a round is added, results arrive) without rewriting the past.
 *
 * Two rules hold whatever the source of the update (a season file, a league
 * file, the season editor, a pasted line-up):
 * - nothing that picks or results use is deleted: a race with picks or a
 *   result, a driver or team a pick or result names, an entry of a cup list
 *   that a pick or result of that cup names;
 * - a race that has started is never moved later, since that would reopen
 *   its lock and let members pick a podium that is already known.
 *
 * {@link planSeasonUpdate} lists every change (for a preview that names the
 * leagues, picks and results each one touches) and builds the season to
 * store: used drivers and entries are kept, a started race keeps its start,
 * and a removal of a race in use refuses the whole update.
 *
 * Fields a newer season format adds (statuses, optional round dates,
 * built-in results) are compared generically, so the diff reports them
 * without knowing them.
 */
import type { Cup, Race, Round, Season } from '../domain/types';

/** How stored data uses one race of the season. */
export interface RaceUse {
  raceId: string;
  /** Leagues with picks for the race, with how many. */
  leagues: { leagueId: string; leagueName: string; picks: number }[];
  /** A result is stored for the race. */
  result: boolean;
}

/** What picks and results use of a season, collected by the data layer. */
export interface SeasonUsage {
  /** Only races that are used (picks or a result). */
  races: RaceUse[];
  /** Driver and team ids named by a pick or a result, per cup. */
  entries: Record<Cup, string[]>;
}

export const NO_USAGE: SeasonUsage = { races: [], entries: { nations: [], manufacturers: [] } };

/** One change an update makes; the screen words it. */
export type SeasonChange =
  | { kind: 'season-renamed'; from: string; to: string }
  | { kind: 'round-added'; roundId: string; name: string }
  | { kind: 'round-removed'; roundId: string; name: string }
  | { kind: 'round-moved'; roundId: string; name: string; from: string | null; to: string | null }
  | { kind: 'round-changed'; roundId: string; name: string; fields: string[] }
  | { kind: 'race-added'; raceId: string; roundId: string; name: string }
  | { kind: 'race-removed'; raceId: string; name: string }
  | { kind: 'race-moved'; raceId: string; name: string; from: string; to: string; use: RaceUse | null }
  | { kind: 'race-changed'; raceId: string; name: string; fields: string[]; use: RaceUse | null }
  | { kind: 'driver-added'; driverId: string; name: string }
  | { kind: 'driver-removed'; driverId: string; name: string }
  | { kind: 'driver-changed'; driverId: string; name: string; fields: string[] }
  | { kind: 'team-added'; teamId: string; name: string }
  | { kind: 'team-removed'; teamId: string; name: string }
  | { kind: 'entry-added'; cup: Cup; entryId: string }
  | { kind: 'entry-removed'; cup: Cup; entryId: string }
  | { kind: 'result-added'; raceId: string; use: RaceUse | null }
  | { kind: 'result-changed'; raceId: string; use: RaceUse | null };

/** Something the update would have rewritten and that is kept as it was. */
export type SeasonKept =
  | {
      code: 'started-race-not-moved';
      raceId: string;
      name: string;
      startsAt: string;
      asked: string;
      use: RaceUse | null;
    }
  | { code: 'used-driver-kept'; driverId: string; name: string }
  | { code: 'used-team-kept'; teamId: string; name: string }
  | { code: 'used-entry-kept'; cup: Cup; entryId: string };

/** Why an update cannot be applied at all. */
export type SeasonRefusal =
  | { code: 'used-race-removed'; raceId: string; name: string; use: RaceUse }
  | { code: 'other-season'; expected: string; got: string };

export interface SeasonUpdatePlan {
  /** The season to store: the update, minus what would rewrite the past. */
  season: Season;
  changes: SeasonChange[];
  kept: SeasonKept[];
  refused: SeasonRefusal[];
}

type Loose = Record<string, unknown>;

/** Keys whose values differ, over both objects (so fields of newer formats count too). */
function changedFields(a: object, b: object, ignore: readonly string[]): string[] {
  const left = a as Loose;
  const right = b as Loose;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys]
    .filter((k) => !ignore.includes(k))
    .filter((k) => JSON.stringify(left[k]) !== JSON.stringify(right[k]))
    .sort();
}

function raceLabel(round: Round | undefined, race: Race): string {
  return round ? `${round.name} · ${race.name}` : race.name;
}

/** A race that has not been cancelled or left to be announced (newer formats mark those). */
function isScheduled(race: Race): boolean {
  const status = (race as unknown as Loose).status;
  return status === undefined || status === 'scheduled';
}

/** The results a season carries itself (newer season formats), by race. */
function seasonResults(season: Season): Map<string, string> {
  const list = (season as unknown as Loose).results;
  const out = new Map<string, string>();
  if (!Array.isArray(list)) return out;
  for (const item of list as unknown[]) {
    if (typeof item === 'object' && item !== null && typeof (item as Loose).raceId === 'string')
      out.set((item as Loose).raceId as string, JSON.stringify(item));
  }
  return out;
}

function racesOf(season: Season): Map<string, { race: Race; round: Round }> {
  return new Map(season.rounds.flatMap((round) => round.races.map((race) => [race.id, { race, round }])));
}

/**
 * Compares the stored season with an update, given what picks and results
 * use and the current instant, and builds the season that may be stored.
 */
export function planSeasonUpdate(
  current: Season,
  incoming: Season,
  usage: SeasonUsage,
  now: number,
): SeasonUpdatePlan {
  const changes: SeasonChange[] = [];
  const kept: SeasonKept[] = [];
  const refused: SeasonRefusal[] = [];
  if (current.id !== incoming.id) {
    refused.push({ code: 'other-season', expected: current.id, got: incoming.id });
    return { season: current, changes, kept, refused };
  }
  const useOf = new Map(usage.races.map((u) => [u.raceId, u]));
  const use = (raceId: string) => useOf.get(raceId) ?? null;

  if (current.name !== incoming.name)
    changes.push({ kind: 'season-renamed', from: current.name, to: incoming.name });

  // Rounds.
  const oldRounds = new Map(current.rounds.map((r) => [r.id, r]));
  const newRounds = new Map(incoming.rounds.map((r) => [r.id, r]));
  for (const round of incoming.rounds) {
    const before = oldRounds.get(round.id);
    if (!before) {
      changes.push({ kind: 'round-added', roundId: round.id, name: round.name });
      continue;
    }
    const from = (before as Partial<Round>).date ?? null;
    const to = (round as Partial<Round>).date ?? null;
    if (from !== to || before.endDate !== round.endDate)
      changes.push({ kind: 'round-moved', roundId: round.id, name: round.name, from, to });
    const fields = changedFields(before, round, ['id', 'seasonId', 'races', 'date', 'endDate']);
    if (fields.length > 0)
      changes.push({ kind: 'round-changed', roundId: round.id, name: round.name, fields });
  }
  for (const round of current.rounds)
    if (!newRounds.has(round.id))
      changes.push({ kind: 'round-removed', roundId: round.id, name: round.name });

  // Races: a started race keeps its start if the update moves it later.
  const oldRaces = racesOf(current);
  const newRaces = racesOf(incoming);
  const keepStart = new Map<string, string>();
  for (const [raceId, { race, round }] of newRaces) {
    const before = oldRaces.get(raceId);
    const name = raceLabel(round, race);
    if (!before) {
      changes.push({ kind: 'race-added', raceId, roundId: round.id, name });
      continue;
    }
    if (before.race.startsAt !== race.startsAt) {
      const started = isScheduled(before.race) && now >= Date.parse(before.race.startsAt);
      const later = Date.parse(race.startsAt) > Date.parse(before.race.startsAt);
      if (started && later) {
        keepStart.set(raceId, before.race.startsAt);
        kept.push({
          code: 'started-race-not-moved',
          raceId,
          name,
          startsAt: before.race.startsAt,
          asked: race.startsAt,
          use: use(raceId),
        });
      } else {
        changes.push({
          kind: 'race-moved',
          raceId,
          name,
          from: before.race.startsAt,
          to: race.startsAt,
          use: use(raceId),
        });
      }
    }
    const fields = changedFields(before.race, race, ['id', 'roundId', 'startsAt']);
    if (fields.length > 0) changes.push({ kind: 'race-changed', raceId, name, fields, use: use(raceId) });
  }
  for (const [raceId, { race, round }] of oldRaces) {
    if (newRaces.has(raceId)) continue;
    const name = raceLabel(round, race);
    const used = useOf.get(raceId);
    if (used) refused.push({ code: 'used-race-removed', raceId, name, use: used });
    else changes.push({ kind: 'race-removed', raceId, name });
  }

  // Drivers and teams: those picks or results name stay.
  const usedEntries = new Set([...usage.entries.nations, ...usage.entries.manufacturers]);
  const drivers = [...incoming.drivers];
  const oldDrivers = new Map(current.drivers.map((d) => [d.id, d]));
  const newDriverIds = new Set(incoming.drivers.map((d) => d.id));
  for (const driver of incoming.drivers) {
    const before = oldDrivers.get(driver.id);
    if (!before) changes.push({ kind: 'driver-added', driverId: driver.id, name: driver.name });
    else {
      const fields = changedFields(before, driver, ['id']);
      if (fields.length > 0)
        changes.push({ kind: 'driver-changed', driverId: driver.id, name: driver.name, fields });
    }
  }
  for (const driver of current.drivers) {
    if (newDriverIds.has(driver.id)) continue;
    if (usedEntries.has(driver.id)) {
      drivers.push(driver);
      kept.push({ code: 'used-driver-kept', driverId: driver.id, name: driver.name });
    } else changes.push({ kind: 'driver-removed', driverId: driver.id, name: driver.name });
  }
  const teams = [...incoming.teams];
  const newTeamIds = new Set(incoming.teams.map((t) => t.id));
  const oldTeamIds = new Set(current.teams.map((t) => t.id));
  for (const team of incoming.teams)
    if (!oldTeamIds.has(team.id)) changes.push({ kind: 'team-added', teamId: team.id, name: team.name });
  for (const team of current.teams) {
    if (newTeamIds.has(team.id)) continue;
    if (usedEntries.has(team.id)) {
      teams.push(team);
      kept.push({ code: 'used-team-kept', teamId: team.id, name: team.name });
    } else changes.push({ kind: 'team-removed', teamId: team.id, name: team.name });
  }

  // Entry lists, per cup.
  const entryLists = { ...incoming.entryLists };
  for (const cup of ['nations', 'manufacturers'] as const) {
    const before = current.entryLists[cup];
    const after = [...incoming.entryLists[cup]];
    for (const id of after) if (!before.includes(id)) changes.push({ kind: 'entry-added', cup, entryId: id });
    for (const id of before) {
      if (after.includes(id)) continue;
      if (usage.entries[cup].includes(id)) {
        after.push(id);
        kept.push({ code: 'used-entry-kept', cup, entryId: id });
      } else changes.push({ kind: 'entry-removed', cup, entryId: id });
    }
    entryLists[cup] = after;
  }

  // Results a season carries itself (newer formats).
  const oldResults = seasonResults(current);
  for (const [raceId, text] of seasonResults(incoming)) {
    const before = oldResults.get(raceId);
    if (before === undefined) changes.push({ kind: 'result-added', raceId, use: use(raceId) });
    else if (before !== text) changes.push({ kind: 'result-changed', raceId, use: use(raceId) });
  }

  const season: Season = {
    // Season-level data a file may leave out (official results, standings, champions written by
    // a newer format) stays as stored: an update adds and corrects, it does not forget.
    ...keptSeasonData(current, incoming),
    ...incoming,
    ...mergedResults(current, incoming),
    rounds: incoming.rounds.map((round) => ({
      ...round,
      races: round.races.map((race) => {
        const start = keepStart.get(race.id);
        return start === undefined ? race : { ...race, startsAt: start };
      }),
    })),
    drivers,
    teams,
    entryLists,
  };
  return { season, changes, kept, refused };
}

/** Season-level keys the stored season has and the update does not mention at all. */
function keptSeasonData(current: Season, incoming: Season): Loose {
  const out: Loose = {};
  const have = current as unknown as Loose;
  const given = incoming as unknown as Loose;
  for (const key of Object.keys(have)) if (!(key in given) || given[key] === undefined) out[key] = have[key];
  return out;
}

/** Official results: the update's, plus stored ones for races the update does not list. */
function mergedResults(current: Season, incoming: Season): Loose {
  const stored = (current as unknown as Loose).results;
  const given = (incoming as unknown as Loose).results;
  if (!Array.isArray(stored) || !Array.isArray(given)) return {};
  const listed = new Set(seasonResults(incoming).keys());
  const keep = (stored as unknown[]).filter(
    (r) => typeof r === 'object' && r !== null && !listed.has((r as Loose).raceId as string),
  );
  return { results: [...(given as unknown[]), ...keep] };
}

/**
 * The problems of storing `incoming` over `current` exactly as given: every
 * refusal and every item the plan would have had to keep. Empty when the
 * write rewrites nothing that picks, results or locks rely on.
 */
export function seasonRewrites(
  current: Season,
  incoming: Season,
  usage: SeasonUsage,
  now: number,
): (SeasonRefusal | SeasonKept)[] {
  const plan = planSeasonUpdate(current, incoming, usage, now);
  return [...plan.refused, ...plan.kept];
}
