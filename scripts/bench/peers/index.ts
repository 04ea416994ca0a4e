/**
 * Two open-source prediction games, run on the bench's league as each of
 * them computes a leaderboard, for the engine bench's "same data, same run"
 * comparison. Each peer gets the league in its own stored form, prepared
 * before timing (as its database would hand it over: one prediction per user
 * and race, windows enforced when the prediction was written), and is timed
 * from there to ranked rows.
 *
 * - f1-prediction (fedesanchezvidarte/f1-prediction, MIT): its own scoring
 *   code, vendored in ./f1-prediction (3 exact / 1 for ±1 place, podium
 *   perfect +10 / any order +5: the rules of this app's `proximity` preset).
 *   Numeric driver ids, as in its database.
 * - race-guesser (ralboz/race-guesser at a453e2a): it has no licence, so none
 *   of its code is copied here. What follows is its algorithm as its source
 *   publishes it (backend/src/scoring/scorePrediction.ts, aggregateScores.ts
 *   and the result route in routes/superadmin.ts), written anew: one stored
 *   row per predicted slot with the driver's name; per race a Map from driver
 *   name to position (P1–P11), 2 points exact / 1 one place off / 0; a slot
 *   pick that scores and that nobody else in the group made counts double
 *   (counts keyed `group|slot|driver` over the drivers of the scored slots);
 *   rows grouped by `group|user|race` and summed; the season leaderboard sums
 *   per user and sorts.
 */
import type { Member, Pick, Race, RaceResult } from '../../../shared/domain/types';
import {
  arraysMatchAnyOrder,
  arraysMatchExact,
  RACE_PODIUM_MATCH,
  RACE_PODIUM_PERFECT,
  scorePositions,
} from './f1-prediction/scoring';

/** The league every bench figure grades, as this app stores it. */
export interface BenchLeague {
  races: Race[];
  members: Member[];
  picks: Pick[];
  results: RaceResult[];
}

/** A leaderboard line as the peers rank them: by total points. */
export interface PeerRow {
  userId: string;
  points: number;
}

// ---- f1-prediction -------------------------------------------------------------------------

interface F1Race {
  /** `race_results.top_10`, cut to the podium: numeric driver ids P1–P3. */
  top: number[];
  /** `p11_driver_id`'s role for a podium: the driver just past the scored range (P4). */
  boundary: number | null;
  predictions: { userId: string; top: (number | null)[] }[];
}

const driverNumber = (id: string) => Number(id.replace(/\D+/g, ''));

export function toF1Prediction(league: BenchLeague): F1Race[] {
  const byRace = new Map<string, F1Race>();
  for (const result of league.results) {
    const sorted = [...result.classification].sort((a, b) => a.position - b.position);
    byRace.set(result.raceId, {
      top: sorted.slice(0, 3).map((row) => driverNumber(row.driverId)),
      boundary: sorted[3] ? driverNumber(sorted[3].driverId) : null,
      predictions: [],
    });
  }
  for (const pick of league.picks)
    byRace.get(pick.raceId)?.predictions.push({ userId: pick.memberId, top: pick.podium.map(driverNumber) });
  return [...byRace.values()];
}

/** Scores every prediction of every race (scoring-service.ts), then the leaderboard: sum per user, sort. */
export function f1PredictionStandings(races: F1Race[]): PeerRow[] {
  const totals = new Map<string, { points: number; perfect: number; count: number }>();
  for (const race of races) {
    for (const prediction of race.predictions) {
      const positions = scorePositions(prediction.top, race.top, race.boundary, 3);
      const perfectPodium = arraysMatchExact(prediction.top, race.top, 0, 3);
      const matchPodium = !perfectPodium && arraysMatchAnyOrder(prediction.top, race.top, 0, 3);
      let total = positions.positionPoints;
      if (perfectPodium) total += RACE_PODIUM_PERFECT;
      else if (matchPodium) total += RACE_PODIUM_MATCH;
      const line = totals.get(prediction.userId);
      if (line) {
        line.points += total;
        line.count++;
        if (perfectPodium) line.perfect++;
      } else totals.set(prediction.userId, { points: total, perfect: perfectPodium ? 1 : 0, count: 1 });
    }
  }
  return [...totals]
    .map(([userId, line]) => ({ userId, points: line.points }))
    .sort((a, b) => b.points - a.points);
}

