import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergePicks } from '../../../shared/exchange/merge';
import type { Pick } from '../../../shared/domain/types';

const GF = 'gtws-2025-r1-nations-gf';
const SPRINTLESS = 'gtws-2025-r2-nations-gf';
const raceStarts = new Map([
  [GF, '2025-06-07T17:00:00.000Z'],
  [SPRINTLESS, '2025-09-20T17:00:00.000Z'],
]);
const pick = (memberId: string, raceId: string, madeAt: string, p1 = 'jose-serrano'): Pick => ({
  memberId,
  raceId,
  podium: [p1, 'pol-urra', 'valerio-gallo'],
  madeAt,
});

describe('mergePicks', () => {
  it('keeps the newest pick made before the lock and refuses later ones', () => {
    const stored = [pick('ana', GF, '2025-06-01T10:00:00.000Z')];
    const incoming = [
      pick('ana', GF, '2025-06-05T10:00:00.000Z', 'kaj-de-bruin'),
      pick('ana', GF, '2025-06-07T17:00:00.000Z', 'guy-barbara'),
    ];
    const outcome = mergePicks(stored, incoming, { raceStarts });
    expect(outcome.accepted).toEqual([incoming[0]]);
    expect(outcome.refused.map((r) => [r.reason, r.pick.podium[0]])).toEqual([['late', 'guy-barbara']]);
    expect(outcome.refused[0]!.message).toContain('after the race started');
  });

  it('leaves a stored newer pick alone and is idempotent', () => {
    const stored = [pick('ana', GF, '2025-06-06T10:00:00.000Z')];
    const older = [pick('ana', GF, '2025-06-05T10:00:00.000Z', 'kaj-de-bruin')];
    expect(mergePicks(stored, older, { raceStarts }).accepted).toEqual([]);
    expect(mergePicks(stored, stored, { raceStarts })).toEqual({
      accepted: [],
      unchanged: stored,
      refused: [],
      late: [],
      unsigned: 0,
    });
  });

  it('refuses unknown races and drivers outside the entry list', () => {
    const outcome = mergePicks(
      [],
      [pick('ana', 'nope', '2025-01-01T00:00:00Z'), pick('ana', GF, '2025-06-01T00:00:00Z', 'jorge-serrano')],
      {
        raceStarts,
        entries: new Map([[GF, new Set(['jose-serrano', 'pol-urra', 'valerio-gallo'])]]),
      },
    );
    expect(outcome.refused.map((r) => r.reason)).toEqual(['unknown-race', 'not-in-entry-list']);
  });

  it('two different picks with the same stamp settle the same way whatever arrives first', () => {
    const a = pick('ana', GF, '2025-06-05T10:00:00.000Z', 'kaj-de-bruin');
    const b = pick('ana', GF, '2025-06-05T10:00:00.000Z', 'guy-barbara');
    const here = mergePicks([a], [b], { raceStarts });
    const there = mergePicks([b], [a], { raceStarts });
    const winnerHere = here.accepted[0] ?? a;
    const winnerThere = there.accepted[0] ?? b;
    expect(winnerHere).toEqual(winnerThere);
    expect(winnerHere.podium[0]).toBe('kaj-de-bruin');
  });

  it('replay leagues accept picks made after the start', () => {
    const late = pick('ana', GF, '2026-01-01T00:00:00.000Z');
    expect(mergePicks([], [late], { raceStarts, ignoreLocks: true }).accepted).toEqual([late]);
  });

  it('property: merging twice equals merging once, in any order of incoming picks', () => {
    const member = fc.constantFrom('ana', 'bo');
    const race = fc.constantFrom(GF, SPRINTLESS);
    const time = fc.date({
      min: new Date('2025-05-01T00:00:00Z'),
      max: new Date('2025-10-01T00:00:00Z'),
      noInvalidDate: true,
    });
    const arbPick = fc
      .record({ memberId: member, raceId: race, madeAt: time.map((d) => d.toISOString()) })
      .map((p) => pick(p.memberId, p.raceId, p.madeAt));
    fc.assert(
      fc.property(
        fc.array(arbPick, { maxLength: 12 }),
        fc.array(arbPick, { maxLength: 12 }),
        (stored, incoming) => {
          const apply = (base: Pick[], list: Pick[]) => {
            const out = mergePicks(base, list, { raceStarts });
            const map = new Map(base.map((p) => [`${p.memberId}/${p.raceId}`, p]));
            for (const p of out.accepted) map.set(`${p.memberId}/${p.raceId}`, p);
            return [...map.values()].sort((a, b) =>
              `${a.memberId}/${a.raceId}`.localeCompare(`${b.memberId}/${b.raceId}`),
            );
          };
          const dedup = (list: Pick[]) => apply([], list);
          const base = dedup(stored);
          const once = apply(base, incoming);
          expect(apply(once, incoming)).toEqual(once);
          expect(apply(base, [...incoming].reverse()).map((p) => p.madeAt)).toEqual(
            once.map((p) => p.madeAt),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
