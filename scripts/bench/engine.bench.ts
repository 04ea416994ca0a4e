/**
 * Scoring engine benches. Every figure is CPU time (user + system of this
 * process: the build machines run several jobs at once, and wall time then
 * measures the queue for a core), the median of samples that alternate with
 * their baseline. Picks are stored-like: structured clones, as IndexedDB
 * hands them over (fresh strings, a distinct time per pick).
 *
 * - cold: stored picks → ranked rows, everything included (compileLeague +
 *   gradeLeague, what `podium standings` and a first leaderboard run), against
 *   a straightforward implementation doing the same work (lock check, newest
 *   pick per member and race, scoring, tie-breaks, names);
 * - warm: re-grading an already compiled league, against a typed-array floor
 *   kernel that only sums slot points;
 * - live: one pick edited in a 1,000 × 50 league, as useStandings recomputes it
 *   (measured first, with one league on the heap, a fresh read per sample);
 * - growth: ns per pick of the cold path from 1,000 to 100,000 members.
 *
 * The cold path is also run against two open-source peers on the same data in
 * the same run (./peers: f1-prediction's own scoring code, vendored under its
 * MIT licence; race-guesser's algorithm written from its published source, as
 * it has no licence), the engine scoring under each peer's rules, checked to
 * give the same totals first.
 */
import { loadavg } from 'node:os';
import type { Member, Pick, Race, RaceResult } from '../../shared/domain/types';
import {
  compileLeague,
  compileRules,
  DEFAULT_RULES,
  gradeLeague,
  recompileLeague,
  type CompiledLeague,
  type ScoringRules,
} from '../../shared/scoring';
import { alternatingMedians, report, type Timing } from './report';
import {
  type BenchLeague,
  f1PredictionStandings,
  raceGuesserStandings,
  toF1Prediction,
  toRaceGuesser,
} from './peers';

const loadAverage = () => loadavg()[0]!.toFixed(1);
const round1 = (x: number) => Math.round(x * 10) / 10;

/** A time in ms against its baseline, both CPU medians of the same alternating run. */
function reportVersus(
  metric: string,
  ours: Timing,
  theirs: Timing,
  budget: number,
  baselineIs: string,
  note: string,
) {
  report({
    bench: 'engine',
    metric,
    value: round1(ours.cpuMs),
    unit: 'ms',
    budget,
    kind: 'max',
    baseline: round1(theirs.cpuMs),
    baselineIs,
    note: `${note}; wall medians ${round1(ours.wallMs)} / ${round1(theirs.wallMs)} ms; load average ${loadAverage()}`,
  });
}
const DRIVERS = Array.from({ length: 20 }, (_, i) => `driver-${i}`);
const START = '2030-01-01T00:00:00Z';
const START_MS = Date.parse(START);

// Deterministic pseudo-random numbers so every run grades the same league.
let seed = 42;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const threeOf = (): [string, string, string] => {
  const a = rand(20);
  let b = rand(20);
  while (b === a) b = rand(20);
  let c = rand(20);
  while (c === a || c === b) c = rand(20);
  return [DRIVERS[a]!, DRIVERS[b]!, DRIVERS[c]!];
};

type League = BenchLeague;

/** A league of `memberCount` × `raceCount` (4 races a round), every pick on time, as a database returns it. */
function makeLeague(memberCount: number, raceCount: number): League {
  const races: Race[] = Array.from({ length: raceCount }, (_, i) => ({
    id: `bench-r${Math.floor(i / 4) + 1}-nations-race${(i % 4) + 1}`,
    roundId: `bench-r${Math.floor(i / 4) + 1}`,
    cup: 'nations',
    session: 'race1',
    name: `Race ${(i % 4) + 1}`,
    track: '',
    car: '',
    laps: null,
    startsAt: START,
    pointsTable: [6, 5, 4, 3, 2, 1],
    pickable: true,
  }));
  const members: Member[] = Array.from({ length: memberCount }, (_, i) => ({
    id: `member-${i}`,
    name: `Member ${i % 997}`, // repeated names: the name tie-break is exercised
  }));
  const picks: Pick[] = [];
  for (const m of members)
    for (const race of races)
      picks.push({
        memberId: m.id,
        raceId: race.id,
        podium: threeOf(),
        madeAt: new Date(START_MS - 1000 - rand(30 * 86_400) * 1000).toISOString(),
      });
  const results: RaceResult[] = races.map((race) => {
    const order = [...DRIVERS].sort(() => rand(3) - 1);
    return {
      raceId: race.id,
      classification: order.map((driverId, i) => ({
        position: i + 1,
        driverId,
        status: 'finished' as const,
      })),
    };
  });
  // Fresh strings and objects, as a structured clone out of IndexedDB gives them.
  return structuredClone({ races, members, picks, results });
}

