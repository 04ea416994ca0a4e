/**
 * Column names of result tables (official headers, pipe tables, CSV headers)
 * and status words. One vocabulary for every format, so a CSV exported from a
 * spreadsheet of the official table reads like the official table. English
 * names are here; the other shipped languages come from ./vocabulary.
 */
import type { FinishStatus } from '../domain/types';
import { foldKey } from './normalize';
import { headerColumnOf, statusOfWord } from './vocabulary';

export type ColumnKind =
  | 'position'
  | 'countryDriver'
  | 'country'
  | 'driver'
  | 'driverId'
  | 'psnId'
  | 'time'
  | 'gap'
  | 'points'
  | 'status'
  | 'race'
  /** Manufacturers Cup: the team as printed ("Porsche"). */
  | 'team'
  /** Manufacturers Cup: "Manufacturer / Drivers", the team followed by its driver(s). */
  | 'teamDriver'
  | 'teamId';

/** Column index per kind; absent kinds are missing from the file. */
export type ColumnMap = Partial<Record<ColumnKind, number>>;

const NAMES: Record<string, ColumnKind> = {
  rank: 'position',
  pos: 'position',
  position: 'position',
  place: 'position',
  p: 'position',
  '#': 'position',
  'country driver': 'countryDriver',
  'nation driver': 'countryDriver',
  country: 'country',
  nation: 'country',
  nationality: 'country',
  driver: 'driver',
  name: 'driver',
  'driver name': 'driver',
  player: 'driver',
  driverid: 'driverId',
  'driver id': 'driverId',
  psn: 'psnId',
  'psn id': 'psnId',
  psnid: 'psnId',
  'online id': 'psnId',
  time: 'time',
  'race time': 'time',
  'total time': 'time',
  'best time': 'time',
  'lap time': 'time',
  'time gap': 'time',
  gap: 'gap',
  interval: 'gap',
  diff: 'gap',
  points: 'points',
  pts: 'points',
  point: 'points',
  status: 'status',
  race: 'race',
  session: 'race',
  team: 'team',
  manufacturer: 'team',
  make: 'team',
  brand: 'team',
  teamid: 'teamId',
  'team id': 'teamId',
  'manufacturer driver': 'teamDriver',
  'manufacturer drivers': 'teamDriver',
  'team driver': 'teamDriver',
  'team drivers': 'teamDriver',
  drivers: 'driver',
};

/** Kind of one header cell, or null for a column the app ignores. */
export function columnKind(cell: string): ColumnKind | null {
  const key = cell.trim() === '#' ? '#' : foldKey(cell);
  return NAMES[key] ?? headerColumnOf(cell);
}

/**
 * Maps header cells to columns. A results header needs a position column and
 * a driver (or "Country / Driver") column; anything else is not a header.
 */
export function mapHeaderCells(cells: readonly string[]): ColumnMap | null {
  const map: ColumnMap = {};
  cells.forEach((cell, i) => {
    const kind = columnKind(cell);
    if (kind && map[kind] === undefined) map[kind] = i;
  });
  if (map.position === undefined) return null;
  if (
    map.driver === undefined &&
    map.countryDriver === undefined &&
    map.psnId === undefined &&
    map.driverId === undefined &&
    map.team === undefined &&
    map.teamDriver === undefined &&
    map.teamId === undefined
  ) {
    return null;
  }
  return map;
}

// Retirement words of every language come from the vocabulary; these say "finished" in a status column.
const FINISHED_WORDS = new Set(['finished', 'fin', 'ok', 'classified']);

/** DNF / DSQ / DNS in any shipped language (and spelled-out forms) → status; null for anything else. */
export function readStatus(text: string): FinishStatus | null {
  const t = text.trim();
  // Cheap rejection first: this runs on every time cell that is not a time.
  if (t === '' || t.length > 40 || (t.charCodeAt(0) < 0x80 && !/^[A-Za-z]/.test(t))) return null;
  if (FINISHED_WORDS.has(t.toLowerCase())) return 'finished';
  return statusOfWord(t);
}

/** Positions above this are typing errors or garbage, not a classification. */
export const MAX_POSITION = 1_000_000;

/** `3`, `3.`, `P3`, `3rd` → 3; null when the cell is not a position. */
export function readPosition(text: string): number | null {
  const m = /^(?:p)?(\d+)(?:\.|st|nd|rd|th)?$/i.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/** Whole, non-negative points; null for an empty cell or `-`. Undefined when the cell is not points at all. */
export function readPoints(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '' || t === '-' || t === '–' || t === '—') return null;
  if (/^\d{1,6}$/.test(t)) return Number(t);
  return undefined;
}
