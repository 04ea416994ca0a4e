/**
 * Matching printed driver names to the season's entry list.
 *
 * Automatic: exact name, accent/case/punctuation-insensitive name, a known
 * alias, a PSN ID, the driver id itself, or an initial and surname
 * ("J. Serrano") that fits exactly one driver. Anything fuzzier (edit distance,
 * same surname) only produces suggestions the user must confirm — "Jorge
 * Serrano" is never silently "Jose Serrano".
 */
import type { Cup, Driver, Season } from '../domain/types';
import { editDistance, exactKey, foldKey, SPACELESS_SCRIPT } from './normalize';
import type { DriverMatch, DriverSuggestion, MatchMethod } from './types';

/** Prepared lookup tables for one entry list. */
export interface DriverIndex {
  drivers: readonly Driver[];
  byId: ReadonlyMap<string, Driver>;
  /** The full answer, with suggestions for a name that is not matched automatically. */
  match(name: string): DriverMatch;
  /** Just the automatic match (no suggestions): for the many trial names a scan tries. */
  find(name: string): string | null;
}

const MAX_SUGGESTIONS = 3;

/** Builds the lookup tables for one entry list; matching a row is then a few map lookups. */
export function createDriverIndex(drivers: readonly Driver[]): DriverIndex {
  const exact = new Map<string, Driver>();
  const folded = new Map<string, Driver>();
  const aliases = new Map<string, Driver>();
  const psn = new Map<string, Driver>();
  const byId = new Map<string, Driver>();
  const foldedNames: KnownName[] = [];
  const initials = new Map<string, Driver[]>();
  const addInitial = (name: string, d: Driver) => {
    const key = initialKey(foldKey(name));
    if (key === null) return;
    const list = initials.get(key) ?? [];
    if (!list.includes(d)) list.push(d);
    initials.set(key, list);
  };
  for (const d of drivers) {
    addInitial(d.name, d);
    for (const alias of d.aliases) addInitial(alias, d);
    byId.set(d.id, d);
    exact.set(exactKey(d.name), d);
    folded.set(foldKey(d.name), d);
    foldedNames.push(knownName(foldKey(d.name), d));
    for (const alias of d.aliases) {
      aliases.set(spacelessKey(foldKey(alias)), d);
      foldedNames.push(knownName(foldKey(alias), d));
    }
    for (const id of d.psnIds) psn.set(id.toLowerCase(), d);
  }

  const hit = (driver: Driver, method: MatchMethod): DriverMatch => ({
    driverId: driver.id,
    method,
    suggestions: [],
  });

  // A file names each driver many times at most (tables, fastest laps), and the index is kept
  // per season: remember answers. Suggestions cost an edit distance per known name, so an
  // unmatched answer gets them only when `match` asks (`pending`), never for `find`.
  const cache = new Map<string, { match: DriverMatch; pending: string | null }>();
  const matchUncached = (name: string): DriverMatch | { pending: string } => {
    const trimmed = name.trim();
    const e = exact.get(exactKey(trimmed));
    if (e) return hit(e, 'exact');
    const key = foldKey(trimmed);
    const f = folded.get(key);
    if (f) return hit(f, 'accent-insensitive');
    const a = aliases.get(spacelessKey(key));
    if (a) return hit(a, 'alias');
    const p = psn.get(trimmed.toLowerCase());
    if (p) return hit(p, 'psn-id');
    const i = byId.get(trimmed.toLowerCase());
    if (i) return hit(i, 'id');
    const abbreviated = abbreviatedKey(key);
    const byInitial = abbreviated === null ? undefined : initials.get(abbreviated);
    if (byInitial?.length === 1) return hit(byInitial[0]!, 'initial');
    if (byInitial && byInitial.length > 1) {
      return {
        driverId: null,
        method: null,
        ambiguous: true,
        suggestions: byInitial.map((d) => ({ driverId: d.id, name: d.name, distance: 0 })),
      };
    }
    return { pending: key };
  };
  const lookUp = (name: string) => {
    let found = cache.get(name);
    if (!found) {
      const answer = matchUncached(name);
      found =
        'pending' in answer
          ? { match: { driverId: null, method: null, suggestions: [] }, pending: answer.pending }
          : { match: answer, pending: null };
      cache.set(name, found);
    }
    return found;
  };

  return {
    drivers,
    byId,
    match(name) {
      const found = lookUp(name);
      // Callers get their own copy: a match is stored on a row and may be edited by the UI.
      if (found.pending === null) return { ...found.match, suggestions: [...found.match.suggestions] };
      // A 100,000-row file of unknown names shows a few hundred of them: the edit distances are
      // computed when the suggestions are first read (an issue shown, the JSON written), once per name.
      const entry = found;
      let own: DriverSuggestion[] | null = null;
      return {
        driverId: null,
        method: null,
        get suggestions() {
          if (entry.pending !== null) {
            entry.match.suggestions = suggest(entry.pending, foldedNames);
            entry.pending = null;
          }
          return (own ??= [...entry.match.suggestions]);
        },
        set suggestions(value) {
          own = value;
        },
      };
    },
    find(name) {
      return lookUp(name).match.driverId;
    },
  };
}

