/**
 * The standings path: grades every counted pick of a
 * compiled league against the results and ranks the members. Integer ids and
 * typed arrays only; no object is created per pick. Explanations of single
 * picks are built on demand by ./breakdown.ts from the same formulas.
 */
import type { Cup, RaceResult } from '../domain/types';
import { compileLeague, type CompiledLeague, type LeagueInput } from './compile';
import { fromThousandths, toThousandths } from './points';
import { leagueCups, withPreset, type PresetId, type ScoringRules } from './rules';
import { compileRules } from './slot-points';
import { isGradable } from './gradable';
import type { Standings, StandingsRow } from './standings-types';

/** Finishing positions of every interned entry in every graded race: `pos[race * entries + entry]`, 0 = unclassified. */
interface ResultGrid {
  pos: Int32Array;
  graded: Uint8Array;
}

function buildResultGrid(
  league: CompiledLeague,
  results: readonly RaceResult[],
  clampTo: number,
): ResultGrid {
  const E = league.entryIds.length;
  const pos = new Int32Array(league.raceCount * E);
  const graded = new Uint8Array(league.raceCount);
  for (const result of results) {
    const r = league.raceIndex.get(result.raceId);
    if (r === undefined || !isGradable(result)) continue;
    // One result per race: a repeated race means a re-import, and the last one wins.
    pos.fill(0, r * E, (r + 1) * E);
    graded[r] = 1;
    for (const row of result.classification) {
      const e = league.entryIndex.get(row.driverId);
      // Entries nobody picked cannot change any score.
      if (e === undefined || row.status === 'dns') continue;
      if (!Number.isInteger(row.position) || row.position < 1) continue;
      const cell = r * E + e;
      if (pos[cell] === 0) pos[cell] = Math.min(row.position, clampTo);
    }
  }
  return { pos, graded };
}

const NO_ROUNDS: number[] = [];

/** What scoring one cell needs: the result grid, unique-bonus counts and the compiled rules. */
interface ScoreGrid {
  pos: Int32Array;
  counts: Int32Array;
  unique: boolean;
  lut: Float64Array;
  L: number;
  E: number;
  perfectBonus: number;
  sameThreeBonus: number;
}

/** Score in thousandths of a counted pick (entries a, b, c) on graded race r: slots, unique bonus, podium bonus. */
function cellScore(g: ScoreGrid, r: number, a: number, b: number, c: number): number {
  const base = r * g.E;
  const x1 = g.pos[base + a]!;
  const x2 = g.pos[base + b]!;
  const x3 = g.pos[base + c]!;
  const L = g.L;
  let s1 = g.lut[x1]!;
  let s2 = g.lut[L + x2]!;
  let s3 = g.lut[2 * L + x3]!;
  if (g.unique) {
    const cb = r * 3 * g.E;
    if (x1 === 1 && g.counts[cb + a] === 1) s1 *= 2;
    if (x2 === 2 && g.counts[cb + g.E + b] === 1) s2 *= 2;
    if (x3 === 3 && g.counts[cb + 2 * g.E + c] === 1) s3 *= 2;
  }
  const score = s1 + s2 + s3;
  if (x1 === 1 && x2 === 2 && x3 === 3) return score + g.perfectBonus;
  if (x1 >= 1 && x1 <= 3 && x2 >= 1 && x2 <= 3 && x3 >= 1 && x3 <= 3) return score + g.sameThreeBonus;
  return score;
}

