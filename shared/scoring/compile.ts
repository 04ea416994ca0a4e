/**
 * Interning a league once: members, races and entries become integer
 * indices and picks a dense member × race matrix of typed arrays. Everything
 * that does not depend on results or rules (lock check, one pick per member
 * and race, joker round) is settled here, so that {@link gradeLeague} is a
 * tight loop over numbers that can run on every render.
 */
import type { Cup, Member, Pick, Race, Season } from '../domain/types';
import { pickableRaces } from '../seasons/lookup';
import { isoToMs } from './time';

/** What the engine scores: the league's members and picks on a season's pickable races. */
export interface LeagueInput {
  /** The season; its pickable races are scored, rounds in calendar order. */
  season?: Season;
  /** Or the races to score, in calendar order (used when given, instead of the season's). */
  races?: Race[];
  members: Member[];
  picks: Pick[];
  /** Replay mode: count picks made after the race started. */
  ignoreLocks?: boolean;
  /** The league's cups (see `leagueCups`): races of other cups are not scored. Absent: the Nations Cup only. */
  cups?: readonly Cup[];
}

export type IgnoredPickReason = 'late' | 'unknownMember' | 'unknownRace' | 'invalidPodium' | 'invalidTime';

/** A pick that does not count, and why (superseded picks are only counted, not listed). */
export interface IgnoredPick {
  pick: Pick;
  reason: IgnoredPickReason;
}

export interface CompiledRound {
  id: string;
  /** Indices into {@link CompiledLeague.races}. */
  races: number[];
}

/** A league interned for grading. Arrays are indexed `member * raceCount + race`. */
export interface CompiledLeague {
  members: Member[];
  memberIndex: Map<string, number>;
  races: Race[];
  raceIndex: Map<string, number>;
  rounds: CompiledRound[];
  /** Round index of each race. */
  raceRound: Int32Array;
  entryIds: string[];
  entryIndex: Map<string, number>;
  memberCount: number;
  raceCount: number;
  /** Entry index picked for P1/P2/P3, −1 when the member has no counted pick for the race. */
  p1: Int32Array;
  p2: Int32Array;
  p3: Int32Array;
  /** The counted pick itself, for breakdowns (same index). */
  pickAt: (Pick | undefined)[];
  /** Round index the member plays their joker on, −1 if none. */
  jokerRound: Int32Array;
  ignored: IgnoredPick[];
  /** Older picks replaced by a newer one for the same member and race. */
  superseded: number;
  ignoreLocks: boolean;
}

export function orderRaces(input: LeagueInput): Race[] {
  const cups = input.cups ?? NATIONS_ONLY;
  const counts = (race: Race) => cups.includes(race.cup);
  if (input.races) return input.races.filter((race) => race.pickable && counts(race));
  if (input.season) return pickableRaces(input.season).filter(counts);
  return [];
}

const NATIONS_ONLY: readonly Cup[] = ['nations'];

