/**
 * Grading a partial result (only the first positions known), on the London
 * Grand Final: 1 Serrano, 2 Urra, 3 Gallo, 4 Sasaki, 5 Drumont, 6 Miyazono.
 * Expected numbers are worked out by hand next to each case.
 */
import { describe, expect, it } from 'vitest';
import type { Pick, RaceResult } from '../../../shared/domain/types';
import {
  compileLeague,
  completeness,
  computeStandings,
  DEFAULT_RULES,
  explainRace,
  isGradable,
  type ScoringRules,
} from '../../../shared/scoring';
import { parseSeasonFile, serializeSeasonFile } from '../../../shared/seasons';
import { classification, london, LONDON_ORDER, member, pick, R1_GF, season } from './london';

const classic: ScoringRules = DEFAULT_RULES;
const proximity: ScoringRules = { ...DEFAULT_RULES, preset: 'proximity' };
const distance: ScoringRules = { ...DEFAULT_RULES, preset: 'distance' };

const podiumOnly: RaceResult = {
  raceId: R1_GF,
  classification: classification(LONDON_ORDER.slice(0, 3)),
  partial: true,
};
const winnerOnly: RaceResult = { ...podiumOnly, classification: classification(LONDON_ORDER.slice(0, 1)) };

const members = ['alice', 'bob', 'carol', 'judy'].map(member);
const picks: Pick[] = [
  // The exact podium.
  pick('alice', R1_GF, ['jose-serrano', 'pol-urra', 'valerio-gallo']),
  // Serrano exact; Gallo (P3) in the P2 slot; Sasaki (P4) in the P3 slot.
  pick('bob', R1_GF, ['jose-serrano', 'valerio-gallo', 'takuma-sasaki']),
  // Drumont (P5) in the P1 slot, Miyazono (P6) in P2, Sasaki (P4) in P3.
  pick('carol', R1_GF, ['kylian-drumont', 'takuma-miyazono', 'takuma-sasaki']),
  // judy made no pick.
];

const points = (rules: ScoringRules, result: RaceResult) =>
  Object.fromEntries(
    computeStandings({ season, members, picks, results: [result], rules }).rows.map((r) => [
      r.memberId,
      r.points,
    ]),
  );

describe('how complete a result is', () => {
  it('names full, podium-only, winner-only and incomplete results', () => {
    expect(completeness(london)).toBe('full');
    expect(completeness(podiumOnly)).toBe('podium');
    expect(completeness(winnerOnly)).toBe('winner');
    const gap = {
      ...podiumOnly,
      classification: classification(['jose-serrano']).concat({
        position: 3,
        driverId: 'valerio-gallo',
        status: 'finished',
      }),
    };
    expect(completeness(gap)).toBe('winner');
    expect(isGradable(podiumOnly)).toBe(true);
    expect(isGradable(gap)).toBe(false);
    // A short classification not marked partial is a full one (the other entries did not finish the race).
    expect(isGradable({ raceId: R1_GF, classification: classification(['jose-serrano']) })).toBe(true);
  });
});

describe('a podium-only result grades the race; positions beyond it count as not classified', () => {
  it('classic: the same scores as the full classification (classic reads only the podium)', () => {
    // alice 3+3+3+2 = 11; bob 3 + 1 (Gallo on the podium) + 0 = 4; carol 0.
    expect(points(classic, podiumOnly)).toEqual({ alice: 11, bob: 4, carol: 0, judy: 0 });
    expect(points(classic, london)).toEqual(points(classic, podiumOnly));
  });

  it('proximity: P4 for the P3 slot scores only once the full classification says P4', () => {
    // bob, podium only: 3 + 1 (Gallo P3, one away from the P2 slot) + 0 (Sasaki unlisted) = 4.
    // bob, full: Sasaki P4 is one away from the P3 slot: 3 + 1 + 1 = 5. carol, full: the same +1 for Sasaki.
    expect(points(proximity, podiumOnly)).toMatchObject({ alice: 19, bob: 4, carol: 0 });
    expect(points(proximity, london)).toMatchObject({ alice: 19, bob: 5, carol: 1 });
  });

  it('distance: a driver beyond the list scores 0 until the full classification', () => {
    // carol, podium only: nothing listed = 0.
    // carol, full: Drumont P5 for slot 1 |1−5| = 4 → 10; Miyazono P6 for slot 2 → 4 → 10; Sasaki P4 for slot 3 → 1 → 18. 38.
    // bob, podium only: 25 + Gallo P3 for slot 2 → 18 + 0 = 43; full: 25 + 18 + 18 = 61.
    expect(points(distance, podiumOnly)).toMatchObject({ alice: 75, bob: 43, carol: 0 });
    expect(points(distance, london)).toMatchObject({ alice: 75, bob: 61, carol: 38 });
  });

  it('a missing pick counts as missed on a podium-only result', () => {
    const table = computeStandings({ season, members, picks, results: [podiumOnly], rules: classic });
    expect(table.rows.find((r) => r.memberId === 'judy')!.missedRaces).toBe(1);
  });
});

describe('a winner-only result waits', () => {
  it('grades nothing and counts nobody as missed, in every preset', () => {
    for (const rules of [classic, proximity, distance]) {
      const table = computeStandings({ season, members, picks, results: [winnerOnly], rules });
      expect(table.rows.map((r) => [r.memberId, r.points, r.missedRaces])).toEqual(
        expect.arrayContaining([
          ['alice', 0, 0],
          ['judy', 0, 0],
        ]),
      );
    }
    const league = compileLeague({ season, members, picks });
    expect(explainRace(league, [winnerOnly], classic, 'alice', R1_GF)).toEqual({ kind: 'noResult' });
  });
});

describe('cancelled and to-be-announced races', () => {
  it('never count, not even as missed, whatever result is stored for them', () => {
    const file = JSON.parse(serializeSeasonFile(season));
    file.season.rounds[0].status = 'cancelled';
    const parsed = parseSeasonFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    for (const rules of [classic, { ...classic, missedRace: 'lowest' as const }]) {
      const table = computeStandings({ season: parsed.value, members, picks, results: [london], rules });
      expect(table.rows.map((r) => [r.memberId, r.points, r.missedRaces])).toEqual(
        expect.arrayContaining([
          ['alice', 0, 0],
          ['judy', 0, 0],
        ]),
      );
      expect(table.gradedRaceIds).toEqual([]);
    }
  });
});