/** Grades a compiled league. Pure: the same inputs give the same table whatever their order. */
export function gradeLeague(
  league: CompiledLeague,
  results: readonly RaceResult[],
  rules: ScoringRules,
): Standings {
  const cr = compileRules(rules);
  const L = cr.lutSize;
  const lut = cr.slotLut;
  const M = league.memberCount;
  const R = league.raceCount;
  const K = league.rounds.length;
  const E = league.entryIds.length;
  const { p1, p2, p3, raceRound } = league;
  const { pos, graded } = buildResultGrid(league, results, L - 1);
  const perfectBonus = cr.perfectBonus;
  const sameThreeBonus = cr.sameThreeBonus;

  // Unique bonus: how many members picked each entry in each slot of each race.
  const unique = rules.uniqueBonus;
  const counts = unique ? new Int32Array(R * 3 * E) : new Int32Array(0);
  if (unique) {
    for (let cell = 0, r = 0; cell < M * R; cell++, r = r + 1 === R ? 0 : r + 1) {
      const a = p1[cell]!;
      if (a < 0 || graded[r] === 0) continue;
      const base = r * 3 * E;
      counts[base + a]!++;
      counts[base + E + p2[cell]!]!++;
      counts[base + 2 * E + p3[cell]!]!++;
    }
  }

  const grid: ScoreGrid = { pos, counts, unique, lut, L, E, perfectBonus, sameThreeBonus };
  // Every score below is in whole thousandths (./points.ts): sums are exact in any order.
  // No per-cell array is kept: a row's byRace recomputes its own cells when read, so a
  // grade allocates per member and per round only (large buffers would trigger full GCs).
  const exact = new Int32Array(M);
  const perfect = new Int32Array(M);
  const winners = new Int32Array(M);
  const counted = new Int32Array(M);
  const raceMin = new Float64Array(R).fill(Infinity);
  // Round totals of picked races are summed in the same pass; missed races are added below.
  const roundTotals = new Float64Array(M * K);
  // Only graded races are visited, each with its row offset into `pos` and its round.
  const gradedList: number[] = [];
  for (let r = 0; r < R; r++) if (graded[r] === 1) gradedList.push(r);
  const G = gradedList.length;
  const gradedRace = Int32Array.from(gradedList);
  const gradedBase = Int32Array.from(gradedList, (r) => r * E);
  const gradedRound = Int32Array.from(gradedList, (r) => raceRound[r]!);
  const lowestMissed = rules.missedRace === 'lowest';

  gradeCells(
    league,
    podiumGrids(pos, cr),
    unique ? counts : null,
    gradedRace,
    gradedBase,
    gradedRound,
    lowestMissed,
    roundTotals,
    raceMin,
    exact,
    perfect,
    winners,
    counted,
  );

  // Missed races, round totals, joker, dropped rounds and what is still available.
  const fill = new Float64Array(R);
  for (let r = 0; r < R; r++) fill[r] = lowestMissed && raceMin[r] !== Infinity ? raceMin[r]! : 0;
  const maxRace = unique ? cr.maxRaceUnique : cr.maxRace;
  const remainingMax = new Float64Array(K);
  const played = new Uint8Array(K);
  for (let r = 0; r < R; r++) {
    if (graded[r] === 0) remainingMax[raceRound[r]!]! += maxRace;
    else played[raceRound[r]!] = 1;
  }
  const drop = Math.min(rules.dropWorst, Math.max(0, K - 1));
  const points = new Float64Array(M);
  const maxPossible = new Float64Array(M);
  const missed = new Int32Array(M);
  const dropped: number[][] = new Array<number[]>(M);
  const best = new Float64Array(K);
  const order = new Int32Array(K);

  for (let m = 0; m < M; m++) {
    const row = m * R;
    const rt = m * K;
    let miss = 0;
    if (counted[m]! < G) {
      for (let r = 0; r < R; r++) {
        const cell = row + r;
        if (graded[r] === 0 || p1[cell]! >= 0) continue;
        roundTotals[rt + raceRound[r]!]! += fill[r]!;
        miss++;
      }
    }
    missed[m] = miss;
    const joker = rules.joker ? league.jokerRound[m]! : -1;
    if (joker >= 0) roundTotals[rt + joker]! *= 2;

    let jokerForBest = joker;
    if (rules.joker && joker < 0) {
      // Unplayed joker: assume it lands where it gains most (an upper bound).
      let gain = 0;
      for (let k = 0; k < K; k++) {
        const g = remainingMax[k]! > 0 ? roundTotals[rt + k]! + remainingMax[k]! : 0;
        if (g > gain) {
          gain = g;
          jokerForBest = k;
        }
      }
    }
    for (let k = 0; k < K; k++) {
      const current = roundTotals[rt + k]!;
      const extra = remainingMax[k]! * (k === joker ? 2 : 1);
      best[k] = k === jokerForBest && k !== joker ? (current + extra) * 2 : current + extra;
    }

    if (drop === 0) {
      let sum = 0;
      let bestSum = 0;
      for (let k = 0; k < K; k++) {
        sum += roundTotals[rt + k]!;
        bestSum += best[k]!;
      }
      points[m] = sum;
      maxPossible[m] = bestSum;
      dropped[m] = NO_ROUNDS;
    } else {
      const worst = lowestRounds(roundTotals, rt, K, played, drop, order);
      let sum = 0;
      const list: number[] = [];
      for (let k = 0; k < K; k++) sum += roundTotals[rt + k]!;
      for (let i = 0; i < drop; i++) {
        const k = worst[i]!;
        sum -= roundTotals[rt + k]!;
        if (played[k] === 1) list.push(k);
      }
      points[m] = sum;
      dropped[m] = list.sort((a, b) => a - b);
      const worstBest = lowestRounds(best, 0, K, played, drop, order);
      let bestSum = 0;
      for (let k = 0; k < K; k++) bestSum += best[k]!;
      for (let i = 0; i < drop; i++) bestSum -= best[worstBest[i]!]!;
      maxPossible[m] = bestSum;
    }
  }

  return buildStandings(league, rules, fromThousandths(cr.maxRace), {
    grid,
    fill,
    roundTotals,
    graded,
    points,
    exact,
    perfect,
    winners,
    counted,
    missed,
    maxPossible,
    dropped,
  });
}

