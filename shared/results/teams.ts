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
import { KNOWN_MANUFACTURERS } from './manufacturers';
import { foldKey, SPACELESS_SCRIPT } from './normalize';
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

/** Folded names and the most words any of them has, for finding one at the start of a text. */
interface NameSet {
  keys: ReadonlySet<string>;
  maxWords: number;
}

function nameSet(names: Iterable<string>): NameSet {
  const keys = new Set<string>();
  let maxWords = 1;
  for (const name of names) {
    const key = foldKey(name);
    if (key === '') continue;
    keys.add(key);
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
  return { keys, maxWords };
}

/** How many of the leading `words` make the longest name of the set; 0 when none does. */
function leadingName(words: readonly string[], names: NameSet): number {
  for (let n = Math.min(names.maxWords, words.length); n >= 1; n--)
    if (names.keys.has(foldKey(words.slice(0, n).join(' ')))) return n;
  return 0;
}

/**
 * Splits "Aston Martin Jonathan Bucha / …" at the longest leading run of
 * words that is a known team name. Built once per list of teams.
 */
export function teamSplitter(teams: readonly Team[]): (text: string) => TeamSplit | null {
  // Folded on the first call and kept per list: most tables (a driver report) never ask.
  let names: NameSet | undefined;
  return (text) => {
    names ??= teamNames(teams);
    if (names.keys.size === 0) return null;
    const words = text.trim().split(/\s+/);
    const n = leadingName(words, names);
    return n === 0 ? null : { team: words.slice(0, n).join(' '), rest: words.slice(n).join(' ') };
  };
}

const teamNameSets = new WeakMap<readonly Team[], NameSet>();

/** The folded names and ids of a list of teams, kept per list (a season's list is one array). */
function teamNames(teams: readonly Team[]): NameSet {
  let names = teamNameSets.get(teams);
  if (!names) {
    names = nameSet(teams.flatMap((t) => [t.name, t.id]));
    teamNameSets.set(teams, names);
  }
  return names;
}

let manufacturers: NameSet | null = null;

/**
 * Where the team name ends in a team cell whose team no season lists
 * ("Aston Martin Jonathan Bucha / Thomas Compton-Mcpherson / …"). Only the
 * first name of the driver list can hold the team, and the first of these
 * that applies tells where it ends:
 * 1. a known driver (name, alias or PSN ID) ends that first name: the team is
 *    what comes before ("Red Bull Jose Serrano" → "Red Bull");
 * 2. it starts with a manufacturer that has raced in the series
 *    ("Aston Martin", "Mercedes-AMG");
 * 3. its first word is in Japanese or Chinese script, which writes a name
 *    without spaces ("スバル 宮園 拓真"): that word is the team;
 * 4. it is one word: the team alone, the drivers after the separator.
 * Otherwise nothing tells, and nothing is guessed: the whole first name stands
 * as the team, the other drivers as the rest, marked `unclear`.
 */
export function splitUnlistedTeam(text: string, knownDriver: (name: string) => boolean): TeamSplit {
  const trimmed = text.trim();
  const separator = DRIVER_SEPARATOR.exec(trimmed);
  const first = (separator ? trimmed.slice(0, separator.index) : trimmed).trim();
  if (first === '') return { team: trimmed, rest: '' };
  const words = first.split(/\s+/);
  let teamWords = 0;
  for (let k = 1; k < words.length && teamWords === 0; k++)
    if (knownDriver(words.slice(k).join(' '))) teamWords = k;
  manufacturers ??= nameSet(KNOWN_MANUFACTURERS);
  if (teamWords === 0) teamWords = leadingName(words, manufacturers);
  if (teamWords === 0 && SPACELESS_SCRIPT.test(words[0]!)) teamWords = 1;
  const unclear = teamWords === 0 && words.length > 1;
  if (teamWords === 0) teamWords = words.length;
  // The rest starts after the team's last word (offsets in `trimmed`, which `first` begins).
  const ends = [...first.matchAll(/\S+/g)].map((m) => m.index + m[0].length);
  const rest = trimmed
    .slice(ends[teamWords - 1])
    .trim()
    .replace(/^(?:\/|,|&|and\b)\s*/, '');
  const team = words.slice(0, teamWords).join(' ');
  return unclear ? { team, rest, unclear } : { team, rest };
}
