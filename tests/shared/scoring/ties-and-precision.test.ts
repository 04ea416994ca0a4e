/**
 * Two findings of an independent scoring oracle, as properties: picks that tie
 * on time must not let their listing order decide, and fractional rule numbers
 * must not make equal totals unequal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pick } from '../../../shared/domain/types';
import {
  computeStandings,
  diffStandings,
  gradePick,
  PRESET_IDS,
  type PresetNumbers,
  type ScoringRules,
  type Standings,
} from '../../../shared/scoring';
import { classification, LONDON_ORDER, member, THREE_GF_IDS, threeGfRaces } from './london';

const RACES = THREE_GF_IDS;
const races = threeGfRaces;
const DRIVERS = LONDON_ORDER.slice(0, 8);
const EARLY = '2025-01-01T00:00:00Z';

const podiumArb = fc
  .shuffledSubarray(DRIVERS, { minLength: 3, maxLength: 3 })
  .chain((three) => fc.shuffledSubarray(three, { minLength: 3, maxLength: 3 }))
  .map((p) => [p[0]!, p[1]!, p[2]!] as [string, string, string]);

/** Rule numbers in tenths and hundredths: the values that expose binary floating point. */
const fraction = fc.integer({ min: 0, max: 400 }).map((n) => n / 20);
const overridesArb: fc.Arbitrary<Partial<PresetNumbers>> = fc.record({
  exact: fraction,
  onPodium: fraction,
  adjacent: fraction,
  perfectBonus: fraction,
  sameThreeBonus: fraction,
  distanceTable: fc.array(fraction, { minLength: 1, maxLength: 8 }),
});

const plainRules = (preset: ScoringRules['preset'], overrides?: Partial<PresetNumbers>): ScoringRules => ({
  preset,
  joker: false,
  uniqueBonus: false,
  dropWorst: 0,
  missedRace: 'zero',
  ...(overrides ? { overrides } : {}),
});

const rowsOf = (s: Standings) => JSON.parse(JSON.stringify(s.rows)) as unknown[];

describe('picks made at the same instant', () => {
  it('two picks with the same time and podium but different joker marks give one result in either order', () => {
    // The oracle's case: listing order decided between 22 and 11 points.
    const podium = LONDON_ORDER.slice(0, 3) as [string, string, string];
    const withJoker: Pick = { memberId: 'ana', raceId: RACES[0]!, podium, madeAt: EARLY, joker: true };
    const without: Pick = { memberId: 'ana', raceId: RACES[0]!, podium, madeAt: EARLY };
    const grade = (picks: Pick[]) =>
      computeStandings({
        races,
        members: [member('ana')],
        picks,
        results: [{ raceId: RACES[0]!, classification: classification(LONDON_ORDER) }],
        rules: { ...plainRules('classic'), joker: true },
      });
    const a = grade([withJoker, without]);
    const b = grade([without, withJoker]);
    expect(rowsOf(a)).toEqual(rowsOf(b));
    // The documented rule: among equal times and podiums, the joker-marked pick counts.
    expect(a.rows[0]).toMatchObject({ points: 22, jokerRoundId: 'gtws-2025-r1' });
  });

  it('any picks sharing a time give the same standings in every listing order', () => {
    const pickArb = fc.record({
      m: fc.nat(1),
      race: fc.constantFrom(RACES[0]!, RACES[1]!),
      // Few podiums and instants, so ties are the rule rather than the exception.
      podium: fc.constantFrom(
        LONDON_ORDER.slice(0, 3) as [string, string, string],
        LONDON_ORDER.slice(1, 4) as [string, string, string],
      ),
      joker: fc.boolean(),
      minute: fc.nat(1),
    });
    fc.assert(
      fc.property(
        fc.array(pickArb, { maxLength: 12 }),
        fc.constantFrom(...PRESET_IDS),
        fc.infiniteStream(fc.nat()),
        (raw, preset, noise) => {
          const picks: Pick[] = raw.map((p) => ({
            memberId: `m${p.m}`,
            raceId: p.race,
            podium: p.podium,
            madeAt: `2025-01-01T00:0${p.minute}:00Z`,
            ...(p.joker ? { joker: true } : {}),
          }));
          const shuffled = picks
            .map((x) => ({ x, k: noise.next().value }))
            .sort((a, b) => a.k - b.k)
            .map((e) => e.x);
          const grade = (list: Pick[]) =>
            computeStandings({
              races,
              members: [member('m0'), member('m1')],
              picks: list,
              results: RACES.map((raceId) => ({ raceId, classification: classification(LONDON_ORDER) })),
              rules: { ...plainRules(preset), joker: true },
            });
          expect(rowsOf(grade(shuffled))).toEqual(rowsOf(grade(picks)));
        },
      ),
    );
  });
});