/**
 * What the hot loop reads instead of positions: for each slot, race and entry
 * `(slot points << 2) | podium place` (place 0 off the podium), and for each
 * combination of the three podium places (`q1 << 4 | q2 << 2 | q3`) the podium
 * bonus and the counts. Table lookups instead of comparisons: random picks make
 * every comparison a branch the processor cannot predict.
 */
interface PodiumGrids {
  slot1: Int32Array;
  slot2: Int32Array;
  slot3: Int32Array;
  /** Podium bonus in thousandths by place combination. */
  bonus: Int32Array;
  /** Exact slots (bits 0–1), perfect podium (bit 2), winner exact (bit 3), by place combination. */
  stats: Int32Array;
}

function podiumGrids(pos: Int32Array, cr: ReturnType<typeof compileRules>): PodiumGrids {
  const L = cr.lutSize;
  const n = pos.length;
  const slot1 = new Int32Array(n);
  const slot2 = new Int32Array(n);
  const slot3 = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = pos[i]!;
    const q = x >= 1 && x <= 3 ? x : 0;
    // Slot points are whole thousandths of at most 1,000 points: far inside 29 bits.
    slot1[i] = (cr.slotLut[x]! << 2) | q;
    slot2[i] = (cr.slotLut[L + x]! << 2) | q;
    slot3[i] = (cr.slotLut[2 * L + x]! << 2) | q;
  }
  const bonus = new Int32Array(64);
  const stats = new Int32Array(64);
  for (let q1 = 0; q1 < 4; q1++)
    for (let q2 = 0; q2 < 4; q2++)
      for (let q3 = 0; q3 < 4; q3++) {
        const key = (q1 << 4) | (q2 << 2) | q3;
        const hits = (q1 === 1 ? 1 : 0) + (q2 === 2 ? 1 : 0) + (q3 === 3 ? 1 : 0);
        // The same rule as cellScore: all three exact, else all three on the podium.
        bonus[key] = hits === 3 ? cr.perfectBonus : q1 > 0 && q2 > 0 && q3 > 0 ? cr.sameThreeBonus : 0;
        stats[key] = hits | (hits === 3 ? 4 : 0) | (q1 === 1 ? 8 : 0);
      }
  return { slot1, slot2, slot3, bonus, stats };
}

/**
 * The hot loop: every counted pick of every graded race, summed per member
 * and round. The same sums as {@link cellScore} (which byRace and the
 * breakdown use), read from {@link PodiumGrids}; `uniqueCounts` (how many
 * members picked each entry in each slot of each race) when the unique bonus is on.
 */
