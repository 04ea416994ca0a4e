/** Property tests of the engine (fast-check): invariants that must hold for any league. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pick, RaceResult, ResultRow } from '../../../shared/domain/types';
import {
  compileLeague,
  computeStandings,
  explainRace,
  gradeLeague,
  maxRaceScore,
  PRESET_IDS,
  type ScoringRules,
  type Standings,
} from '../../../shared/scoring';
import { member, season, THREE_GF_IDS, threeGfRaces } from './london';

const RACES = THREE_GF_IDS;
const races = threeGfRaces;
// Nine drivers who can be classified, one who never is.
const DRIVERS = [...season.entryLists.nations.slice(0, 9), 'coque-lopez'];
const STATUSES: ResultRow['status'][] = ['finished', 'finished', 'finished', 'dnf', 'dsq', 'dns'];

const rulesArb: fc.Arbitrary<ScoringRules> = fc.record({
  preset: fc.constantFrom(...PRESET_IDS),
  joker: fc.boolean(),
  uniqueBonus: fc.boolean(),
  dropWorst: fc.integer({ min: 0, max: 3 }),
  missedRace: fc.constantFrom('zero' as const, 'lowest' as const),
});

const podiumArb = fc
  .shuffledSubarray(DRIVERS, { minLength: 3, maxLength: 3 })
  .chain((three) => fc.shuffledSubarray(three, { minLength: 3, maxLength: 3 }))
  .map((p) => [p[0]!, p[1]!, p[2]!] as [string, string, string]);

const resultArb = (raceId: string): fc.Arbitrary<RaceResult> =>
  fc
    .tuple(
      fc.shuffledSubarray(DRIVERS.slice(0, 9), { minLength: 3, maxLength: 9 }),
      fc.array(fc.constantFrom(...STATUSES), { minLength: 9, maxLength: 9 }),
    )
    .map(([order, statuses]) => ({
      raceId,
      classification: order.map((driverId, i) => ({ position: i + 1, driverId, status: statuses[i]! })),
    }));

const leagueArb = fc
  .record({
    memberCount: fc.integer({ min: 1, max: 7 }),
    picks: fc.array(
      fc.record({
        m: fc.nat(6),
        race: fc.constantFrom(...RACES),
        podium: podiumArb,
        joker: fc.boolean(),
        minutesBefore: fc.integer({ min: -5, max: 60 * 24 }),
      }),
      { maxLength: 30 },
    ),
    results: fc.tuple(resultArb(RACES[0]!), resultArb(RACES[1]!), resultArb(RACES[2]!)),
    graded: fc.subarray([0, 1, 2]),
  })
  .map(({ memberCount, picks, results, graded }) => {
    const members = Array.from({ length: memberCount }, (_, i) => member(`m${i}`));
    const startOf = new Map(races.map((r) => [r.id, Date.parse(r.startsAt)]));
    const list: Pick[] = picks
      .filter((p) => p.m < memberCount)
      .map((p, i) => ({
        memberId: `m${p.m}`,
        raceId: p.race,
        podium: p.podium,
        joker: p.joker,
        // Distinct times per pick so "newest wins" never depends on input order.
        madeAt: new Date(startOf.get(p.race)! - p.minutesBefore * 60_000 - i).toISOString(),
      }));
    return { members, picks: list, results: graded.map((i) => results[i]!), allResults: results };
  });

interface League {
  members: ReturnType<typeof member>[];
  picks: Pick[];
  results: RaceResult[];
}

/** A preset with every option off: a race scores exactly what the preset gives. */
function plainRules(preset: ScoringRules['preset']): ScoringRules {
  return { preset, joker: false, uniqueBonus: false, dropWorst: 0, missedRace: 'zero' };
}

function grade(league: League, rules: ScoringRules): Standings {
  return computeStandings({
    races,
    members: league.members,
    picks: league.picks,
    results: league.results,
    rules,
  });
}

const plain = (s: Standings) => JSON.parse(JSON.stringify(s.rows));