/**
 * The straightforward implementation of the same work, classic rules: parse
 * every time, keep the newest on-time pick per member and race, score with
 * Maps of positions, rank by points, exact, perfect podiums, winners, then name.
 */
function baselineStandings({ races, members, picks, results }: League) {
  const startOf = new Map(races.map((r) => [r.id, Date.parse(r.startsAt)]));
  const positions = new Map<string, Map<string, number>>();
  for (const result of results) {
    const byDriver = new Map<string, number>();
    for (const row of result.classification)
      if (row.status !== 'dns') byDriver.set(row.driverId, row.position);
    positions.set(result.raceId, byDriver);
  }
  const counted = new Map<string, { pick: Pick; made: number }>();
  const memberIds = new Set(members.map((m) => m.id));
  for (const pick of picks) {
    const start = startOf.get(pick.raceId);
    const made = Date.parse(pick.madeAt);
    const [a, b, c] = pick.podium;
    if (start === undefined || !memberIds.has(pick.memberId) || !(made < start)) continue;
    if (a === b || a === c || b === c) continue;
    const key = `${pick.memberId}|${pick.raceId}`;
    const before = counted.get(key);
    if (!before || made > before.made) counted.set(key, { pick, made });
  }
  const totals = new Map(
    members.map((m) => [m.id, { memberId: m.id, name: m.name, points: 0, exact: 0, perfect: 0, winners: 0 }]),
  );
  for (const { pick } of counted.values()) {
    const byDriver = positions.get(pick.raceId);
    if (!byDriver) continue;
    const row = totals.get(pick.memberId)!;
    let exact = 0;
    let points = 0;
    pick.podium.forEach((driverId, i) => {
      const actual = byDriver.get(driverId);
      if (actual === i + 1) {
        points += 3;
        exact++;
      } else if (actual !== undefined && actual <= 3) points += 1;
    });
    if (exact === 3) {
      points += 2;
      row.perfect++;
    }
    if (byDriver.get(pick.podium[0]) === 1) row.winners++;
    row.points += points;
    row.exact += exact;
  }
  return [...totals.values()].sort(
    (x, y) =>
      y.points - x.points ||
      y.exact - x.exact ||
      y.perfect - x.perfect ||
      y.winners - x.winners ||
      (x.name < y.name ? -1 : x.name > y.name ? 1 : x.memberId < y.memberId ? -1 : 1),
  );
}

const cold = (league: League, rules: ScoringRules = DEFAULT_RULES) =>
  gradeLeague(compileLeague(league), league.results, rules);

// ---- live update: one pick edited in a 1,000 × 50 league ---------------------------------
const small = makeLeague(1000, 50);
const smallCompiled = compileLeague(small);
/**
 * What useStandings derives after a change, the shared part of it: compile
 * (here: recompile against the league compiled from the read before the
 * edit), grade the table, and grade the table before the latest round (the
 * app filters that round's results out; here they are the last four).
 */
function liveUpdate(previous: CompiledLeague | undefined, league: League): void {
  const next = recompileLeague(previous, league);
  gradeLeague(next, league.results, DEFAULT_RULES);
  gradeLeague(next, league.results.slice(0, -4), DEFAULT_RULES);
}
// Measured first, while the heap holds one league as the app's does. Before each sample
// (untimed): a fresh read of the league, as IndexedDB hands it over after one pick was edited
// (fresh strings, nothing hashed yet), a different pick each time. No forced collection: the
// read is young, as it is in the app when the update runs, and both sides pay alike for it.
let edit = 0;
let read: League = small;
const readAfterEdit = () => {
  read = structuredClone(small);
  const pick = read.picks[(edit += 7919) % read.picks.length]!;
  pick.podium = [pick.podium[1], pick.podium[0], pick.podium[2]];
};
const [live, liveFull] = alternatingMedians(
  [() => liveUpdate(smallCompiled, read), () => liveUpdate(undefined, read)],
  15,
  2,
  false,
  readAfterEdit,
);
reportVersus(
  'live update after one pick changes, 1,000 members x 50 races',
  live!,
  liveFull!,
  16,
  'full compile + the same two grades',
  'recompileLeague + current and previous table (what useStandings derives); the database read and its deserialization are not included',
);