function gradeCells(
  league: CompiledLeague,
  grids: PodiumGrids,
  uniqueCounts: Int32Array | null,
  gradedRace: Int32Array,
  gradedBase: Int32Array,
  gradedRound: Int32Array,
  lowestMissed: boolean,
  roundTotals: Float64Array,
  raceMin: Float64Array,
  exact: Int32Array,
  perfect: Int32Array,
  winners: Int32Array,
  counted: Int32Array,
): void {
  const { p1, p2, p3, memberCount: M, raceCount: R } = league;
  const K = league.rounds.length;
  const { slot1, slot2, slot3, bonus, stats } = grids;
  const G = gradedRace.length;
  const E = league.entryIds.length;
  for (let m = 0; m < M; m++) {
    const row = m * R;
    const rt = m * K;
    let ex = 0;
    let pf = 0;
    let wn = 0;
    let n = 0;
    // The current round's sum stays in a local: races of a round come one after another.
    let round = -1;
    let sum = 0;
    for (let i = 0; i < G; i++) {
      const cell = row + gradedRace[i]!;
      const a = p1[cell]!;
      if (a < 0) continue;
      const base = gradedBase[i]!;
      const b = p2[cell]!;
      const c = p3[cell]!;
      const v1 = slot1[base + a]!;
      const v2 = slot2[base + b]!;
      const v3 = slot3[base + c]!;
      const key = ((v1 & 3) << 4) | ((v2 & 3) << 2) | (v3 & 3);
      let s1 = v1 >> 2;
      let s2 = v2 >> 2;
      let s3 = v3 >> 2;
      if (uniqueCounts !== null) {
        // An exact slot nobody else picked scores double.
        const cb = 3 * base;
        if ((v1 & 3) === 1 && uniqueCounts[cb + a] === 1) s1 *= 2;
        if ((v2 & 3) === 2 && uniqueCounts[cb + E + b] === 1) s2 *= 2;
        if ((v3 & 3) === 3 && uniqueCounts[cb + 2 * E + c] === 1) s3 *= 2;
      }
      const score = s1 + s2 + s3 + bonus[key]!;
      const st = stats[key]!;
      ex += st & 3;
      pf += (st >> 2) & 1;
      wn += st >> 3;
      const k = gradedRound[i]!;
      if (k !== round) {
        if (round >= 0) roundTotals[rt + round]! += sum;
        round = k;
        sum = 0;
      }
      sum += score;
      if (lowestMissed && score < raceMin[gradedRace[i]!]!) raceMin[gradedRace[i]!] = score;
      n++;
    }
    if (round >= 0) roundTotals[rt + round]! += sum;
    exact[m] = ex;
    perfect[m] = pf;
    winners[m] = wn;
    counted[m] = n;
  }
}

/**
 * Indices of the `n` lowest rounds: lowest total first; among equal totals an
 * unplayed round (still 0) goes before a played one, then the later round.
 */
function lowestRounds(
  totals: Float64Array,
  offset: number,
  K: number,
  played: Uint8Array,
  n: number,
  order: Int32Array,
): Int32Array {
  for (let k = 0; k < K; k++) order[k] = k;
  const before = (x: number, y: number) => {
    const tx = totals[offset + x]!;
    const ty = totals[offset + y]!;
    if (tx !== ty) return tx < ty;
    if (played[x] !== played[y]) return played[x] === 0;
    return x > y;
  };
  // Insertion sort: a season has a handful of rounds.
  for (let i = 1; i < K; i++) {
    const v = order[i]!;
    let j = i - 1;
    while (j >= 0 && before(v, order[j]!)) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = v;
  }
  return order.subarray(0, n);
}

interface Graded {
  grid: ScoreGrid;
  /** Score of a missed race (0, or the race's lowest under `missedRace: 'lowest'`). */
  fill: Float64Array;
  roundTotals: Float64Array;
  graded: Uint8Array;
  points: Float64Array;
  exact: Int32Array;
  perfect: Int32Array;
  winners: Int32Array;
  counted: Int32Array;
  missed: Int32Array;
  maxPossible: Float64Array;
  dropped: number[][];
}

