/**
 * Matching printed driver names to the season's entry list (DESIGN.md §5).
 *
 * Automatic: exact name, accent/case/punctuation-insensitive name, a known
 * alias, a PSN ID, or the driver id itself. Anything fuzzier (edit distance,
 * same surname) only produces suggestions the user must confirm — "Jorge
 * Serrano" is never silently "Jose Serrano".
 */
import type { Driver } from '../domain/types';
import { editDistance, exactKey, foldKey } from './normalize';
import type { DriverMatch, DriverSuggestion, MatchMethod } from './types';

/** Prepared lookup tables for one entry list. */
export interface DriverIndex {
  drivers: readonly Driver[];
  byId: ReadonlyMap<string, Driver>;
  match(name: string): DriverMatch;
}

const MAX_SUGGESTIONS = 3;

/** Builds the lookup tables once per parse; matching a row is then a few map lookups. */
export function createDriverIndex(drivers: readonly Driver[]): DriverIndex {
  const exact = new Map<string, Driver>();
  const folded = new Map<string, Driver>();
  const aliases = new Map<string, Driver>();
  const psn = new Map<string, Driver>();
  const byId = new Map<string, Driver>();
  const foldedNames: { key: string; driver: Driver }[] = [];
  for (const d of drivers) {
    byId.set(d.id, d);
    exact.set(exactKey(d.name), d);
    folded.set(foldKey(d.name), d);
    foldedNames.push({ key: foldKey(d.name), driver: d });
    for (const alias of d.aliases) {
      aliases.set(foldKey(alias), d);
      foldedNames.push({ key: foldKey(alias), driver: d });
    }
    for (const id of d.psnIds) psn.set(id.toLowerCase(), d);
  }

  const hit = (driver: Driver, method: MatchMethod): DriverMatch => ({
    driverId: driver.id,
    method,
    suggestions: [],
  });

  return {
    drivers,
    byId,
    match(name) {
      const trimmed = name.trim();
      const e = exact.get(exactKey(trimmed));
      if (e) return hit(e, 'exact');
      const key = foldKey(trimmed);
      const f = folded.get(key);
      if (f) return hit(f, 'accent-insensitive');
      const a = aliases.get(key);
      if (a) return hit(a, 'alias');
      const p = psn.get(trimmed.toLowerCase());
      if (p) return hit(p, 'psn-id');
      const i = byId.get(trimmed.toLowerCase());
      if (i) return hit(i, 'id');
      return { driverId: null, method: null, suggestions: suggest(key, foldedNames) };
    },
  };
}

/**
 * Closest known names: small edit distance relative to length, or the same
 * surname / first name. Never applied automatically.
 */
function suggest(key: string, names: readonly { key: string; driver: Driver }[]): DriverSuggestion[] {
  if (key === '') return [];
  const max = Math.max(2, Math.floor(key.length / 3));
  const best = new Map<string, DriverSuggestion>();
  const words = new Set(key.split(' ').filter((w) => w.length >= 3));
  for (const { key: known, driver } of names) {
    let distance = editDistance(key, known, max);
    if (distance > max) {
      // Shares a whole word ("Serrano"): a weak but useful hint.
      if (!known.split(' ').some((w) => words.has(w))) continue;
      distance = max + 1;
    }
    const previous = best.get(driver.id);
    if (!previous || distance < previous.distance) {
      best.set(driver.id, { driverId: driver.id, name: driver.name, distance });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, MAX_SUGGESTIONS);
}