// ---- race-guesser ---------------------------------------------------------------------------

type Slot = 'p1' | 'p2' | 'p3';
const SLOTS: Slot[] = ['p1', 'p2', 'p3'];

interface GuessRow {
  userId: string;
  groupId: number;
  raceId: string;
  positionType: Slot;
  driverName: string;
}

interface GuessRace {
  raceId: string;
  /** Driver name by finishing position, P1–P11. */
  actualByPosition: Map<number, string>;
  predictions: GuessRow[];
}

export function toRaceGuesser(league: BenchLeague): GuessRace[] {
  const byRace = new Map<string, GuessRace>();
  for (const result of league.results) {
    const actualByPosition = new Map<number, string>();
    for (const row of result.classification)
      if (row.position <= 11) actualByPosition.set(row.position, row.driverId);
    byRace.set(result.raceId, { raceId: result.raceId, actualByPosition, predictions: [] });
  }
  for (const pick of league.picks) {
    const race = byRace.get(pick.raceId);
    if (!race) continue;
    pick.podium.forEach((driverName, i) =>
      race.predictions.push({
        userId: pick.memberId,
        groupId: 1,
        raceId: pick.raceId,
        positionType: SLOTS[i]!,
        driverName,
      }),
    );
  }
  return [...byRace.values()];
}

/** 2 exact, 1 one place off, 0 otherwise; unknown drivers score 0. */
function slotScore(driverName: string, slot: number, actualPositionByDriver: Map<string, number>): number {
  const actual = actualPositionByDriver.get(driverName);
  if (actual === undefined) return 0;
  const diff = Math.abs(actual - slot);
  return diff === 0 ? 2 : diff === 1 ? 1 : 0;
}

/** `unique`: the double-points rule for a scoring pick nobody else in the group made. */
export function raceGuesserStandings(races: GuessRace[], unique: boolean): PeerRow[] {
  // One stored row per user and race, with the counts the peer keeps next to the total.
  const userRaceScores: {
    userId: string;
    total: number;
    exactHits: number;
    nearHits: number;
    uniqueHits: number;
  }[] = [];
  for (const race of races) {
    const scoredDrivers = new Set(SLOTS.map((_, i) => race.actualByPosition.get(i + 1)!));
    const uniqueCount = new Map<string, number>();
    if (unique)
      for (const p of race.predictions) {
        if (!scoredDrivers.has(p.driverName)) continue;
        const key = `${p.groupId}|${p.positionType}|${p.driverName}`;
        uniqueCount.set(key, (uniqueCount.get(key) ?? 0) + 1);
      }
    const actualPosByDriver = new Map<string, number>();
    for (let p = 1; p <= 11; p++) {
      const name = race.actualByPosition.get(p);
      if (name !== undefined) actualPosByDriver.set(name, p);
    }
    const grouped = new Map<
      string,
      { userId: string; rows: { final: number; base: number; unique: boolean }[] }
    >();
    for (const p of race.predictions) {
      const base = slotScore(p.driverName, Number(p.positionType.slice(1)), actualPosByDriver);
      const isUnique =
        unique && base > 0 && uniqueCount.get(`${p.groupId}|${p.positionType}|${p.driverName}`) === 1;
      const row = { final: isUnique ? base * 2 : base, base, unique: isUnique };
      const key = `${p.groupId}|${p.userId}|${p.raceId}`;
      const entry = grouped.get(key);
      if (entry) entry.rows.push(row);
      else grouped.set(key, { userId: p.userId, rows: [row] });
    }
    for (const { userId, rows } of grouped.values()) {
      let total = 0;
      let exactHits = 0;
      let nearHits = 0;
      let uniqueHits = 0;
      for (const r of rows) {
        total += r.final;
        if (r.base === 2) exactHits++;
        if (r.base === 1) nearHits++;
        if (r.unique) uniqueHits++;
      }
      userRaceScores.push({ userId, total, exactHits, nearHits, uniqueHits });
    }
  }
  const season = new Map<string, number>();
  for (const s of userRaceScores) season.set(s.userId, (season.get(s.userId) ?? 0) + s.total);
  return [...season].map(([userId, points]) => ({ userId, points })).sort((a, b) => b.points - a.points);
}