/** Tie-break order of the standings; members equal on all four share a rank. */
function compareMembers(g: Graded, a: number, b: number): number {
  return (
    g.points[b]! - g.points[a]! ||
    g.exact[b]! - g.exact[a]! ||
    g.perfect[b]! - g.perfect[a]! ||
    g.winners[b]! - g.winners[a]!
  );
}

/**
 * Display order of members among equals (name, then id), computed once per
 * compiled league: grading then sorts on numbers only, with no string
 * comparison per pair of members.
 */
const nameOrders = new WeakMap<CompiledLeague, NameOrder>();

interface NameOrder {
  /** Position of each member in name order. */
  rank: Int32Array;
  /** Members in name order. */
  members: Int32Array;
}

function nameOrderOf(league: CompiledLeague): NameOrder {
  let order = nameOrders.get(league);
  if (order === undefined) {
    const members = league.members;
    const byName = Array.from({ length: league.memberCount }, (_, i) => i);
    byName.sort((a, b) => {
      const na = members[a]!.name;
      const nb = members[b]!.name;
      if (na !== nb) return na < nb ? -1 : 1;
      const ia = members[a]!.id;
      const ib = members[b]!.id;
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    });
    const rank = new Int32Array(league.memberCount);
    for (let i = 0; i < byName.length; i++) rank[byName[i]!] = i;
    order = { rank, members: Int32Array.from(byName) };
    nameOrders.set(league, order);
  }
  return order;
}

const DIGIT = 65_536;

/**
 * Members in standings order: points, exact slots, perfect podiums and winners,
 * all descending, then name order. The four numbers are whole (points in
 * thousandths), so they pack into one integer key; a stable radix sort of
 * the members, taken in name order, then needs no comparison at all. A small
 * league, or a key that would not stay exact in a double, is sorted by comparison.
 */
