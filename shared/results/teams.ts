/**
 * Matching Manufacturers Cup rows to the season's teams. A row names its team
 * ("Porsche"), its driver(s) ("Shota Sato / Jose Serrano / Angel Inostroza"),
 * or a team id / PSN ID in a CSV or JSON cell; any of them ties it to a team
 * when it is unambiguous. Drivers are matched the way driver tables are
 * (see drivers.ts); a name that fits no team, or drivers of different teams,
 * is left unmatched for the user — never guessed.
 */
import type { Season, Team } from '../domain/types';
import { createDriverIndex, type DriverIndex } from './drivers';
import { foldKey } from './normalize';
import type { TeamSplit } from './rows';
import type { DriverMatch } from './types';

/** Prepared lookups for the teams of one season's Manufacturers Cup entry list. */
export interface TeamIndex {
  teams: readonly Team[];
  byId: ReadonlyMap<string, Team>;
  /** The team of a row from its printed team, its driver text and an id cell (team id or PSN ID). */
  match(team: string | null, drivers: string, idHint: string | null): DriverMatch;
}

// "Sato / Serrano / Inostroza", "Sato, Serrano & Inostroza", "佐藤・セラーノ" is a single name in Japanese.
const DRIVER_SEPARATOR = /\s*(?:\/|,|&|\band\b)\s*/;

/** Splits the driver text of a team row into names. */
export function teamDriverNames(text: string): string[] {
  return text
    .split(DRIVER_SEPARATOR)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** Builds the lookups: team names and ids, and each team driver's names, aliases and PSN IDs. */
export function createTeamIndex(teams: readonly Team[], season: Season): TeamIndex {
  const byId = new Map(teams.map((t) => [t.id, t]));
  const byName = new Map<string, Team>();
  for (const t of teams) {
    byName.set(foldKey(t.name), t);
    byName.set(foldKey(t.id), t);
  }
  const teamOfDriver = new Map<string, Team>();
  for (const t of teams) for (const id of t.driverIds) teamOfDriver.set(id, t);
  const drivers: DriverIndex = createDriverIndex(season.drivers.filter((d) => teamOfDriver.has(d.id)));
  const hit = (team: Team, method: DriverMatch['method'], via: DriverMatch['via']): DriverMatch => ({
    driverId: team.id,
    method,
    suggestions: [],
    via,
  });
  return {
    teams,
    byId,
    match(team, driverText, idHint) {
      if (team) {
        const t = team.trim();
        const byExact = teams.find((x) => x.name === t);
        if (byExact) return hit(byExact, 'exact', 'team');
        const folded = byName.get(foldKey(t));
        if (folded) return hit(folded, 'accent-insensitive', 'team');
      }
      if (idHint) {
        const id = byId.get(idHint.trim().toLowerCase());
        if (id) return hit(id, 'id', 'team-id');
        const driver = drivers.match(idHint);
        const owner = driver.driverId ? teamOfDriver.get(driver.driverId) : undefined;
        if (owner) return hit(owner, driver.method, driver.method === 'psn-id' ? 'psn-id' : 'driver');
      }
      // Every named driver that matches must be on the same team.
      let found: { team: Team; method: DriverMatch['method'] } | null = null;
      for (const name of teamDriverNames(driverText)) {
        const driver = drivers.match(name);
        const owner = driver.driverId ? teamOfDriver.get(driver.driverId) : undefined;
        if (!owner) continue;
        if (found && found.team !== owner) return { driverId: null, method: null, suggestions: [] };
        found ??= { team: owner, method: driver.method };
      }
      if (found) return hit(found.team, found.method, found.method === 'psn-id' ? 'psn-id' : 'driver');
      return { driverId: null, method: null, suggestions: [] };
    },
  };
}

/**
 * The index for a season's Manufacturers Cup (every team when its entry list
 * is empty), kept per season object like the driver index.
 */
export function seasonTeamIndex(season: Season): TeamIndex {
  const cached = teamIndexes.get(season);
  if (cached && cached.teams === season.teams && cached.entries === season.entryLists.manufacturers)
    return cached.index;
  const listed = new Set(season.entryLists.manufacturers);
  const teams = listed.size === 0 ? season.teams : season.teams.filter((t) => listed.has(t.id));
  const index = createTeamIndex(teams, season);
  teamIndexes.set(season, { teams: season.teams, entries: season.entryLists.manufacturers, index });
  return index;
}

const teamIndexes = new WeakMap<
  Season,
  { teams: readonly Team[]; entries: readonly string[]; index: TeamIndex }
>();

/**
 * Splits "Aston Martin Jonathan Bucha / …" at the longest leading run of
 * words (up to four) that is a known team name. Built once per list of teams.
 */
export function teamSplitter(teams: readonly Team[]): (text: string) => TeamSplit | null {
  const names = new Set<string>();
  let maxWords = 1;
  for (const t of teams) {
    for (const name of [t.name, t.id]) {
      const key = foldKey(name);
      if (key === '') continue;
      names.add(key);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  return (text) => {
    if (names.size === 0) return null;
    const words = text.trim().split(/\s+/);
    for (let n = Math.min(maxWords, words.length); n >= 1; n--) {
      const head = words.slice(0, n).join(' ');
      if (names.has(foldKey(head))) return { team: head, rest: words.slice(n).join(' ') };
    }
    return null;
  };
}
