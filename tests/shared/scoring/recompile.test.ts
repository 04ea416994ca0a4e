/** Recompiling after a change gives what a full compile gives, and reuses the old work when nothing scoring changed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pick, RaceResult } from '../../../shared/domain/types';
import {
  compileLeague,
  gradeLeague,
  PRESET_IDS,
  recompileLeague,
  type CompiledLeague,
  type ScoringRules,
} from '../../../shared/scoring';
import { classification, LONDON_ORDER, member, THREE_GF_IDS, threeGfRaces } from './london';

const RACES = THREE_GF_IDS;
const races = threeGfRaces;
const DRIVERS = [...LONDON_ORDER.slice(0, 6), 'not-on-the-list'];
const START = Date.parse(races[0]!.startsAt);
const results: RaceResult[] = RACES.map((raceId) => ({
  raceId,
  classification: classification(LONDON_ORDER),
}));
const members = ['m0', 'm1', 'm2', 'm3'].map(member);

const podiumArb = fc
  .shuffledSubarray(DRIVERS, { minLength: 3, maxLength: 3 })
  .map((p) => [p[0]!, p[1]!, p[2]!] as [string, string, string]);
/** Picks like a database holds them: one per member and race, sorted; some late, some for a stranger. */
const storedPicksArb = fc
  .array(
    fc.record({
      present: fc.boolean(),
      podium: podiumArb,
      joker: fc.boolean(),
      hoursBefore: fc.integer({ min: -2, max: 200 }),
    }),
    { minLength: 15, maxLength: 15 },
  )
  .map((cells) =>
    cells.flatMap((cell, i): Pick[] => {
      const m = Math.floor(i / 3);
      if (!cell.present) return [];
      return [
        {
          memberId: m === 4 ? 'stranger' : `m${m}`,
          raceId: RACES[i % 3]!,
          podium: cell.podium,
          madeAt: new Date(START - cell.hoursBefore * 3_600_000).toISOString(),
          ...(cell.joker ? { joker: true } : {}),
        },
      ];
    }),
  );
const editArb = fc.record({
  podium: fc.option(podiumArb),
  joker: fc.option(fc.boolean()),
  hoursBefore: fc.option(fc.integer({ min: -2, max: 200 })),
});
const rulesArb: fc.Arbitrary<ScoringRules> = fc.record({
  preset: fc.constantFrom(...PRESET_IDS),
  joker: fc.boolean(),
  uniqueBonus: fc.boolean(),
  dropWorst: fc.integer({ min: 0, max: 1 }),
  missedRace: fc.constantFrom('zero' as const, 'lowest' as const),
});

const input = (picks: Pick[]) => ({ races, members, picks });
const rows = (league: CompiledLeague, rules: ScoringRules) =>
  JSON.parse(JSON.stringify(gradeLeague(league, results, rules).rows)) as unknown;
const ignored = (league: CompiledLeague) => league.ignored.map((x) => [x.reason, x.pick]);

describe('recompileLeague', () => {
  it('after editing some picks, grades and lists ignored picks exactly like a full compile', () => {
    fc.assert(
      fc.property(
        storedPicksArb,
        fc.array(fc.tuple(fc.nat(), editArb), { maxLength: 4 }),
        rulesArb,
        (picks, edits, rules) => {
          const edited = picks.map((p) => ({ ...p, podium: [...p.podium] as Pick['podium'] }));
          for (const [at, edit] of edits) {
            if (edited.length === 0) break;
            const pick = edited[at % edited.length]!;
            if (edit.podium) pick.podium = edit.podium;
            if (edit.joker !== null) pick.joker = edit.joker;
            if (edit.hoursBefore !== null)
              pick.madeAt = new Date(START - edit.hoursBefore * 3_600_000).toISOString();
          }
          const patched = recompileLeague(compileLeague(input(picks)), input(edited));
          const full = compileLeague(input(edited));
          expect(rows(patched, rules)).toEqual(rows(full, rules));
          expect(ignored(patched)).toEqual(ignored(full));
          expect(Array.from(patched.jokerRound)).toEqual(Array.from(full.jokerRound));
          expect(patched.pickAt).toEqual(full.pickAt);
          // And a second change on top of the patched league still matches.
          const again = recompileLeague(patched, input(picks));
          expect(rows(again, rules)).toEqual(rows(compileLeague(input(picks)), rules));
        },
      ),
    );
  });

  it('returns the previous league when a fresh read holds the same picks, and compiles anew when members change', () => {
    fc.assert(
      fc.property(storedPicksArb, (picks) => {
        const first = compileLeague(input(picks));
        const copy = picks.map((p) => ({ ...p, podium: [...p.podium] as Pick['podium'] }));
        expect(recompileLeague(first, input(copy))).toBe(first);
        const more = recompileLeague(first, { races, members: [...members, member('m9')], picks: copy });
        expect(more).not.toBe(first);
        expect(more.memberCount).toBe(5);
      }),
    );
  });

  it('falls back to a full compile when picks are added or removed', () => {
    fc.assert(
      fc.property(storedPicksArb, storedPicksArb, rulesArb, (a, b, rules) => {
        expect(rows(recompileLeague(compileLeague(input(a)), input(b)), rules)).toEqual(
          rows(compileLeague(input(b)), rules),
        );
      }),
    );
  });
});