export function compileLeague(input: LeagueInput): CompiledLeague {
  const races = orderRaces(input);
  const memberIndex = new Map<string, number>();
  const members: Member[] = [];
  for (const member of input.members) {
    // A member listed twice is one member: ids are the identity.
    if (memberIndex.has(member.id)) continue;
    memberIndex.set(member.id, members.length);
    members.push(member);
  }
  const M = members.length;
  const R = races.length;
  const raceIndex = new Map<string, number>();
  const rounds: CompiledRound[] = [];
  const roundIndex = new Map<string, number>();
  const raceRound = new Int32Array(R);
  const startMs = new Float64Array(R);
  races.forEach((race, r) => {
    raceIndex.set(race.id, r);
    let k = roundIndex.get(race.roundId);
    if (k === undefined) {
      k = rounds.length;
      roundIndex.set(race.roundId, k);
      rounds.push({ id: race.roundId, races: [] });
    }
    rounds[k]!.races.push(r);
    raceRound[r] = k;
    startMs[r] = isoToMs(race.startsAt);
  });

  const entryIndex = new Map<string, number>();
  const entryIds: string[] = [];
  if (input.season) for (const id of input.season.entryLists.nations) intern(entryIndex, entryIds, id);

  const cells = M * R;
  const p1 = new Int32Array(cells).fill(-1);
  const p2 = new Int32Array(cells).fill(-1);
  const p3 = new Int32Array(cells).fill(-1);
  const pickAt: (Pick | undefined)[] = new Array<Pick | undefined>(cells);
  const ignored: IgnoredPick[] = [];
  /** Index in `input.picks` of each ignored pick, so an update can keep the list in input order. */
  const ignoredAt: number[] = [];
  let superseded = 0;
  const ignoreLocks = input.ignoreLocks === true;

  // Stored picks come sorted by member, then race, and many share a member, a
  // race or a time: remember the last of each so most picks cost no Map lookup
  // and no date parse.
  let lastMemberId: string | undefined;
  let lastM: number | undefined;
  let lastR = -1;
  let lastMadeText: string | undefined;
  let lastMade = NaN;
  let anyJoker = false;
  const picks = input.picks;
  for (let i = 0; i < picks.length; i++) {
    const pick = picks[i]!;
    const memberId = pick.memberId;
    if (memberId !== lastMemberId) {
      lastMemberId = memberId;
      lastM = memberIndex.get(memberId);
    }
    const m = lastM;
    if (m === undefined) {
      ignored.push({ pick, reason: 'unknownMember' });
      ignoredAt.push(i);
      continue;
    }
    const raceId = pick.raceId;
    const r = lastR + 1 < R && races[lastR + 1]!.id === raceId ? lastR + 1 : (raceIndex.get(raceId) ?? -1);
    if (r < 0) {
      ignored.push({ pick, reason: 'unknownRace' });
      ignoredAt.push(i);
      continue;
    }
    lastR = r;
    const madeText = pick.madeAt;
    if (madeText !== lastMadeText) {
      lastMadeText = madeText;
      lastMade = isoToMs(madeText);
    }
    const made = lastMade;
    const podium = pick.podium;
    const a = podium[0];
    const b = podium[1];
    const c = podium[2];
    // Entries already interned compare as integers (equal ids, equal indices); a string
    // comparison is left only for a podium naming an entry seen for the first time.
    const ea = entryIndex.get(a!);
    const eb = entryIndex.get(b!);
    const ec = entryIndex.get(c!);
    const podiumOk =
      ea !== undefined && eb !== undefined && ec !== undefined
        ? ea !== eb && ea !== ec && eb !== ec
        : validPodium(podium);
    const problem = timeProblem(podiumOk, made, startMs[r]!, ignoreLocks);
    if (problem !== null) {
      ignored.push({ pick, reason: problem });
      ignoredAt.push(i);
      continue;
    }
    const cell = m * R + r;
    const previous = pickAt[cell];
    if (previous !== undefined) {
      superseded++;
      // Parsed again rather than kept for every cell: two picks for one cell are rare.
      const older = isoToMs(previous.madeAt);
      // Newest pick wins; equal times fall back to the pick's content so input order never matters.
      if (made < older || (made === older && tieKey(pick) <= tieKey(previous))) continue;
    }
    p1[cell] = ea ?? intern(entryIndex, entryIds, a!);
    p2[cell] = eb ?? intern(entryIndex, entryIds, b!);
    p3[cell] = ec ?? intern(entryIndex, entryIds, c!);
    pickAt[cell] = pick;
    if (pick.joker === true) anyJoker = true;
  }

  const jokerRound = new Int32Array(M).fill(-1);
  // Only counted picks decide the joker round, so it is read after superseded picks are gone.
  if (anyJoker) for (let m = 0; m < M; m++) jokerRound[m] = firstJokerRound(pickAt, raceRound, m, R);

  const compiled: CompiledLeague = {
    members,
    memberIndex,
    races,
    raceIndex,
    rounds,
    raceRound,
    entryIds,
    entryIndex,
    memberCount: M,
    raceCount: R,
    p1,
    p2,
    p3,
    pickAt,
    jokerRound,
    ignored,
    superseded,
    ignoreLocks,
  };
  compileSources.set(compiled, { input, races, startMs, ignoredAt });
  return compiled;
}

/**
 * The index of an entry id, added at the end when new. A function of the
 * module rather than a closure of each compile: the optimised interning loop
 * is tied to the functions it calls, and a new closure per call sent every
 * later compile back to unoptimised code (boxing a number per pick).
 */
function intern(entryIndex: Map<string, number>, entryIds: string[], id: string): number {
  let e = entryIndex.get(id);
  if (e === undefined) {
    e = entryIds.length;
    entryIndex.set(id, e);
    entryIds.push(id);
  }
  return e;
}

/**
 * Why a pick for a known member and race does not count, or null when it does:
 * three different entries, a readable time, and (unless locks are ignored)
 * made strictly before the race starts: a race locks at its start instant.
 */
export function pickProblem(
  pick: Pick,
  made: number,
  startMs: number,
  ignoreLocks: boolean,
): IgnoredPickReason | null {
  return timeProblem(validPodium(pick.podium), made, startMs, ignoreLocks);
}

/** Three named entries, all different. */
function validPodium(podium: Pick['podium']): boolean {
  const a = podium[0];
  const b = podium[1];
  const c = podium[2];
  return !(!a || !b || !c || a === b || a === c || b === c);
}

/** {@link pickProblem} once the podium is judged: a bad podium first, then the time. */
function timeProblem(
  podiumOk: boolean,
  made: number,
  startMs: number,
  ignoreLocks: boolean,
): IgnoredPickReason | null {
  if (!podiumOk) return 'invalidPodium';
  if (Number.isNaN(made)) return 'invalidTime';
  if (!ignoreLocks && !(made < startMs)) return 'late';
  return null;
}

/** Round index of member m's earliest counted joker pick, −1 if none. */
export function firstJokerRound(
  pickAt: readonly (Pick | undefined)[],
  raceRound: Int32Array,
  m: number,
  R: number,
): number {
  let round = -1;
  for (let r = 0; r < R; r++) {
    if (pickAt[m * R + r]?.joker === true) {
      const k = raceRound[r]!;
      if (round === -1 || k < round) round = k;
    }
  }
  return round;
}

/** What a compiled league was built from, for {@link recompileLeague} (./recompile.ts). */
export interface CompileSource {
  input: LeagueInput;
  races: Race[];
  startMs: Float64Array;
  ignoredAt: number[];
}

export const compileSources = new WeakMap<CompiledLeague, CompileSource>();

/**
 * Orders picks made at the same instant by everything that scores: the podium
 * text, then the joker mark (a marked pick sorts after its unmarked twin, so it
 * is the one that counts). Two picks equal on this key score the same.
 */
export function tieKey(pick: Pick): string {
  return `${pick.podium.join('\u0000')}\u0000${pick.joker === true ? '1' : '0'}`;
}
