/**
 * Interning judges a podium by entry indices once its entries are known and by
 * their text before: both must give the verdict of `pickProblem`, whatever the
 * order in which entries first appear.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pick } from '../../../shared/domain/types';
import { compileLeague, isoToMs } from '../../../shared/scoring';
import { pickProblem } from '../../../shared/scoring/compile';
import { member, threeGfRaces } from './london';

// Races are given (no season): every entry is interned from picks, in the order they appear.
const ENTRIES = ['jose-serrano', 'pol-urra', 'valerio-gallo', 'not-on-the-list', ''];
const START = Date.parse(threeGfRaces[0]!.startsAt);
const members = ['m0', 'm1', 'm2', 'm3', 'm4'].map(member);

const pickArb = (memberId: string, raceId: string): fc.Arbitrary<Pick> =>
  fc
    .record({
      podium: fc.tuple(...[0, 1, 2].map(() => fc.constantFrom(...ENTRIES))),
      hoursBefore: fc.integer({ min: -2, max: 50 }),
    })
    .map(({ podium, hoursBefore }) => ({
      memberId,
      raceId,
      podium: podium as Pick['podium'],
      madeAt: new Date(START - hoursBefore * 3_600_000).toISOString(),
    }));

/** One pick per member and race, in stored order; many repeat or leave out an entry. */
const picksArb = fc.tuple(
  ...members.flatMap((m) =>
    threeGfRaces.map((race) => fc.option(pickArb(m.id, race.id), { nil: undefined })),
  ),
);

describe('compileLeague podium check', () => {
  it('ignores exactly the picks pickProblem rejects, with its reason, and counts the others as picked', () => {
    fc.assert(
      fc.property(picksArb, (maybe) => {
        const picks = maybe.filter((p): p is Pick => p !== undefined);
        const league = compileLeague({ races: threeGfRaces, members, picks });
        const start = new Map(threeGfRaces.map((race) => [race.id, isoToMs(race.startsAt)]));
        const expected = picks.flatMap((pick) => {
          const reason = pickProblem(pick, isoToMs(pick.madeAt), start.get(pick.raceId)!, false);
          return reason === null ? [] : [[reason, pick]];
        });
        expect(league.ignored.map((x) => [x.reason, x.pick])).toEqual(expected);
        const R = league.raceCount;
        for (const pick of picks) {
          const cell = league.memberIndex.get(pick.memberId)! * R + league.raceIndex.get(pick.raceId)!;
          const counted = league.pickAt[cell] === pick;
          expect(counted).toBe(!expected.some(([, p]) => p === pick));
          if (counted)
            expect(
              [league.p1[cell], league.p2[cell], league.p3[cell]].map((e) => league.entryIds[e!]),
            ).toEqual(pick.podium);
        }
      }),
      { numRuns: 300 },
    );
  });
});