describe('engine properties', () => {
  it('every race score lies in [0, preset max] (× 2 for unique bonus, × 2 for the joker round)', () => {
    fc.assert(
      fc.property(leagueArb, rulesArb, (league, rules) => {
        const max = maxRaceScore(rules) * (rules.uniqueBonus ? 2 : 1) * (rules.joker ? 2 : 1);
        for (const row of grade(league, rules).rows)
          for (const points of Object.values(row.byRace)) {
            expect(points).toBeGreaterThanOrEqual(0);
            expect(points).toBeLessThanOrEqual(max);
          }
      }),
    );
  });

  it('without options, a race score never exceeds the preset max', () => {
    fc.assert(
      fc.property(leagueArb, fc.constantFrom(...PRESET_IDS), (league, preset) => {
        const rules = plainRules(preset);
        const max = { classic: 11, proximity: 19, distance: 75 }[preset];
        for (const row of grade(league, rules).rows)
          for (const p of Object.values(row.byRace)) expect(p).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('a perfect podium earns the max', () => {
    fc.assert(
      fc.property(resultArb(RACES[0]!), fc.constantFrom(...PRESET_IDS), (result, preset) => {
        const finished = result.classification.map((r) => ({ ...r, status: 'finished' as const }));
        const podium = finished.slice(0, 3).map((r) => r.driverId) as [string, string, string];
        const rules = plainRules(preset);
        const s = computeStandings({
          races,
          members: [member('solo')],
          picks: [{ memberId: 'solo', raceId: RACES[0]!, podium, madeAt: '2025-01-01T00:00:00Z' }],
          results: [{ raceId: RACES[0]!, classification: finished }],
          rules,
        });
        expect(s.rows[0]!.points).toBe({ classic: 11, proximity: 19, distance: 75 }[preset]);
        expect(s.rows[0]).toMatchObject({ exact: 3, perfectPodiums: 1, winners: 1 });
      }),
    );
  });

  it('the order of members or picks never changes the standings', () => {
    fc.assert(
      fc.property(leagueArb, rulesArb, fc.infiniteStream(fc.nat()), (league, rules, noise) => {
        const shuffle = <T>(xs: T[]) =>
          xs
            .map((x) => ({ x, k: noise.next().value }))
            .sort((a, b) => a.k - b.k)
            .map((e) => e.x);
        const again = {
          ...league,
          members: shuffle(league.members),
          picks: shuffle(league.picks),
          results: shuffle(league.results),
        };
        expect(plain(grade(again, rules))).toEqual(plain(grade(league, rules)));
      }),
    );
  });

  it('adding a result for one race never changes any other race score', () => {
    fc.assert(
      fc.property(leagueArb, rulesArb, fc.nat(2), (league, rules, extra) => {
        const before = grade(
          { ...league, results: league.results.filter((r) => r.raceId !== RACES[extra]) },
          rules,
        );
        const added = league.allResults[extra]!;
        const after = grade(
          { ...league, results: [...league.results.filter((r) => r.raceId !== RACES[extra]), added] },
          rules,
        );
        const byMember = new Map(after.rows.map((r) => [r.memberId, r.byRace]));
        for (const row of before.rows) {
          const now = byMember.get(row.memberId)!;
          for (const [raceId, points] of Object.entries(row.byRace)) expect(now[raceId]).toBe(points);
          expect(now[RACES[extra]!]).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('the standings order follows points, exact, perfect podiums, winners; equals share a rank', () => {
    fc.assert(
      fc.property(leagueArb, rulesArb, (league, rules) => {
        const rows = grade(league, rules).rows;
        const key = (r: (typeof rows)[number]) => [r.points, r.exact, r.perfectPodiums, r.winners];
        rows.forEach((row, i) => {
          if (i === 0) return expect(row.rank).toBe(1);
          const a = key(rows[i - 1]!);
          const b = key(row);
          const cmp = a.map((x, j) => x - b[j]!).find((d) => d !== 0) ?? 0;
          expect(cmp).toBeGreaterThanOrEqual(0);
          expect(row.rank).toBe(cmp === 0 ? rows[i - 1]!.rank : i + 1);
        });
      }),
    );
  });

  it('points never exceed maxPossible, and the breakdown explains exactly the table', () => {
    fc.assert(
      fc.property(leagueArb, rulesArb, (league, rules) => {
        const compiled = compileLeague({ races, members: league.members, picks: league.picks });
        const s = gradeLeague(compiled, league.results, rules);
        for (const row of s.rows) {
          expect(row.points).toBeLessThanOrEqual(row.maxPossible);
          const sumRounds = Object.values(row.byRound).reduce((a, b) => a + b, 0);
          if (rules.dropWorst === 0) expect(row.points).toBe(sumRounds);
          for (const [raceId, points] of Object.entries(row.byRace)) {
            const e = explainRace(compiled, league.results, rules, row.memberId, raceId);
            expect(e.kind === 'pick' ? e.breakdown.total : e.kind === 'missed' ? e.points : NaN).toBe(points);
          }
        }
      }),
    );
  });
});
