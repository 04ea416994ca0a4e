/**
 * Matching pasted line-up lines to the drivers the app knows, across every
 * season. Automatic only when certain: the same PSN ID, or the same name,
 * alias or id compared without accents, case or punctuation. Everything
 * else is flagged for the user, never guessed: two people with that name,
 * a PSN ID that belongs to someone else, a known name with another country,
 * a near spelling ("Jose Serano") or an initial ("J. Serrano").
 */
import type { Driver } from '../domain/types';
import { slugify } from '../domain/ids';
import { editDistance, foldKey } from '../results/normalize';
import type { KnownDriver } from './known';
import { looksLikePsnId, type LineupLine } from './parse';

/** How a line was matched to a known driver. */
export type LineupMatchMethod = 'psn-id' | 'name' | 'alias' | 'id';

/** Why a line needs the user's choice. */
export type LineupAmbiguity =
  /** Two known people fold to this name. */
  | 'same-name'
  /** The PSN ID belongs to one driver, the name to another. */
  | 'psn-other-driver'
  /** A known driver has this name but another country. */
  | 'country-differs'
  /** No exact match, but a near spelling or an initial fits known drivers. */
  | 'similar-name';

export type LineupMatch =
  | {
      status: 'matched';
      driverId: string;
      by: LineupMatchMethod;
      /** A PSN ID the driver did not have yet (kept beside the old ones). */
      newPsnId: string | null;
      /** A spelling of the name the driver did not have yet (kept as an alias). */
      newAlias: string | null;
    }
  | {
      status: 'new';
      /** The proposed driver; `country` is '' when the line gives none. */
      driver: Driver;
    }
  | { status: 'ambiguous'; reason: LineupAmbiguity; candidates: string[] }
  | {
      status: 'duplicate';
      /** The driver (or proposed new id) an earlier line already names. */
      driverId: string;
      firstLineNo: number;
    };

export interface LineupRow {
  line: LineupLine;
  match: LineupMatch;
}

interface Index {
  byPsn: Map<string, KnownDriver>;
  byName: Map<string, KnownDriver[]>;
  byId: Map<string, KnownDriver>;
  all: readonly KnownDriver[];
}

function addTo(map: Map<string, KnownDriver[]>, key: string, driver: KnownDriver) {
  if (key === '') return;
  const list = map.get(key) ?? [];
  if (!list.some((d) => d.id === driver.id)) list.push(driver);
  map.set(key, list);
}

function buildIndex(known: readonly KnownDriver[]): Index {
  const byPsn = new Map<string, KnownDriver>();
  const byName = new Map<string, KnownDriver[]>();
  const byId = new Map<string, KnownDriver>();
  for (const driver of known) {
    byId.set(driver.id, driver);
    for (const psn of driver.psnIds) byPsn.set(psn.toLowerCase(), driver);
    addTo(byName, foldKey(driver.name), driver);
    for (const alias of driver.aliases) addTo(byName, foldKey(alias), driver);
  }
  return { byPsn, byName, byId, all: known };
}

/** Known drivers a near spelling or an initial ("J. Serrano") could mean. */
function similar(name: string, index: Index): string[] {
  const key = foldKey(name);
  const words = key.split(' ');
  const found = new Set<string>();
  // "J Serrano" / "J. Serrano": one letter, then the rest of a known name.
  if (words.length >= 2 && words[0]!.length === 1) {
    const rest = words.slice(1).join(' ');
    for (const d of index.all) {
      const parts = foldKey(d.name).split(' ');
      if (parts[0]!.startsWith(words[0]!) && parts.slice(1).join(' ') === rest) found.add(d.id);
    }
  }
  const max = key.length >= 8 ? 2 : 1;
  for (const d of index.all) {
    for (const spelling of [d.name, ...d.aliases]) {
      if (editDistance(key, foldKey(spelling), max) <= max) found.add(d.id);
    }
  }
  return [...found];
}

/** The PSN ID a line gives: its own column, or a name that is a PSN ID ("JoseSerrano_16"). */
export function linePsnId(line: LineupLine): { psn: string | null; nameIsPsn: boolean } {
  if (line.psnId !== null) return { psn: line.psnId, nameIsPsn: false };
  return looksLikePsnId(line.name) ? { psn: line.name, nameIsPsn: true } : { psn: null, nameIsPsn: false };
}