/**
 * The index for a season's entry list in `cup` (every driver when that list is empty), built
 * once per season object: seasons are replaced, never edited in place, and a reparse of the
 * same season (each keystroke in the paste box, each detection pass) reuses it.
 */
export function seasonDriverIndex(season: Season, cup: Cup): DriverIndex {
  let byCup = seasonIndexes.get(season);
  if (!byCup) seasonIndexes.set(season, (byCup = new Map()));
  const entries = season.entryLists[cup];
  const cached = byCup.get(cup);
  // Cheap guard in case a caller did edit the lists in place.
  if (cached && cached.drivers === season.drivers && cached.entries === entries) return cached.index;
  const listed = new Set(entries);
  const drivers = entries.length === 0 ? season.drivers : season.drivers.filter((d) => listed.has(d.id));
  const index = createDriverIndex(drivers);
  byCup.set(cup, { drivers: season.drivers, entries, index });
  return index;
}

const seasonIndexes = new WeakMap<
  Season,
  Map<Cup, { drivers: readonly Driver[]; entries: readonly string[]; index: DriverIndex }>
>();

/**
 * A name in a script written without spaces is compared without them: Japanese
 * and Chinese names are printed with or without a space between family and
 * given name ("宮園 拓真").
 */
function spacelessKey(folded: string): string {
  return SPACELESS_SCRIPT.test(folded) ? folded.replace(/ /g, '') : folded;
}

/** "takuma miyazono" → "t|miyazono": a known name as its initial and surname. */
function initialKey(folded: string): string | null {
  const words = folded.split(' ');
  if (words.length < 2 || words[0]!.length < 2) return null;
  return `${words[0]![0]}|${words.slice(1).join(' ')}`;
}

/** "t miyazono" (from "T. Miyazono") → "t|miyazono"; null unless the first word is a single letter. */
function abbreviatedKey(folded: string): string | null {
  const words = folded.split(' ');
  if (words.length < 2 || words[0]!.length !== 1) return null;
  return `${words[0]}|${words.slice(1).join(' ')}`;
}

/**
 * Closest known names: small edit distance relative to length, or the same
 * surname / first name. Never applied automatically.
 */
interface KnownName {
  key: string;
  /** Words of 3+ letters, for the "same surname" hint. */
  words: string[];
  driver: Driver;
}

function knownName(key: string, driver: Driver): KnownName {
  return { key, words: key.split(' ').filter((w) => w.length >= 3), driver };
}

function suggest(key: string, names: readonly KnownName[]): DriverSuggestion[] {
  if (key === '') return [];
  const max = Math.max(2, Math.floor(key.length / 3));
  const best = new Map<string, DriverSuggestion>();
  const words = new Set(key.split(' ').filter((w) => w.length >= 3));
  for (const { key: known, words: knownWords, driver } of names) {
    let distance = editDistance(key, known, max);
    if (distance > max) {
      // Shares a whole word ("Serrano"): a weak but useful hint.
      if (!knownWords.some((w) => words.has(w))) continue;
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