function standingsOrder(g: Graded, names: NameOrder): Int32Array {
  const { points, exact, perfect, winners } = g;
  const M = points.length;
  let maxPoints = 0;
  let maxExact = 0;
  let maxPerfect = 0;
  let maxWinners = 0;
  for (let m = 0; m < M; m++) {
    if (points[m]! > maxPoints) maxPoints = points[m]!;
    if (exact[m]! > maxExact) maxExact = exact[m]!;
    if (perfect[m]! > maxPerfect) maxPerfect = perfect[m]!;
    if (winners[m]! > maxWinners) maxWinners = winners[m]!;
  }
  const s1 = maxWinners + 1;
  const s2 = s1 * (maxPerfect + 1);
  const s3 = s2 * (maxExact + 1);
  const maxKey = maxPoints * s3 + s3 - 1;
  let minPoints = Infinity;
  for (let m = 0; m < M; m++) if (points[m]! < minPoints) minPoints = points[m]!;
  // A small league sorts faster by comparison than through passes over 65,536 buckets, which
  // in a fresh process (`podium standings`) also run cold.
  const small = M < 256;
  if (small || !(maxKey < Number.MAX_SAFE_INTEGER) || !(minPoints >= 0) || !Number.isInteger(maxPoints)) {
    const order = names.members.slice();
    const rank = names.rank;
    return order.sort(
      (a, b) =>
        points[b]! - points[a]! ||
        exact[b]! - exact[a]! ||
        perfect[b]! - perfect[a]! ||
        winners[b]! - winners[a]! ||
        rank[a]! - rank[b]!,
    );
  }
  // Ascending order of `maxKey − key` is descending order of the four numbers.
  const key = new Float64Array(M);
  for (let m = 0; m < M; m++)
    key[m] = maxKey - (points[m]! * s3 + exact[m]! * s2 + perfect[m]! * s1 + winners[m]!);
  let from = names.members.slice();
  let to = new Int32Array(M);
  const count = new Int32Array(DIGIT);
  for (let unit = 1; unit <= maxKey; unit *= DIGIT) {
    count.fill(0);
    for (let i = 0; i < M; i++) count[Math.floor(key[from[i]!]! / unit) % DIGIT]!++;
    for (let d = 0, at = 0; d < DIGIT; d++) {
      const n = count[d]!;
      count[d] = at;
      at += n;
    }
    for (let i = 0; i < M; i++) {
      const m = from[i]!;
      to[count[Math.floor(key[m]! / unit) % DIGIT]!++] = m;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  return from;
}

function buildStandings(league: CompiledLeague, rules: ScoringRules, maxRace: number, g: Graded): Standings {
  const M = league.memberCount;
  const R = league.raceCount;
  const K = league.rounds.length;
  const order = standingsOrder(g, nameOrderOf(league));

  let top1 = -Infinity;
  let top1Count = 0;
  let top2 = -Infinity;
  for (let m = 0; m < M; m++) {
    const p = g.points[m]!;
    if (p > top1) {
      top2 = top1;
      top1 = p;
      top1Count = 1;
    } else if (p === top1) top1Count++;
    else if (p > top2) top2 = p;
  }

  const gradedRaces: number[] = [];
  const remainingRaceIds: string[] = [];
  for (let r = 0; r < R; r++) {
    if (g.graded[r] === 1) gradedRaces.push(r);
    else remainingRaceIds.push(league.races[r]!.id);
  }
  const gradedRounds: number[] = [];
  for (let k = 0; k < K; k++)
    if (league.rounds[k]!.races.some((r) => g.graded[r] === 1)) gradedRounds.push(k);

  const view: RowView = { league, g, gradedRaces, gradedRounds };
  const rows: StandingsRow[] = new Array<StandingsRow>(M);
  let rank = 1;
  for (let i = 0; i < M; i++) {
    const m = order[i]!;
    if (i > 0 && compareMembers(g, order[i - 1]!, m) !== 0) rank = i + 1;
    const joker = rules.joker ? league.jokerRound[m]! : -1;
    const others = g.points[m] === top1 && top1Count === 1 ? top2 : top1;
    rows[i] = new Row(view, m, joker, rank, M === 1 || g.maxPossible[m]! >= others);
  }

  return {
    rules,
    rows,
    gradedRaceIds: gradedRaces.map((r) => league.races[r]!.id),
    remainingRaceIds,
    maxRaceScore: maxRace,
  };
}

interface RowView {
  league: CompiledLeague;
  g: Graded;
  gradedRaces: number[];
  gradedRounds: number[];
}

/**
 * A standings row over the engine's arrays. `byRace` and `byRound` are built
 * on first read: 10,000 members × 100 races would otherwise be a million
 * properties on every recompute. `toJSON` gives the plain object (for files,
 * IPC, structured clones use {@link toPlainRow}).
 */
class Row implements StandingsRow {
  readonly rank: number;
  readonly memberId: string;
  readonly name: string;
  readonly points: number;
  readonly exact: number;
  readonly perfectPodiums: number;
  readonly winners: number;
  readonly jokerRoundId: string | null;
  readonly picksCounted: number;
  readonly missedRaces: number;
  readonly maxRemaining: number;
  readonly maxPossible: number;
  readonly canWin: boolean;
  readonly #view: RowView;
  readonly #m: number;
  readonly #joker: number;
  #byRace: Record<string, number> | undefined;
  #byRound: Record<string, number> | undefined;
  #byCup: Partial<Record<Cup, number>> | undefined;
  #dropped: string[] | undefined;

  constructor(view: RowView, m: number, joker: number, rank: number, canWin: boolean) {
    const { league, g } = view;
    this.#view = view;
    this.#m = m;
    this.#joker = joker;
    this.rank = rank;
    this.memberId = league.members[m]!.id;
    this.name = league.members[m]!.name;
    this.points = fromThousandths(g.points[m]!);
    this.exact = g.exact[m]!;
    this.perfectPodiums = g.perfect[m]!;
    this.winners = g.winners[m]!;
    this.jokerRoundId = joker >= 0 ? league.rounds[joker]!.id : null;
    this.picksCounted = g.counted[m]!;
    this.missedRaces = g.missed[m]!;
    this.maxRemaining = fromThousandths(g.maxPossible[m]! - g.points[m]!);
    this.maxPossible = fromThousandths(g.maxPossible[m]!);
    this.canWin = canWin;
  }

  get byRace(): Record<string, number> {
    if (this.#byRace === undefined) {
      const { league, g, gradedRaces } = this.#view;
      const R = league.raceCount;
      const { p1, p2, p3 } = league;
      const out: Record<string, number> = {};
      for (const r of gradedRaces) {
        const cell = this.#m * R + r;
        const a = p1[cell]!;
        const score = a < 0 ? g.fill[r]! : cellScore(g.grid, r, a, p2[cell]!, p3[cell]!);
        out[league.races[r]!.id] = fromThousandths(league.raceRound[r] === this.#joker ? score * 2 : score);
      }
      this.#byRace = out;
    }
    return this.#byRace;
  }

  /** Built on first read too: most rows have none, and 10,000 empty arrays per grade add up. */
  get droppedRoundIds(): string[] {
    if (this.#dropped === undefined) {
      const { league, g } = this.#view;
      this.#dropped = g.dropped[this.#m]!.map((k) => league.rounds[k]!.id);
    }
    return this.#dropped;
  }

  get byRound(): Record<string, number> {
    if (this.#byRound === undefined) {
      const { league, g, gradedRounds } = this.#view;
      const K = league.rounds.length;
      const out: Record<string, number> = {};
      for (const k of gradedRounds)
        out[league.rounds[k]!.id] = fromThousandths(g.roundTotals[this.#m * K + k]!);
      this.#byRound = out;
    }
    return this.#byRound;
  }

  get byCup(): Partial<Record<Cup, number>> {
    if (this.#byCup === undefined)
      this.#byCup = splitByCup(this.#view.league, this.byRace, this.droppedRoundIds);
    return this.#byCup;
  }

  toJSON(): StandingsRow {
    return toPlainRow(this);
  }
}

/** Per-cup totals of one member's race points, summed in thousandths so they add up to the total exactly. */
function splitByCup(
  league: CompiledLeague,
  byRace: Record<string, number>,
  droppedRoundIds: readonly string[],
): Partial<Record<Cup, number>> {
  const totals = new Map<Cup, number>();
  for (const race of league.races) if (!totals.has(race.cup)) totals.set(race.cup, 0);
  for (const race of league.races) {
    const points = byRace[race.id];
    if (points === undefined || droppedRoundIds.includes(race.roundId)) continue;
    totals.set(race.cup, totals.get(race.cup)! + toThousandths(points));
  }
  const out: Partial<Record<Cup, number>> = {};
  for (const [cup, total] of totals) out[cup] = fromThousandths(total);
  return out;
}

/** A row as a plain object with every field, for JSON, IPC and structured clones. */
export function toPlainRow(row: StandingsRow): StandingsRow {
  return {
    rank: row.rank,
    memberId: row.memberId,
    name: row.name,
    points: row.points,
    exact: row.exact,
    perfectPodiums: row.perfectPodiums,
    winners: row.winners,
    byRace: row.byRace,
    byRound: row.byRound,
    byCup: row.byCup,
    jokerRoundId: row.jokerRoundId,
    droppedRoundIds: row.droppedRoundIds,
    picksCounted: row.picksCounted,
    missedRaces: row.missedRaces,
    maxRemaining: row.maxRemaining,
    maxPossible: row.maxPossible,
    canWin: row.canWin,
  };
}

/** What {@link computeStandings} needs: the league, its results and its rules. */
export interface StandingsInput extends LeagueInput {
  results: readonly RaceResult[];
  rules: ScoringRules;
}

/** Compiles and grades in one call. For repeated grading keep the {@link compileLeague} result. */
export function computeStandings(input: StandingsInput): Standings {
  const cups = input.cups ?? leagueCups(input.rules);
  return gradeLeague(compileLeague({ ...input, cups }), input.results, input.rules);
}

/** The same picks and results ranked under another preset ("what if we played distance?"). */
export function standingsUnderPreset(
  league: CompiledLeague,
  results: readonly RaceResult[],
  rules: ScoringRules,
  preset: PresetId,
): Standings {
  return gradeLeague(league, results, withPreset(rules, preset));
}