// ---- cold path, 10,000 × 100, against a same-work baseline and the peers -----------------
const big = makeLeague(10_000, 100);
const PICKS = big.picks.length;
/** f1-prediction's points: this app's proximity preset. */
const F1_RULES: ScoringRules = { ...DEFAULT_RULES, preset: 'proximity' };
/** race-guesser's points on a podium: 2 exact, 1 one place off, a unique scoring pick doubled. */
const RACE_GUESSER_RULES: ScoringRules = {
  ...DEFAULT_RULES,
  preset: 'proximity',
  overrides: { exact: 2, adjacent: 1, perfectBonus: 0, sameThreeBonus: 0 },
  uniqueBonus: true,
};
const f1Data = toF1Prediction(big);
const guessData = toRaceGuesser(big);
{
  const pointsBy = (rows: { points: number }[], id: (row: never) => string) =>
    rows
      .map((row) => `${id(row as never)}:${row.points}`)
      .sort()
      .join();
  const memberOf = (row: { memberId: string }) => row.memberId;
  const userOf = (row: { userId: string }) => row.userId;
  const agree: [string, string, string][] = [
    ['baseline', pointsBy(cold(big).rows, memberOf), pointsBy(baselineStandings(big), memberOf)],
    [
      'f1-prediction',
      pointsBy(cold(big, F1_RULES).rows, memberOf),
      pointsBy(f1PredictionStandings(f1Data), userOf),
    ],
    // The unique rules differ (race-guesser also doubles a unique one-place-off pick): compared without.
    [
      'race-guesser',
      pointsBy(cold(big, { ...RACE_GUESSER_RULES, uniqueBonus: false }).rows, memberOf),
      pointsBy(raceGuesserStandings(guessData, false), userOf),
    ],
  ];
  for (const [who, ours, theirs] of agree)
    if (ours !== theirs) throw new Error(`engine and ${who} disagree on the standings`);
}
const [coldEngine, coldBaseline, coldF1, f1Peer, coldGuess, guessPeer] = alternatingMedians(
  [
    () => void cold(big),
    () => void baselineStandings(big),
    () => void cold(big, F1_RULES),
    () => void f1PredictionStandings(f1Data),
    () => void cold(big, RACE_GUESSER_RULES),
    () => void raceGuesserStandings(guessData, true),
  ],
  5,
);
const versus: [string, typeof coldEngine, typeof coldEngine, number, string][] = [
  [
    'classic rules',
    coldEngine,
    coldBaseline,
    200,
    'Map-and-string implementation of the same work (locks, newest pick, scoring, ranking)',
  ],
  [
    'f1-prediction rules (proximity)',
    coldF1,
    f1Peer,
    200,
    "f1-prediction's scoring and leaderboard (vendored, MIT)",
  ],
  [
    'race-guesser rules (2/1, unique doubled)',
    coldGuess,
    guessPeer,
    200,
    "race-guesser's algorithm (written from its published source)",
  ],
];
for (const [rules, ours, theirs, budget, baselineIs] of versus)
  reportVersus(
    `standings from stored picks, 10,000 members x 100 races, ${rules} (cold: compile + grade)`,
    ours!,
    theirs!,
    budget,
    baselineIs,
    `${PICKS} picks`,
  );
const peers = [
  { name: 'f1-prediction', ours: coldF1!.cpuMs, theirs: f1Peer!.cpuMs },
  { name: 'race-guesser', ours: coldGuess!.cpuMs, theirs: guessPeer!.cpuMs },
].sort((a, b) => a.theirs - b.theirs);
const fasterPeer = peers[0]!;
report({
  bench: 'engine',
  metric: `cold standings time / the faster peer's (${fasterPeer.name}), same data and rules`,
  value: Math.round((fasterPeer.ours / fasterPeer.theirs) * 100) / 100,
  unit: 'x',
  budget: 0.5,
  kind: 'max',
  note: peers.map((p) => `${p.name}: ours ${round1(p.ours)} ms vs ${round1(p.theirs)} ms`).join('; '),
});

