/**
 * Official championship points (the real GTWS table, not the friends' league):
 * driver standings from the results and each race's points table, and the
 * check the importer turns into warnings when a file lists other points.
 */
import type { Cup, Race, RaceResult, ResultRow, Season } from '../domain/types';
import { allRaces } from '../seasons/lookup';

/** Points a classification row earns from the race's table (`dns` and unlisted positions earn 0). */
export function tablePoints(race: Race, row: Pick<ResultRow, 'position' | 'status'>): number {
  if (row.status === 'dns') return 0;
  return race.pointsTable[row.position - 1] ?? 0;
}

/** A row whose listed points disagree with the race's table. */
export interface PointsMismatch {
  position: number;
  driverId: string;
  listed: number;
  expected: number;
  message: string;
}

/** Rows whose `points` are given and differ from the table. The file may be right: report, never fix. */
export function checkListedPoints(race: Race, rows: readonly ResultRow[]): PointsMismatch[] {
  const out: PointsMismatch[] = [];
  for (const row of rows) {
    if (row.points === null || row.points === undefined) continue;
    const expected = tablePoints(race, row);
    if (row.points !== expected)
      out.push({
        position: row.position,
        driverId: row.driverId,
        listed: row.points,
        expected,
        message: `P${row.position} ${row.driverId} is listed with ${row.points} point${row.points === 1 ? '' : 's'}; the ${race.name} table gives ${expected}.`,
      });
  }
  return out;
}

export interface ChampionshipRow {
  rank: number;
  /** Entry id: the driver (Nations Cup) or the team (Manufacturers Cup). */
  driverId: string;
  name: string;
  /** The driver's country; empty for a team or when not known. */
  country: string;
  points: number;
  wins: number;
  podiums: number;
  /** Points per race with a result, by race id. */
  byRace: Record<string, number>;
}

/**
 * The championship of one cup from its races' points tables: drivers in the
 * Nations Cup (default), teams in the Manufacturers Cup. Order: points, then
 * countback (more wins, then more second places, …); entries still equal share a rank.
 */
export function driverChampionship(
  season: Season,
  results: readonly RaceResult[],
  cup: Cup = 'nations',
): ChampionshipRow[] {
  const races = new Map(allRaces(season).map((race) => [race.id, race]));
  const names = new Map<string, { name: string; country: string }>(
    cup === 'nations'
      ? season.drivers.map((d) => [d.id, d])
      : season.teams.map((t) => [t.id, { name: t.name, country: '' }]),
  );
  const byDriver = new Map<string, { points: number; finishes: number[]; byRace: Record<string, number> }>();
  const get = (id: string) => {
    let entry = byDriver.get(id);
    if (!entry) byDriver.set(id, (entry = { points: 0, finishes: [], byRace: {} }));
    return entry;
  };
  for (const id of season.entryLists[cup]) get(id);
  const latest = new Map<string, RaceResult>();
  for (const result of results) latest.set(result.raceId, result);
  for (const result of latest.values()) {
    const race = races.get(result.raceId);
    if (!race || race.cup !== cup || race.pointsTable.length === 0) continue;
    const seen = new Set<string>();
    for (const row of result.classification) {
      if (seen.has(row.driverId)) continue;
      seen.add(row.driverId);
      const entry = get(row.driverId);
      const pts = tablePoints(race, row);
      entry.points += pts;
      entry.byRace[race.id] = pts;
      if (row.status !== 'dns') entry.finishes.push(row.position);
    }
  }
  const countback = (f: number[]) => {
    const c: number[] = [];
    for (const p of f) if (p >= 1 && p <= 32) c[p - 1] = (c[p - 1] ?? 0) + 1;
    return c;
  };
  const rows = [...byDriver.entries()].map(([driverId, e]) => ({ driverId, e, cb: countback(e.finishes) }));
  const compare = (a: (typeof rows)[number], b: (typeof rows)[number]) => {
    if (a.e.points !== b.e.points) return b.e.points - a.e.points;
    for (let i = 0; i < 32; i++) {
      const d = (b.cb[i] ?? 0) - (a.cb[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  };
  rows.sort((a, b) => compare(a, b) || (a.driverId < b.driverId ? -1 : a.driverId > b.driverId ? 1 : 0));
  let rank = 1;
  return rows.map((row, i) => {
    if (i > 0 && compare(rows[i - 1]!, row) !== 0) rank = i + 1;
    const entry = names.get(row.driverId);
    return {
      rank,
      driverId: row.driverId,
      name: entry?.name ?? row.driverId,
      country: entry?.country ?? '',
      points: row.e.points,
      wins: row.cb[0] ?? 0,
      podiums: (row.cb[0] ?? 0) + (row.cb[1] ?? 0) + (row.cb[2] ?? 0),
      byRace: row.e.byRace,
    };
  });
}
