/**
 * The standings order of a large league, where most members tie with others
 * on points: points, exact slots, perfect podiums and winners descending, then
 * name, then id; whatever order the members and picks are listed in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Member, Pick } from '../../../shared/domain/types';
import { computeStandings, PRESET_IDS, type StandingsRow } from '../../../shared/scoring';
import { classification, LONDON_ORDER, THREE_GF_IDS, threeGfRaces } from './london';

const DRIVERS = LONDON_ORDER.slice(0, 8);
const results = THREE_GF_IDS.map((raceId, r) => ({
  raceId,
  classification: classification([...DRIVERS.slice(r), ...DRIVERS.slice(0, r)]),
}));

/** The rule in words, as a comparison: what every row must satisfy against the next. */
function before(a: StandingsRow, b: StandingsRow): number {
  return (
    b.points - a.points ||
    b.exact - a.exact ||
    b.perfectPodiums - a.perfectPodiums ||
    b.winners - a.winners ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : a.memberId < b.memberId ? -1 : 1)
  );
}

describe('standings order', () => {
  it('ranks 600 members by points, exact, perfect, winners, then name and id', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat(DRIVERS.length - 1), fc.nat(DRIVERS.length - 1), fc.nat(DRIVERS.length - 1)),
          {
            minLength: 600 * 3,
            maxLength: 600 * 3,
          },
        ),
        fc.constantFrom(...PRESET_IDS),
        fc.integer({ min: 0, max: 599 }),
        (triples, preset, rotate) => {
          // Names repeat (every 7th member shares one), so the id decides among them.
          const members: Member[] = Array.from({ length: 600 }, (_, i) => ({
            id: `m${String((i * 7919) % 600).padStart(3, '0')}`,
            name: `Member ${i % 7}`,
          }));
          const picks: Pick[] = [];
          triples.forEach(([a, b, c], i) => {
            const podium = [...new Set([a, b, c, 0, 1, 2])].slice(0, 3).map((d) => DRIVERS[d]!);
            picks.push({
              memberId: members[Math.floor(i / 3)]!.id,
              raceId: THREE_GF_IDS[i % 3]!,
              podium: podium as [string, string, string],
              madeAt: '2025-01-01T00:00:00Z',
            });
          });
          const input = {
            races: threeGfRaces,
            results,
            rules: { preset, joker: false, uniqueBonus: false, dropWorst: 0, missedRace: 'zero' as const },
          };
          const rows = computeStandings({ ...input, members, picks }).rows;
          for (let i = 1; i < rows.length; i++) expect(before(rows[i - 1]!, rows[i]!)).toBeLessThan(0);
          const shuffled = computeStandings({
            ...input,
            members: [...members.slice(rotate), ...members.slice(0, rotate)],
            picks: [...picks].reverse(),
          }).rows;
          expect(shuffled.map((r) => r.memberId)).toEqual(rows.map((r) => r.memberId));
        },
      ),
      { numRuns: 20 },
    );
  });
});