// ---- warm re-grade against a floor kernel -------------------------------------------------
const compiled = compileLeague(big);
const floorTotals = new Float64Array(compiled.memberCount);
/** The least any grader must do: three position lookups and slot points per pick, summed per member. */
function floorKernel(league: CompiledLeague, pos: Int32Array, lut: Float64Array, L: number): void {
  const { p1, p2, p3, memberCount: M, raceCount: R } = league;
  const E = league.entryIds.length;
  for (let m = 0; m < M; m++) {
    let total = 0;
    for (let r = 0, cell = m * R; r < R; r++, cell++) {
      const a = p1[cell]!;
      if (a < 0) continue;
      const base = r * E;
      total += lut[pos[base + a]!]! + lut[L + pos[base + p2[cell]!]!]! + lut[2 * L + pos[base + p3[cell]!]!]!;
    }
    floorTotals[m] = total;
  }
}
const cr = compileRules(DEFAULT_RULES);
const floorPos = new Int32Array(compiled.raceCount * compiled.entryIds.length);
big.results.forEach((result) => {
  const r = compiled.raceIndex.get(result.raceId)!;
  for (const row of result.classification) {
    const e = compiled.entryIndex.get(row.driverId);
    if (e !== undefined) floorPos[r * compiled.entryIds.length + e] = Math.min(row.position, cr.lutSize - 1);
  }
});
const [warm, floor] = alternatingMedians(
  [
    () => void gradeLeague(compiled, big.results, DEFAULT_RULES),
    () => floorKernel(compiled, floorPos, cr.slotLut, cr.lutSize),
  ],
  11,
);
const perSecond = (ms: number) => Math.round(PICKS / (ms / 1000));
report({
  bench: 'engine',
  metric: 'warm re-grade of a compiled league (picks per second)',
  value: perSecond(warm!.cpuMs),
  unit: 'picks/s',
  budget: 10_000_000,
  kind: 'min',
  baseline: perSecond(floor!.cpuMs),
  baselineIs: 'typed-array floor kernel (slot points summed, no bonuses, ranking or rows)',
  note: `${PICKS} picks; wall medians ${round1(warm!.wallMs)} / ${round1(floor!.wallMs)} ms; load average ${loadAverage()}`,
});
report({
  bench: 'engine',
  metric: 'warm re-grade time / floor kernel time',
  value: Math.round((warm!.cpuMs / floor!.cpuMs) * 100) / 100,
  unit: 'x',
  budget: 3,
  kind: 'max',
  note: `re-grade ${round1(warm!.cpuMs)} ms, floor ${round1(floor!.cpuMs)} ms CPU`,
});
const fullRules: ScoringRules = {
  preset: 'proximity',
  joker: true,
  uniqueBonus: true,
  dropWorst: 2,
  missedRace: 'lowest',
};
const [options] = alternatingMedians([() => void gradeLeague(compiled, big.results, fullRules)], 7);
report({
  bench: 'engine',
  metric: 'warm re-grade of 10,000 x 100 with every option on',
  value: round1(options!.cpuMs),
  unit: 'ms',
  budget: 200,
  kind: 'max',
  note: `proximity, joker, unique bonus, drop worst 2, missed race = lowest; wall ${round1(options!.wallMs)} ms`,
});
const [intern] = alternatingMedians([() => void compileLeague(big)], 5);
report({
  bench: 'engine',
  metric: 'interning 1,000,000 stored picks (compileLeague alone)',
  value: round1(intern!.cpuMs),
  unit: 'ms',
  budget: 1000,
  kind: 'max',
  note: `part of the cold path above; wall ${round1(intern!.wallMs)} ms`,
});

// ---- growth ----------------------------------------------------------------------------
const RACES_FOR_GROWTH = 20;
const nsPerPick: Record<number, number> = {};
for (const members of [1000, 10_000, 100_000]) {
  const league = makeLeague(members, RACES_FOR_GROWTH);
  const [t] = alternatingMedians([() => void cold(league)], members === 100_000 ? 3 : 5);
  nsPerPick[members] = Math.round((t!.cpuMs * 1e6) / league.picks.length);
}
report({
  bench: 'engine',
  metric: 'growth: cold ns per pick at 100,000 members / at 10,000',
  value: Math.round((nsPerPick[100_000]! / nsPerPick[10_000]!) * 100) / 100,
  unit: 'x',
  budget: 1.5,
  kind: 'max',
  note: `ns per pick (compile + grade, ${RACES_FOR_GROWTH} races): 1k ${nsPerPick[1000]}, 10k ${nsPerPick[10_000]}, 100k ${nsPerPick[100_000]}`,
});
