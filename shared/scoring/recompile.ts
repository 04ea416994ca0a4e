/**
 * Compiling again after a database change, paying only for what changed. The
 * app reads a league afresh on every change; most changes leave the members,
 * races and picks as they were (a result imported) or edit a few picks. Those
 * reuse the previous compiled league, or patch a copy of it, instead of
 * interning every pick again. The result grades exactly like
 * {@link compileLeague} on the same input (a property test says so).
 */
import type { Member, Pick, Race } from '../domain/types';
import {
  compileLeague,
  compileSources,
  firstJokerRound,
  orderRaces,
  pickProblem,
  type CompiledLeague,
  type IgnoredPick,
  type LeagueInput,
} from './compile';
import { isoToMs } from './time';

/** Beyond this many changed picks a full compile is as quick as patching. */
const MAX_PATCHED_PICKS = 256;

/**
 * The compiled league for `input`, reusing `previous` (compiled from an
 * earlier read of the same league) where the input did not change. Inputs are
 * compared with the ones `previous` was built from, so they must not be
 * mutated after compiling (each database read gives new arrays).
 */
export function recompileLeague(previous: CompiledLeague | undefined, input: LeagueInput): CompiledLeague {
  const source = previous ? compileSources.get(previous) : undefined;
  if (!previous || !source) return compileLeague(input);
  const before = source.input;
  const races = orderRaces(input);
  if (
    (before.ignoreLocks === true) !== (input.ignoreLocks === true) ||
    !sameList(source.races, races, sameRace) ||
    !sameList(before.members, input.members, sameMember) ||
    !sameList(before.season?.entryLists.nations ?? [], input.season?.entryLists.nations ?? [], Object.is) ||
    before.picks.length !== input.picks.length
  )
    return compileLeague(input);

  const changed: number[] = [];
  for (let i = 0; i < input.picks.length; i++) {
    if (samePick(before.picks[i]!, input.picks[i]!)) continue;
    if (changed.length === MAX_PATCHED_PICKS) return compileLeague(input);
    changed.push(i);
  }
  if (changed.length === 0) {
    // Same content: later updates compare against this read.
    compileSources.set(previous, { ...source, input });
    return previous;
  }
  return patchPicks(previous, input, changed) ?? compileLeague(input);
}

/**
 * A copy of `previous` with the picks at `changed` indices replaced. Null when
 * the change is not a simple edit (another member or race, or a league where
 * two picks compete for one cell): then only a full compile is exact.
 */
function patchPicks(previous: CompiledLeague, input: LeagueInput, changed: number[]): CompiledLeague | null {
  const source = compileSources.get(previous)!;
  if (previous.superseded > 0) return null;
  const R = previous.raceCount;
  const p1 = previous.p1.slice();
  const p2 = previous.p2.slice();
  const p3 = previous.p3.slice();
  const pickAt = previous.pickAt.slice();
  let entryIds = previous.entryIds;
  let entryIndex = previous.entryIndex;
  const intern = (id: string): number => {
    const known = entryIndex.get(id);
    if (known !== undefined) return known;
    if (entryIds === previous.entryIds) {
      entryIds = [...entryIds];
      entryIndex = new Map(entryIndex);
    }
    entryIndex.set(id, entryIds.length);
    entryIds.push(id);
    return entryIds.length - 1;
  };
  const removed = new Set<number>();
  const added: { at: number; entry: IgnoredPick }[] = [];
  const members = new Set<number>();

  for (const i of changed) {
    const old = source.input.picks[i]!;
    const pick = input.picks[i]!;
    if (old.memberId !== pick.memberId || old.raceId !== pick.raceId) return null;
    const m = previous.memberIndex.get(pick.memberId);
    const r = previous.raceIndex.get(pick.raceId);
    if (m === undefined || r === undefined) {
      // Still an unknown member or race: the ignored entry just points at the new pick.
      removed.add(i);
      added.push({ at: i, entry: { pick, reason: m === undefined ? 'unknownMember' : 'unknownRace' } });
      continue;
    }
    const cell = m * R + r;
    const occupant = pickAt[cell];
    // With no superseded pick, the old pick either holds its cell or was ignored.
    if (occupant !== undefined && occupant !== old) return null;
    if (occupant === undefined) removed.add(i);
    const problem = pickProblem(pick, isoToMs(pick.madeAt), source.startMs[r]!, previous.ignoreLocks);
    if (problem !== null) {
      added.push({ at: i, entry: { pick, reason: problem } });
      p1[cell] = p2[cell] = p3[cell] = -1;
      pickAt[cell] = undefined;
    } else {
      p1[cell] = intern(pick.podium[0]);
      p2[cell] = intern(pick.podium[1]);
      p3[cell] = intern(pick.podium[2]);
      pickAt[cell] = pick;
    }
    members.add(m);
  }

  const jokerRound = previous.jokerRound.slice();
  for (const m of members) jokerRound[m] = firstJokerRound(pickAt, previous.raceRound, m, R);

  // The ignored list stays in input order, as a full compile gives it.
  const merged: { at: number; entry: IgnoredPick }[] = [];
  source.ignoredAt.forEach((at, k) => {
    if (!removed.has(at)) merged.push({ at, entry: previous.ignored[k]! });
  });
  merged.push(...added);
  merged.sort((a, b) => a.at - b.at);

  const compiled: CompiledLeague = {
    ...previous,
    entryIds,
    entryIndex,
    p1,
    p2,
    p3,
    pickAt,
    jokerRound,
    ignored: merged.map((x) => x.entry),
  };
  compileSources.set(compiled, { ...source, input, ignoredAt: merged.map((x) => x.at) });
  return compiled;
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i]!, b[i]!)) return false;
  return true;
}

/** Every own field equal, one level of arrays compared by element. */
function sameRecord(a: object, b: object): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const key of ka) {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (Object.is(x, y)) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || !sameList(x, y, Object.is)) return false;
  }
  return true;
}

const sameRace: (a: Race, b: Race) => boolean = sameRecord;
const sameMember: (a: Member, b: Member) => boolean = sameRecord;

/** A pick is what scores: member, race, podium, time and joker mark (a stored pick's league id is the league's). */
function samePick(a: Pick, b: Pick): boolean {
  return (
    a === b ||
    (a.madeAt === b.madeAt &&
      a.memberId === b.memberId &&
      a.raceId === b.raceId &&
      a.podium[0] === b.podium[0] &&
      a.podium[1] === b.podium[1] &&
      a.podium[2] === b.podium[2] &&
      a.joker === b.joker)
  );
}

/**
 * A compile function that remembers the league it compiled last: each call
 * pays only for what changed since (for a live view that recompiles on every
 * database change).
 */
export function leagueCompiler(): (input: LeagueInput) => CompiledLeague {
  let last: CompiledLeague | undefined;
  return (input) => (last = recompileLeague(last, input));
}
