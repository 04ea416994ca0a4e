/**
 * Interning a league once: members, races and entries become integer
 * indices and picks a dense member × race matrix of typed arrays. Everything
 * that does not depend on results or rules (lock check, one pick per member
 * and race, joker round) is settled here, so that {@link gradeLeague} is a
 * tight loop over numbers that can run on every render.
 */
import type { Member, Pick, Race, Season } from '../domain/types';
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

function orderRaces(input: LeagueInput): Race[] {
  if (input.races) return input.races.filter((race) => race.pickable);
  if (input.season) return pickableRaces(input.season);
  return [];
}

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
  const intern = (id: string): number => {
    let e = entryIndex.get(id);
    if (e === undefined) {
      e = entryIds.length;
      entryIndex.set(id, e);
      entryIds.push(id);
    }
    return e;
  };
  if (input.season) for (const id of input.season.entryLists.nations) intern(id);

  const cells = M * R;
  const p1 = new Int32Array(cells).fill(-1);
  const p2 = new Int32Array(cells).fill(-1);
  const p3 = new Int32Array(cells).fill(-1);
  const madeMs = new Float64Array(cells);
  const pickAt: (Pick | undefined)[] = new Array<Pick | undefined>(cells);
  const ignored: IgnoredPick[] = [];
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
      continue;
    }
    const raceId = pick.raceId;
    const r = lastR + 1 < R && races[lastR + 1]!.id === raceId ? lastR + 1 : (raceIndex.get(raceId) ?? -1);
    if (r < 0) {
      ignored.push({ pick, reason: 'unknownRace' });
      continue;
    }
    lastR = r;
    const podium = pick.podium;
    const a = podium[0];
    const b = podium[1];
    const c = podium[2];
    if (!a || !b || !c || a === b || a === c || b === c) {
      ignored.push({ pick, reason: 'invalidPodium' });
      continue;
    }
    const madeText = pick.madeAt;
    if (madeText !== lastMadeText) {
      lastMadeText = madeText;
      lastMade = isoToMs(madeText);
    }
    const made = lastMade;
    if (Number.isNaN(made)) {
      ignored.push({ pick, reason: 'invalidTime' });
      continue;
    }
    // A pick made at the start instant is already late: the race locks at startsAt.
    if (!ignoreLocks && !(made < startMs[r]!)) {
      ignored.push({ pick, reason: 'late' });
      continue;
    }
    const cell = m * R + r;
    const previous = pickAt[cell];
    if (previous !== undefined) {
      superseded++;
      const older = madeMs[cell]!;
      // Newest pick wins; equal times fall back to the pick's content so input order never matters.
      if (made < older || (made === older && tieKey(pick) <= tieKey(previous))) continue;
    }
    p1[cell] = entryIndex.get(a) ?? intern(a);
    p2[cell] = entryIndex.get(b) ?? intern(b);
    p3[cell] = entryIndex.get(c) ?? intern(c);
    madeMs[cell] = made;
    pickAt[cell] = pick;
    if (pick.joker === true) anyJoker = true;
  }

  const jokerRound = new Int32Array(M).fill(-1);
  // Only counted picks decide the joker round, so it is read after superseded picks are gone.
  if (anyJoker) {
    for (let m = 0; m < M; m++) {
      for (let r = 0; r < R; r++) {
        const pick = pickAt[m * R + r];
        if (pick?.joker === true) {
          const k = raceRound[r]!;
          if (jokerRound[m] === -1 || k < jokerRound[m]!) jokerRound[m] = k;
        }
      }
    }
  }

  return {
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
}

/**
 * Orders picks made at the same instant by everything that scores: the podium
 * text, then the joker mark (a marked pick sorts after its unmarked twin, so it
 * is the one that counts). Two picks equal on this key score the same.
 */
function tieKey(pick: Pick): string {
  return `${pick.podium.join('\u0000')}\u0000${pick.joker === true ? '1' : '0'}`;
}
