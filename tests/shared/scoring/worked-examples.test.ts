/**
 * Worked examples on the real London Grand Final: 1 Serrano, 2 Urra, 3 Gallo,
 * 4 Sasaki, 5 Drumont, 6 Miyazono, 7 de Bruin, … 12 Carrazza.
 * Every expected number below is worked out by hand in the comment next to it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pick, RaceResult } from '../../../shared/domain/types';
import {
  compileLeague,
  computeStandings,
  DEFAULT_RULES,
  diffStandings,
  entryNamer,
  explainRace,
  gradeLeague,
  gradePick,
  maxRaceScore,
  standingsUnderPreset,
  type ScoringRules,
  type SlotLine,
  type SlotOutcome,
} from '../../../shared/scoring';
import { classification, london, LONDON_ORDER, member, pick, R1_GF, R2_GF, season } from './london';

const names = entryNamer(season);
const classic: ScoringRules = DEFAULT_RULES;
const proximity: ScoringRules = { ...DEFAULT_RULES, preset: 'proximity' };
const distance: ScoringRules = { ...DEFAULT_RULES, preset: 'distance' };

const members = ['alice', 'bob', 'carol', 'frank', 'eve', 'ivan', 'dave', 'judy'].map(member);
const picks: Pick[] = [
  pick('alice', R1_GF, ['jose-serrano', 'pol-urra', 'valerio-gallo']),
  pick('bob', R1_GF, ['pol-urra', 'jose-serrano', 'valerio-gallo']),
  pick('carol', R1_GF, ['jose-serrano', 'takuma-sasaki', 'kylian-drumont']),
  pick('frank', R1_GF, ['jose-serrano', 'takuma-sasaki', 'kylian-drumont']),
  // coque-lopez did not race in 2025: absent from the classification.
  pick('eve', R1_GF, ['jose-serrano', 'pol-urra', 'coque-lopez']),
  pick('ivan', R1_GF, ['pol-urra', 'valerio-gallo', 'jose-serrano']),
  pick('dave', R1_GF, ['valerio-gallo', 'kylian-drumont', 'takuma-sasaki']),
  // judy made no pick.
];

function table(
  rules: ScoringRules,
  results: RaceResult[] = [london],
  extra: Partial<Parameters<typeof computeStandings>[0]> = {},
) {
  return computeStandings({ season, members, picks, results, rules, ...extra });
}
/** The breakdown line of a slot whose entry finished (no unique bonus). */
function slotLine(
  slot: 1 | 2 | 3,
  entryId: string,
  entryName: string,
  actual: number | null,
  outcome: SlotOutcome,
  points: number,
): SlotLine {
  return { slot, entryId, entryName, actual, status: 'finished', outcome, unique: false, points };
}

const summary = (rules: ScoringRules, results?: RaceResult[]) =>
  table(rules, results).rows.map((r) => [r.rank, r.memberId, r.points]);

