/** Team podiums are graded exactly like driver podiums; the official table works for teams. */
import { describe, expect, it } from 'vitest';
import type { Pick, Podium, Race, RaceResult } from '../../../shared/domain/types';
import { computeStandings, driverChampionship, PRESET_IDS, type ScoringRules } from '../../../shared/scoring';
import { getBuiltInSeason } from '../../../shared/seasons';

const race = (id: string, cup: Race['cup']): Race => ({
  id,
  roundId: 'r1',
  cup,
  session: 'gf',
  name: 'Grand Final',
  track: '',
  car: '',
  laps: null,
  startsAt: '2030-01-01T12:00:00Z',
  pointsTable: [6, 5, 4, 3, 2, 1],
  pickable: true,
});

const DRIVERS = ['a', 'b', 'c', 'd', 'e', 'f'];
const TEAMS = ['porsche', 'mazda', 'subaru', 'bmw', 'toyota', 'lexus'];
const asTeam = (id: string) => TEAMS[DRIVERS.indexOf(id)]!;

const PICKS: Podium[] = [
  ['a', 'b', 'c'],
  ['b', 'a', 'c'],
  ['c', 'b', 'a'],
  ['a', 'c', 'd'],
  ['d', 'e', 'f'],
  ['b', 'd', 'a'],
];

function score(cup: Race['cup'], rules: ScoringRules): number[] {
  const map = cup === 'nations' ? (id: string) => id : asTeam;
  const r = race(cup === 'nations' ? 'x-nations-gf' : 'x-manufacturers-gf', cup);
  const members = PICKS.map((_, i) => ({ id: `m${i}`, name: `M${i}` }));
  const picks: Pick[] = PICKS.map((podium, i) => ({
    memberId: `m${i}`,
    raceId: r.id,
    podium: podium.map(map) as Podium,
    madeAt: '2029-12-31T00:00:00Z',
  }));
  const result: RaceResult = {
    raceId: r.id,
    classification: DRIVERS.map((id, i) => ({ position: i + 1, driverId: map(id), status: 'finished' })),
  };
  const standings = computeStandings({ races: [r], members, picks, results: [result], rules, cups: [cup] });
  return members.map((m) => standings.rows.find((row) => row.memberId === m.id)!.points);
}

describe('team podiums', () => {
  it('score the same as the same podium of drivers, under every preset and option', () => {
    for (const preset of PRESET_IDS)
      for (const uniqueBonus of [false, true]) {
        const rules: ScoringRules = { preset, joker: false, uniqueBonus, dropWorst: 0, missedRace: 'zero' };
        const drivers = score('nations', rules);
        expect(score('manufacturers', rules), `${preset} unique=${uniqueBonus}`).toEqual(drivers);
        // Not all zero: the comparison grades real differences.
        expect(new Set(drivers).size).toBeGreaterThan(2);
      }
  });

  it('score 11 for a perfect team podium under classic', () => {
    const rules: ScoringRules = {
      preset: 'classic',
      joker: false,
      uniqueBonus: false,
      dropWorst: 0,
      missedRace: 'zero',
    };
    expect(score('manufacturers', rules)[0]).toBe(11);
  });
});

describe('the official Manufacturers Cup table', () => {
  it('adds the stated 2025 results up by each race’s points table', () => {
    const season = getBuiltInSeason('gtws-2025')!;
    const results: RaceResult[] = (season.results ?? []).map((r) => ({
      raceId: r.raceId,
      classification: r.classification,
      ...(r.partial ? { partial: true } : {}),
    }));
    const rows = driverChampionship(season, results, 'manufacturers');
    expect(rows.slice(0, 5).map((r) => [r.rank, r.driverId, r.name, r.points, r.wins])).toEqual([
      // London and Berlin wins (6 + 6) beat one World Finals win (12 on the 2024 scale) on countback.
      [1, 'subaru', 'Subaru', 12, 2],
      [2, 'porsche', 'Porsche', 12, 1],
      // Two second places (5 + 5) beat one (10).
      [3, 'bmw', 'BMW', 10, 0],
      [4, 'mazda', 'Mazda', 10, 0],
      [5, 'nissan', 'Nissan', 4, 0],
    ]);
    expect(rows).toHaveLength(season.teams.length);
    expect(rows.every((r) => r.country === '')).toBe(true);
  });
});