/**
 * What a line teaches about the driver it names: a PSN ID they did not have
 * (unless it is someone else's) and a spelling of their name they did not
 * have. A PSN ID change is kept beside the old ones, never instead.
 */
export function driverUpdates(
  line: LineupLine,
  driver: Driver,
  known: readonly Driver[],
): { newPsnId: string | null; newAlias: string | null } {
  const { psn: given, nameIsPsn } = linePsnId(line);
  // "jose-serrano" alone has the shape of a PSN ID but is the driver's own id or name.
  const isOwnName =
    nameIsPsn && [driver.id, driver.name, ...driver.aliases].some((s) => foldKey(s) === foldKey(line.name));
  const psn = isOwnName ? null : given;
  const lower = psn?.toLowerCase();
  const ownedElsewhere = known.some(
    (d) => d.id !== driver.id && d.psnIds.some((p) => p.toLowerCase() === lower),
  );
  const newPsnId =
    psn !== null && !ownedElsewhere && !driver.psnIds.some((p) => p.toLowerCase() === lower) ? psn : null;
  const spelling = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  const written = spelling(line.name);
  const newAlias =
    !nameIsPsn && ![driver.name, ...driver.aliases].some((known) => spelling(known) === written)
      ? line.name
      : null;
  return { newPsnId, newAlias };
}

/** Matches one line; duplicates are found afterwards across lines. */
function matchLine(line: LineupLine, index: Index): LineupMatch {
  const { psn, nameIsPsn } = linePsnId(line);
  const byPsn = psn ? index.byPsn.get(psn.toLowerCase()) : undefined;
  const byName = index.byName.get(foldKey(line.name)) ?? [];
  const byId = index.byId.get(slugify(line.name));
  const named = byName.length > 0 ? byName : byId ? [byId] : [];

  if (byPsn) {
    if (named.length > 0 && !named.some((d) => d.id === byPsn.id))
      return {
        status: 'ambiguous',
        reason: 'psn-other-driver',
        candidates: [byPsn.id, ...named.map((d) => d.id)],
      };
    return { status: 'matched', driverId: byPsn.id, by: 'psn-id', ...driverUpdates(line, byPsn, index.all) };
  }
  if (named.length > 1)
    return { status: 'ambiguous', reason: 'same-name', candidates: named.map((d) => d.id) };
  if (named.length === 1) {
    const driver = named[0]!;
    // A driver with no known country (a Manufacturers Cup driver) cannot differ from the line's.
    if (line.country !== null && driver.country !== '' && line.country !== driver.country)
      return { status: 'ambiguous', reason: 'country-differs', candidates: [driver.id] };
    const by: LineupMatchMethod =
      foldKey(driver.name) === foldKey(line.name) ? 'name' : byName.length > 0 ? 'alias' : 'id';
    // Same name, other spelling (accents): kept as an alias so result files written that way match too.
    return { status: 'matched', driverId: driver.id, by, ...driverUpdates(line, driver, index.all) };
  }
  if (!nameIsPsn) {
    const near = similar(line.name, index);
    if (near.length > 0) return { status: 'ambiguous', reason: 'similar-name', candidates: near };
  }
  return {
    status: 'new',
    driver: {
      id: slugify(line.name),
      name: line.name,
      country: line.country ?? '',
      psnIds: psn ? [psn] : [],
      aliases: [],
    },
  };
}

/**
 * Matches every line of a line-up against the known drivers. A second line
 * naming a driver already named (or the same new driver) is a duplicate.
 */
export function matchLineup(lines: readonly LineupLine[], known: readonly KnownDriver[]): LineupRow[] {
  const index = buildIndex(known);
  const first = new Map<string, number>();
  return lines.map((line) => {
    let match = matchLine(line, index);
    const id = match.status === 'matched' ? match.driverId : match.status === 'new' ? match.driver.id : null;
    if (id !== null) {
      const earlier = first.get(id);
      if (earlier !== undefined) match = { status: 'duplicate', driverId: id, firstLineNo: earlier };
      else first.set(id, line.lineNo);
    }
    return { line, match };
  });
}