it('uses the official London table', () => {
  const text = readFileSync('tests/fixtures/results/2025-r1-london-nations-official.txt', 'utf8');
  const grandFinal = text.slice(text.indexOf('Grand Final'));
  const printed = [...grandFinal.matchAll(/^(\d+) \S+ (.+?) (?:[+\d'.]+) \d$/gm)].map((m) => m[2]);
  expect(printed.map((n) => season.drivers.find((d) => d.name === n)?.id)).toEqual(LONDON_ORDER);
});

describe('classic', () => {
  it('ranks with the tie-breaks and shared ranks', () => {
    expect(summary(classic)).toEqual([
      [1, 'alice', 11], // 3+3+3 exact + 2 perfect
      [2, 'eve', 6], // 3+3, López absent: 0
      [3, 'bob', 5], // Urra P2 on podium 1, Serrano P1 on podium 1, Gallo exact 3
      [4, 'carol', 3], // Serrano exact 3, Sasaki P4 and Drumont P5: 0
      [4, 'frank', 3], // same picks as carol: shared rank 4
      [6, 'ivan', 3], // 1+1+1 on podium; 3 points but 0 exact, so below carol and frank
      [7, 'dave', 1], // Gallo P3 on podium in P1 slot
      [8, 'judy', 0], // missed race: zero
    ]);
    const alice = table(classic).rows[0]!;
    expect(alice).toMatchObject({ exact: 3, perfectPodiums: 1, winners: 1, byRace: { [R1_GF]: 11 } });
    expect(table(classic).rows.find((r) => r.memberId === 'ivan')).toMatchObject({ exact: 0, winners: 0 });
  });

  it('explains each slot', () => {
    const b = gradePick(picks[1]!, london, classic, { name: names });
    expect(b.slots).toEqual([
      // Urra P2 in the P1 slot: on the podium, 1.
      slotLine(1, 'pol-urra', 'Pol Urra', 2, 'onPodium', 1),
      // Serrano P1 in the P2 slot: on the podium, 1.
      slotLine(2, 'jose-serrano', 'Jose Serrano', 1, 'onPodium', 1),
      slotLine(3, 'valerio-gallo', 'Valerio Gallo', 3, 'exact', 3),
    ]);
    expect(b.bonuses).toEqual([]);
    expect([b.raceScore, b.total]).toEqual([5, 5]);
    const a = gradePick(picks[0]!, london, classic, { name: names });
    expect(a.slots[0]).toEqual(slotLine(1, 'jose-serrano', 'Jose Serrano', 1, 'exact', 3));
    expect(a.bonuses).toEqual([{ kind: 'perfect', points: 2 }]);
    expect([a.raceScore, a.total]).toEqual([11, 11]);
    const e = gradePick(picks[4]!, london, classic, { name: names });
    expect(e.slots[2]).toEqual({
      slot: 3,
      entryId: 'coque-lopez',
      // López is not in the 2025 season, so the id stands in for his name.
      entryName: 'coque-lopez',
      actual: null,
      status: 'absent',
      outcome: 'unclassified',
      unique: false,
      points: 0,
    });
  });
});

describe('proximity', () => {
  it('scores exact, one place away and the podium bonuses', () => {
    expect(summary(proximity)).toEqual([
      [1, 'alice', 19], // 9 + 10 perfect
      [2, 'bob', 10], // Urra P2 for P1: 1, Serrano P1 for P2: 1, Gallo 3, same three +5
      [3, 'ivan', 7], // Urra P2 for P1: 1, Gallo P3 for P2: 1, Serrano P1 for P3: 0, same three +5
      [4, 'eve', 6], // 3+3
      [5, 'carol', 3], // Serrano 3; Sasaki P4 for P2 and Drumont P5 for P3 are two away
      [5, 'frank', 3],
      [7, 'dave', 1], // Sasaki P4 for the P3 slot: 1
      [8, 'judy', 0],
    ]);
    const b = gradePick(picks[1]!, london, proximity, { name: names });
    expect(b.bonuses).toEqual([{ kind: 'sameThree', points: 5 }]);
    expect(b.slots.map((s) => [s.outcome, s.points])).toEqual([
      ['adjacent', 1],
      ['adjacent', 1],
      ['exact', 3],
    ]);
    expect(gradePick(picks[6]!, london, proximity, { name: names }).slots[2]).toEqual(
      slotLine(3, 'takuma-sasaki', 'Takuma Sasaki', 4, 'adjacent', 1),
    );
  });
});

describe('distance', () => {
  it('scores by distance to the actual position', () => {
    expect(summary(distance)).toEqual([
      [1, 'alice', 75], // 25 × 3
      [2, 'bob', 61], // 18 + 18 + 25
      [3, 'carol', 55], // 25 + 15 (|2−4|) + 15 (|3−5|)
      [3, 'frank', 55],
      [5, 'ivan', 51], // 18 (|1−2|) + 18 (|2−3|) + 15 (|3−1|)
      [6, 'eve', 50], // 25 + 25 + 0 absent
      [7, 'dave', 45], // 15 + 12 (|2−5|) + 18 (|3−4|)
      [8, 'judy', 0],
    ]);
  });

  it('gives 0 beyond the table', () => {
    // Carrazza P12 for the P1 slot is 11 places away; the table stops at 9.
    const p = pick('x', R1_GF, ['adriano-carrazza', 'samuel-cardinal', 'angel-inostroza']);
    // Cardinal P11 for P2: 9 away → 1; Inostroza P10 for P3: 7 away → 4.
    expect(gradePick(p, london, distance).slots.map((s) => s.points)).toEqual([0, 1, 4]);
  });
});

describe('statuses', () => {
  it('a dns driver scores 0 and breaks the perfect podium; dnf and dsq score by listed position', () => {
    const dns = { raceId: R1_GF, classification: classification(LONDON_ORDER, { 'valerio-gallo': 'dns' }) };
    const dnf = {
      raceId: R1_GF,
      classification: classification(LONDON_ORDER, { 'valerio-gallo': 'dnf', 'pol-urra': 'dsq' }),
    };
    const points = (result: RaceResult) =>
      Object.fromEntries(table(classic, [result]).rows.map((r) => [r.memberId, r.points]));
    expect(points(dns)).toMatchObject({ alice: 6, bob: 2, dave: 0 }); // Gallo's 3, bonus 2 and Dave's 1 gone
    expect(points(dnf)).toMatchObject({ alice: 11, bob: 5, dave: 1 });
    expect(gradePick(picks[0]!, dns, classic, { name: names }).slots[2]).toEqual({
      ...slotLine(3, 'valerio-gallo', 'Valerio Gallo', null, 'unclassified', 0),
      status: 'dns',
    });
    const dsq = gradePick(picks[0]!, dnf, classic, { name: names });
    expect(dsq.slots[1]).toEqual({ ...slotLine(2, 'pol-urra', 'Pol Urra', 2, 'exact', 3), status: 'dsq' });
    expect(dsq.slots[2]).toMatchObject({ status: 'dnf', actual: 3, outcome: 'exact', points: 3 });
  });
});

describe('missed race', () => {
  it('zero by default, or the lowest score any member made on that race', () => {
    const judy = (rules: ScoringRules) => table(rules).rows.find((r) => r.memberId === 'judy')!;
    expect(judy(classic)).toMatchObject({ points: 0, missedRaces: 1, picksCounted: 0 });
    expect(judy({ ...classic, missedRace: 'lowest' })).toMatchObject({ points: 1, missedRaces: 1 }); // Dave's 1
    expect(judy({ ...distance, missedRace: 'lowest' }).points).toBe(45); // Dave's 45
    const league = compileLeague({ season, members, picks });
    expect(explainRace(league, [london], { ...classic, missedRace: 'lowest' }, 'judy', R1_GF)).toEqual({
      kind: 'missed',
      points: 1,
      lowestRule: true,
      joker: false,
    });
    expect(explainRace(league, [london], classic, 'judy', R1_GF)).toEqual({
      kind: 'missed',
      points: 0,
      lowestRule: false,
      joker: false,
    });
  });

  it('a pick made at or after the start does not count, unless locks are ignored (replay)', () => {
    // The London Grand Final starts at 2025-06-07T15:00:00Z in the built-in season.
    const late = [
      pick('judy', R1_GF, ['jose-serrano', 'pol-urra', 'valerio-gallo'], { madeAt: '2025-06-07T15:00:00Z' }),
      pick('judy', R1_GF, ['pol-urra', 'jose-serrano', 'valerio-gallo'], {
        madeAt: '2025-06-07T14:59:59.999Z',
      }),
    ];
    const judy = (ignoreLocks: boolean) =>
      computeStandings({
        season,
        members,
        picks: [...picks, ...late],
        results: [london],
        rules: classic,
        ignoreLocks,
      }).rows.find((r) => r.memberId === 'judy')!.points;
    expect(judy(false)).toBe(5); // the 14:59:59.999 pick counts
    expect(judy(true)).toBe(11); // replay: the newest pick counts
    const league = compileLeague({ season, members, picks: late });
    expect(league.ignored.map((i) => i.reason)).toEqual(['late']);
  });
});

// A made-up Round 2 result to have two graded rounds.
const berlin: RaceResult = {
  raceId: R2_GF,
  classification: classification([
    'valerio-gallo',
    'jose-serrano',
    'kaj-de-bruin',
    ...LONDON_ORDER.filter((d) => !['valerio-gallo', 'jose-serrano', 'kaj-de-bruin'].includes(d)),
  ]),
};
const twoRoundPicks: Pick[] = [
  pick('alice', R1_GF, ['jose-serrano', 'pol-urra', 'valerio-gallo'], { joker: true }), // 11
  pick('alice', R2_GF, ['jose-serrano', 'valerio-gallo', 'kaj-de-bruin'], { madeAt: '2025-09-01T10:00:00Z' }), // 1+1+3 = 5
  pick('bob', R1_GF, ['pol-urra', 'jose-serrano', 'valerio-gallo']), // 5
  pick('bob', R2_GF, ['valerio-gallo', 'jose-serrano', 'kaj-de-bruin'], {
    madeAt: '2025-09-01T10:00:00Z',
    joker: true,
  }), // 11
];

describe('joker', () => {
  const run = (rules: ScoringRules) =>
    computeStandings({
      season,
      members: [member('alice'), member('bob')],
      picks: twoRoundPicks,
      results: [london, berlin],
      rules,
    });

  it('doubles the round the member marked', () => {
    const s = run({ ...classic, joker: true });
    expect(s.rows.map((r) => [r.memberId, r.points, r.jokerRoundId])).toEqual([
      // 11×2 + 5 and 5 + 11×2; both have 4 exact, 1 perfect podium, 1 winner: shared rank, by name.
      ['alice', 27, 'gtws-2025-r1'],
      ['bob', 27, 'gtws-2025-r2'],
    ]);
    expect(s.rows.map((r) => r.rank)).toEqual([1, 1]);
    expect(s.rows[0]!.byRace).toEqual({ [R1_GF]: 22, [R2_GF]: 5 });
    expect(s.rows[0]!.byRound).toEqual({ 'gtws-2025-r1': 22, 'gtws-2025-r2': 5 });
  });

  it('is ignored when the rules do not use jokers', () => {
    const s = run(classic);
    expect(s.rows.map((r) => [r.memberId, r.points, r.jokerRoundId])).toEqual([
      ['alice', 16, null],
      ['bob', 16, null],
    ]);
  });

  it('explains the joker line', () => {
    const league = compileLeague({ season, members: [member('alice'), member('bob')], picks: twoRoundPicks });
    const e = explainRace(league, [london, berlin], { ...classic, joker: true }, 'alice', R1_GF, names);
    // The joker line adds the race score again: 11 doubled is 22.
    expect(e.kind === 'pick' && e.breakdown.bonuses).toEqual([
      { kind: 'perfect', points: 2 },
      { kind: 'joker', points: 11 },
    ]);
    expect(e.kind === 'pick' && [e.breakdown.raceScore, e.breakdown.total]).toEqual([11, 22]);
  });
});

describe('drop worst rounds', () => {
  it('drops unplayed rounds first, so early in the season nothing changes', () => {
    const s = computeStandings({
      season,
      members: [member('alice')],
      picks: twoRoundPicks,
      results: [london, berlin],
      rules: { ...classic, dropWorst: 2 },
    });
    expect(s.rows[0]).toMatchObject({ points: 16, droppedRoundIds: [] });
  });

  it('drops the worst played round once it is among the worst', () => {
    const races = [R1_GF, R2_GF].map((id) => season.rounds.flatMap((r) => r.races).find((r) => r.id === id)!);
    const s = computeStandings({
      races,
      members: [member('alice'), member('bob')],
      picks: twoRoundPicks,
      results: [london, berlin],
      rules: { ...classic, dropWorst: 1 },
    });
    expect(s.rows.map((r) => [r.memberId, r.points, r.droppedRoundIds])).toEqual([
      ['alice', 11, ['gtws-2025-r2']], // keeps London 11, drops Berlin 5
      ['bob', 11, ['gtws-2025-r1']], // keeps Berlin 11, drops London 5
    ]);
    // Tie-breaks count every graded race, dropped or not: both 4 exact, 1 perfect, 1 winner.
    expect(s.rows.map((r) => r.rank)).toEqual([1, 1]);
  });
});

describe('unique bonus', () => {
  it('doubles an exact slot nobody else picked', () => {
    const three = ['alice', 'bob', 'carol'].map(member);
    const s = computeStandings({
      season,
      members: three,
      picks,
      results: [london],
      rules: { ...classic, uniqueBonus: true },
    });
    expect(s.rows.map((r) => [r.memberId, r.points])).toEqual([
      ['alice', 14], // Serrano 3 (carol too), Urra 3×2 unique, Gallo 3 (bob too), perfect 2
      ['bob', 5], // Gallo exact but shared with alice
      ['carol', 3], // Serrano exact but shared with alice
    ]);
    const league = compileLeague({ season, members: three, picks });
    const e = explainRace(league, [london], { ...classic, uniqueBonus: true }, 'alice', R1_GF, names);
    // Urra exact in P2 and nobody else picked him there: 3 doubled.
    expect(e.kind === 'pick' && e.breakdown.slots[1]).toEqual({
      ...slotLine(2, 'pol-urra', 'Pol Urra', 2, 'exact', 6),
      unique: true,
    });
    // Serrano exact in P1, but carol picked him there too: not doubled.
    expect(e.kind === 'pick' && e.breakdown.slots[0]).toMatchObject({ unique: false, points: 3 });
  });
});

describe('who can still win, other presets, diffs', () => {
  it('bounds the points still available', () => {
    const s = table(classic);
    // 5 pickable races left in 2025 (R2, R3 Grand Finals, 3 World Finals races), 11 each.
    expect(s.remainingRaceIds).toHaveLength(5);
    expect(s.rows[0]).toMatchObject({ memberId: 'alice', maxRemaining: 55, maxPossible: 66, canWin: true });
    expect(s.rows.every((r) => r.canWin)).toBe(true);
    expect(maxRaceScore(classic)).toBe(11);
    expect(maxRaceScore(proximity)).toBe(19);
    expect(maxRaceScore(distance)).toBe(75);
  });

  it('says who can no longer win when nothing is left', () => {
    const races = [season.rounds[0]!.races[2]!];
    const s = computeStandings({ races, members, picks, results: [london], rules: classic });
    expect(s.rows.filter((r) => r.canWin).map((r) => r.memberId)).toEqual(['alice']);
  });

  it('re-ranks the same picks under another preset and diffs the tables', () => {
    const league = compileLeague({ season, members, picks });
    const before = gradeLeague(league, [london], classic);
    const after = standingsUnderPreset(league, [london], classic, 'distance');
    const moves = diffStandings(before, after);
    expect(moves.find((m) => m.memberId === 'eve')).toEqual({
      memberId: 'eve',
      name: 'Eve',
      rankBefore: 2,
      rankAfter: 6,
      rankChange: -4,
      pointsBefore: 6,
      pointsAfter: 50,
      pointsChange: 44,
    });
    expect(moves.find((m) => m.memberId === 'bob')).toMatchObject({
      rankBefore: 3,
      rankAfter: 2,
      rankChange: 1,
    });
  });

  it('shows who gained and lost when a corrected result is re-imported', () => {
    const league = compileLeague({ season, members, picks });
    const corrected: RaceResult = {
      raceId: R1_GF,
      classification: classification(['pol-urra', 'jose-serrano', ...LONDON_ORDER.slice(2)]),
    };
    const moves = diffStandings(
      gradeLeague(league, [london], classic),
      gradeLeague(league, [london, corrected], classic),
    );
    // The corrected result (last one wins) swaps Serrano and Urra: Bob 1+... now 3+3+3+2 = 11.
    expect(moves.find((m) => m.memberId === 'bob')).toMatchObject({
      pointsBefore: 5,
      pointsAfter: 11,
      rankAfter: 1,
    });
    expect(moves.find((m) => m.memberId === 'alice')).toMatchObject({ pointsBefore: 11, pointsAfter: 5 });
  });
});