describe('fractional rule numbers', () => {
  it('0.1 + 0.2 + 0.3 in one order equals 0.3 + 0.2 + 0.1 in the other', () => {
    // exact 0.1, onPodium 0.2 and a perfect bonus make race scores 0.1, 0.2, 0.3 in different orders.
    const rules = plainRules('classic', { exact: 0.1, onPodium: 0, perfectBonus: 0.2 });
    const [p1, p2, p3, p4, p5] = LONDON_ORDER as [string, string, string, string, string];
    const one: [string, string, string] = [p1, p4, p5]; // 0.1
    const two: [string, string, string] = [p1, p2, p5]; // 0.2
    const three: [string, string, string] = [p1, p2, p3]; // 0.3 + 0.2 bonus = 0.5
    const picks = (memberId: string, order: [string, string, string][]): Pick[] =>
      order.map((podium, i) => ({ memberId, raceId: RACES[i]!, podium, madeAt: EARLY }));
    const s = computeStandings({
      races,
      members: [member('up'), member('down')],
      picks: [...picks('up', [one, two, three]), ...picks('down', [three, two, one])],
      results: RACES.map((raceId) => ({ raceId, classification: classification(LONDON_ORDER) })),
      rules,
    });
    expect(s.rows.map((r) => [r.rank, r.points])).toEqual([
      [1, 0.8],
      [1, 0.8],
    ]);
  });

  it('members whose race scores are the same in another order have equal points and share a rank', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESET_IDS),
        overridesArb,
        fc.array(podiumArb, { minLength: 3, maxLength: 3 }),
        (preset, overrides, podiums) => {
          const rules = plainRules(preset, overrides);
          // Every race has the same result, so a podium scores the same on any race.
          const s = computeStandings({
            races,
            members: [member('forward'), member('backward')],
            picks: podiums.flatMap((podium, i) => [
              { memberId: 'forward', raceId: RACES[i]!, podium, madeAt: EARLY },
              { memberId: 'backward', raceId: RACES[2 - i]!, podium, madeAt: EARLY },
            ]),
            results: RACES.map((raceId) => ({ raceId, classification: classification(LONDON_ORDER) })),
            rules,
          });
          const [a, b] = s.rows;
          expect(a!.points).toBe(b!.points);
          expect(a!.rank).toBe(b!.rank);
          expect(a!.maxPossible).toBe(b!.maxPossible);
          // Thousandths are exact: a total printed with three decimals reads back as itself.
          expect(Number(a!.points.toFixed(3))).toBe(a!.points);
          // The breakdown agrees with the table to the last digit.
          const race0 = gradePick(
            { memberId: 'forward', raceId: RACES[0]!, podium: podiums[0]!, madeAt: EARLY },
            { raceId: RACES[0]!, classification: classification(LONDON_ORDER) },
            rules,
          );
          expect(race0.total).toBe(a!.memberId === 'forward' ? a!.byRace[RACES[0]!] : b!.byRace[RACES[0]!]);
          // Moves between two tables are exact differences too.
          for (const move of diffStandings(s, s)) expect(move.pointsChange).toBe(0);
        },
      ),
    );
  });

  it('a points change between two tables is the exact decimal difference', () => {
    const race = { raceId: RACES[0]!, classification: classification(LONDON_ORDER) };
    const podium = LONDON_ORDER.slice(0, 3) as [string, string, string];
    const grade = (exact: number) =>
      computeStandings({
        races,
        members: [member('ana')],
        picks: [{ memberId: 'ana', raceId: RACES[0]!, podium, madeAt: EARLY }],
        results: [race],
        rules: plainRules('classic', { exact, perfectBonus: 0 }),
      });
    // 3 × 0.1 = 0.3 and 3 × 0.2 = 0.6; in floating point 0.6 − 0.3 is 0.3 but 0.3 − 0.1… is not.
    const before = grade(0.1);
    const after = grade(0.2);
    expect([before.rows[0]!.points, after.rows[0]!.points]).toEqual([0.3, 0.6]);
    expect(diffStandings(after, before)[0]!.pointsChange).toBe(-0.3);
  });
});
