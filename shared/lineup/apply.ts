/**
 * Turning a matched line-up (with the user's choices) into a season's entry
 * list: known drivers are brought into the season as they are known (with
 * any new PSN ID or spelling), new drivers are added with their country.
 */
import type { Cup, Driver, Season } from '../domain/types';
import { resolveCountry } from '../results/countries';
import type { KnownDriver } from './known';
import { driverUpdates, type LineupRow } from './match';

/** What the user decided for one line. */
export type LineupChoice =
  { kind: 'driver'; driverId: string } | { kind: 'new'; driver: Driver } | { kind: 'skip' };

/** Why a line-up cannot be committed yet; the screen words them. */
export type LineupProblem =
  | { code: 'no-entries' }
  | { code: 'needs-choice'; lineNo: number }
  | { code: 'needs-country'; lineNo: number }
  | { code: 'bad-country'; lineNo: number; country: string }
  | { code: 'needs-name'; lineNo: number }
  | { code: 'unknown-driver'; lineNo: number; driverId: string }
  | { code: 'twice'; lineNo: number; driverId: string };

/** Replace the cup's entry list with the line-up, or add the line-up to it. */
export type LineupMode = 'replace' | 'add';

export interface LineupOutcome {
  season: Season;
  /** Entry ids of the cup after the change, in order. */
  entries: string[];
  /** Drivers added to the season's driver list. */
  addedDrivers: string[];
  /** Entries the cup had before and no longer has. */
  removedEntries: string[];
}

/** The choice a line gets before the user says anything: only certain matches are taken. */
export function defaultChoice(row: LineupRow): LineupChoice | null {
  switch (row.match.status) {
    case 'matched':
      return { kind: 'driver', driverId: row.match.driverId };
    case 'new':
      return { kind: 'new', driver: row.match.driver };
    case 'duplicate':
      return { kind: 'skip' };
    case 'ambiguous':
      return null;
  }
}

/** A valid country code as the season file wants it, or null. */
export function normalizeCountry(text: string): string | null {
  const code = resolveCountry(text);
  return code && /^[A-Z]{2}$/.test(code) ? code : null;
}

/** An id not taken yet: `jose-serrano`, else `jose-serrano-2`, … */
function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function withUpdates(driver: Driver, update: { newPsnId: string | null; newAlias: string | null }): Driver {
  return {
    id: driver.id,
    name: driver.name,
    country: driver.country,
    // Newest PSN ID first, old ones kept: results written under either still match.
    psnIds: update.newPsnId ? [update.newPsnId, ...driver.psnIds] : [...driver.psnIds],
    aliases: update.newAlias ? [...driver.aliases, update.newAlias] : [...driver.aliases],
  };
}

/**
 * Applies the user's choices to the season's Nations Cup entry list (driver
 * entries). Returns the problems instead when a line still needs an answer.
 */
export function applyLineup(
  season: Season,
  rows: readonly { row: LineupRow; choice: LineupChoice | null }[],
  known: readonly KnownDriver[],
  mode: LineupMode,
): { ok: true; outcome: LineupOutcome } | { ok: false; problems: LineupProblem[] } {
  const cup: Cup = 'nations';
  const problems: LineupProblem[] = [];
  const knownById = new Map(known.map((d) => [d.id, d]));
  const drivers = season.drivers.map((d) => ({ ...d }));
  const inSeason = new Map(drivers.map((d, i) => [d.id, i]));
  const taken = new Set([...known.map((d) => d.id), ...drivers.map((d) => d.id)]);
  const chosen: string[] = [];
  const addedDrivers: string[] = [];

  for (const { row, choice } of rows) {
    const lineNo = row.line.lineNo;
    if (choice === null) {
      problems.push({ code: 'needs-choice', lineNo });
      continue;
    }
    if (choice.kind === 'skip') continue;
    if (choice.kind === 'driver') {
      const seasonIndex = inSeason.get(choice.driverId);
      const person = seasonIndex !== undefined ? drivers[seasonIndex] : knownById.get(choice.driverId);
      if (!person) {
        problems.push({ code: 'unknown-driver', lineNo, driverId: choice.driverId });
        continue;
      }
      if (chosen.includes(person.id)) {
        problems.push({ code: 'twice', lineNo, driverId: person.id });
        continue;
      }
      const updated = withUpdates(person, driverUpdates(row.line, person, known));
      if (seasonIndex !== undefined) drivers[seasonIndex] = updated;
      else {
        inSeason.set(updated.id, drivers.length);
        drivers.push(updated);
        addedDrivers.push(updated.id);
      }
      chosen.push(updated.id);
      continue;
    }
    const name = choice.driver.name.trim();
    if (name === '') {
      problems.push({ code: 'needs-name', lineNo });
      continue;
    }
    if (choice.driver.country.trim() === '') {
      problems.push({ code: 'needs-country', lineNo });
      continue;
    }
    const country = normalizeCountry(choice.driver.country);
    if (country === null) {
      problems.push({ code: 'bad-country', lineNo, country: choice.driver.country });
      continue;
    }
    // A new person never takes the id of someone the app knows (two "Jose Serrano"s stay two).
    const id = freeId(choice.driver.id || name, taken);
    taken.add(id);
    drivers.push({
      id,
      name,
      country,
      psnIds: [...choice.driver.psnIds],
      aliases: [...choice.driver.aliases],
    });
    inSeason.set(id, drivers.length - 1);
    addedDrivers.push(id);
    chosen.push(id);
  }
  if (problems.length === 0 && chosen.length === 0) problems.push({ code: 'no-entries' });
  if (problems.length > 0) return { ok: false, problems };

  const before = season.entryLists[cup];
  const entries = mode === 'replace' ? chosen : [...before, ...chosen.filter((id) => !before.includes(id))];
  return {
    ok: true,
    outcome: {
      season: { ...season, drivers, entryLists: { ...season.entryLists, [cup]: entries } },
      entries,
      addedDrivers,
      removedEntries: before.filter((id) => !entries.includes(id)),
    },
  };
}

/**
 * Copies a cup's entry list from another season: the drivers (or teams) it
 * names are brought into the target season as the source knows them.
 */
export function copyEntryList(target: Season, source: Season, cup: Cup, mode: LineupMode): LineupOutcome {
  const before = target.entryLists[cup];
  const incoming = source.entryLists[cup];
  const entries =
    mode === 'replace' ? [...incoming] : [...before, ...incoming.filter((id) => !before.includes(id))];
  const removedEntries = before.filter((id) => !entries.includes(id));
  if (cup === 'manufacturers') {
    const have = new Set(target.teams.map((t) => t.id));
    const teams = [
      ...target.teams,
      ...source.teams.filter((t) => incoming.includes(t.id) && !have.has(t.id)),
    ];
    const needed = new Set(teams.filter((t) => incoming.includes(t.id)).flatMap((t) => t.driverIds));
    const haveDrivers = new Set(target.drivers.map((d) => d.id));
    const added = source.drivers.filter((d) => needed.has(d.id) && !haveDrivers.has(d.id));
    return {
      season: {
        ...target,
        teams,
        drivers: [...target.drivers, ...added],
        entryLists: { ...target.entryLists, manufacturers: entries },
      },
      entries,
      addedDrivers: added.map((d) => d.id),
      removedEntries,
    };
  }
  const haveDrivers = new Set(target.drivers.map((d) => d.id));
  const added = incoming
    .filter((id) => !haveDrivers.has(id))
    .map((id) => source.drivers.find((d) => d.id === id))
    .filter((d): d is Driver => d !== undefined);
  return {
    season: {
      ...target,
      drivers: [...target.drivers, ...added],
      entryLists: { ...target.entryLists, nations: entries },
    },
    entries,
    addedDrivers: added.map((d) => d.id),
    removedEntries,
  };
}
