/**
 * Picks: the only way the app writes them. Every change is validated, checked
 * against the lock, written with its history row in one transaction. The
 * lock is also enforced below this module by ./lock-guard.ts.
 */
import type { Podium } from '../../../shared/domain/types';
import { clock, nowIso } from '../app/clock';
import { isLocked, LockedRaceError } from './lock-guard';
import { assertMemberAccess, protectedMembers, unlockedMember } from './pins';
import { draftKey } from './drafts';
import { readReveals, revealedAt, revealResults } from './reveals';
import type { LeagueRecord, PickHistoryRecord, PickRecord, RaceRecord } from './records';
import type { PodiumDatabase } from './schema';

export { isLocked, LockedRaceError } from './lock-guard';

export interface PickKey {
  leagueId: string;
  memberId: string;
  raceId: string;
}

export type PickErrorCode =
  'unknown' | 'not-pickable' | 'invalid-podium' | 'joker' | 'nothing-to-undo' | 'changed-elsewhere';

/** Why a change was refused, with what the screens need to word it in the user's language. */
export type PickRefusal =
  | { reason: 'league-gone' }
  | { reason: 'member-gone' }
  | { reason: 'race-not-in-season'; raceId: string }
  | { reason: 'not-pickable'; raceName: string }
  | { reason: 'podium-needs-three' }
  | { reason: 'not-on-entry-list'; entryId: string; raceName: string }
  | { reason: 'changed-elsewhere' }
  | { reason: 'removed-elsewhere' }
  | { reason: 'nothing-to-undo' }
  | { reason: 'no-joker-rule' }
  | { reason: 'joker-needs-pick' }
  | { reason: 'joker-started' };

/** A refused change: `code` for callers, `refusal` for the words, `message` in English (logs, scripts). */
export class PickError extends Error {
  override readonly name = 'PickError';
  constructor(
    readonly code: PickErrorCode,
    message: string,
    readonly refusal: PickRefusal,
  ) {
    super(message);
  }
}

function samePodium(a: readonly string[] | null | undefined, b: readonly string[] | null | undefined) {
  if (!a || !b) return a == null && b == null;
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

const TABLES = (db: PodiumDatabase) => [
  db.leagues,
  db.members,
  db.races,
  db.seasons,
  db.picks,
  db.pickHistory,
  db.results,
  db.settings,
];

interface Context {
  league: LeagueRecord;
  race: RaceRecord;
}

async function loadContext(db: PodiumDatabase, key: PickKey): Promise<Context> {
  const [league, member, race] = await Promise.all([
    db.leagues.get(key.leagueId),
    db.members.get([key.leagueId, key.memberId]),
    db.races.get(key.raceId),
  ]);
  if (!league) throw new PickError('unknown', 'This league no longer exists.', { reason: 'league-gone' });
  if (!member) throw new PickError('unknown', 'This member is not in the league.', { reason: 'member-gone' });
  if (!race || race.seasonId !== league.seasonId)
    throw new PickError('unknown', `The race ${key.raceId} is not part of this league's season.`, {
      reason: 'race-not-in-season',
      raceId: key.raceId,
    });
  if (!race.pickable)
    throw new PickError('not-pickable', `${race.name} pays no points: nothing to pick.`, {
      reason: 'not-pickable',
      raceName: race.name,
    });
  await assertMemberAccess(db, key.leagueId, key.memberId);
  if (await raceLockedNow(db, league, race)) throw new LockedRaceError(race.id, race.startsAt);
  return { league, race };
}

/** The lock as the data layer applies it: the start, or in a replay league the result revealed to it. */
async function raceLockedNow(db: PodiumDatabase, league: LeagueRecord, race: RaceRecord): Promise<boolean> {
  if (!league.replay) return isLocked(race.startsAt, clock.now(), false);
  const [result, reveals] = await Promise.all([db.results.get(race.id), readReveals(db, league.id)]);
  return isLocked(race.startsAt, clock.now(), true, revealedAt(league, result, reveals) !== null);
}

/**
 * Blind replay: once every member has picked a race whose result is stored,
 * the result is revealed to the league (and the race locks).
 */
async function revealWhenAllPicked(db: PodiumDatabase, league: LeagueRecord, raceId: string): Promise<void> {
  if (!league.replay || !(await db.results.get(raceId))) return;
  const [members, picks] = await Promise.all([
    db.members.where('leagueId').equals(league.id).primaryKeys(),
    db.picks.where('[leagueId+memberId]').between([league.id], [league.id, []]).primaryKeys(),
  ]);
  const picked = new Set(picks.filter((key) => key[2] === raceId).map((key) => key[1]));
  if (members.length > 0 && members.every((key) => picked.has(key[1])))
    await revealResults(db, league.id, [raceId]);
}

/** Whether the member plays their joker on this round (read from their other picks of the round). */
async function jokerInRound(db: PodiumDatabase, key: PickKey, roundId: string): Promise<boolean> {
  const raceIds = new Set((await db.races.where('roundId').equals(roundId).toArray()).map((r) => r.id));
  const picks = await db.picks.where('[leagueId+memberId]').equals([key.leagueId, key.memberId]).toArray();
  return picks.some((p) => raceIds.has(p.raceId) && p.joker === true);
}

async function record(
  db: PodiumDatabase,
  key: PickKey,
  entry: Omit<PickHistoryRecord, keyof PickKey | 'seq'>,
) {
  await db.pickHistory.add({ leagueId: key.leagueId, memberId: key.memberId, raceId: key.raceId, ...entry });
}

export interface SavePickOptions {
  /**
   * The podium the edit started from (null: no pick yet). When the stored
   * podium is no longer that one — another tab or window saved meanwhile —
   * the save is refused whole, so two concurrent edits never mix slots: the
   * pick is one whole podium, the one stored last before this edit began.
   */
  basedOn?: Podium | null;
}

/**
 * Saves a member's podium for a race (replacing their previous one), all
 * three places in one transaction. Refuses unknown entries, a driver twice,
 * started races (except in replay leagues) and edits of a pick that changed
 * since the edit began (see SavePickOptions.basedOn). Returns the stored
 * pick; saving the same podium again changes nothing.
 */
export async function savePick(
  db: PodiumDatabase,
  key: PickKey,
  podium: Podium,
  options: SavePickOptions = {},
): Promise<PickRecord> {
  return db.transaction('rw', TABLES(db), async () => {
    const { race, league } = await loadContext(db, key);
    if (podium.some((id) => !id) || new Set(podium).size !== 3)
      throw new PickError('invalid-podium', 'A podium needs three different drivers.', {
        reason: 'podium-needs-three',
      });
    const season = await db.seasons.get(league.seasonId);
    const entries = new Set(season?.entryLists[race.cup] ?? []);
    const unknown = podium.find((id) => !entries.has(id));
    if (unknown)
      throw new PickError('invalid-podium', `"${unknown}" is not on the entry list of ${race.name}.`, {
        reason: 'not-on-entry-list',
        entryId: unknown,
        raceName: race.name,
      });

    const previous = await db.picks.get([key.leagueId, key.memberId, key.raceId]);
    // A complete podium supersedes the member's half-made one.
    await db.settings.delete(draftKey(key));
    if (previous && samePodium(previous.podium, podium)) return previous;
    if (options.basedOn !== undefined && !samePodium(previous?.podium ?? null, options.basedOn)) {
      throw new PickError(
        'changed-elsewhere',
        previous
          ? 'This pick was changed in another tab or window meanwhile; your change was not saved. The picker now shows the saved podium.'
          : 'This pick was removed in another tab or window meanwhile; your change was not saved.',
        { reason: previous ? 'changed-elsewhere' : 'removed-elsewhere' },
      );
    }
    const joker = previous?.joker ?? (await jokerInRound(db, key, race.roundId));
    const pick: PickRecord = {
      ...key,
      podium: [podium[0], podium[1], podium[2]],
      madeAt: nowIso(),
      ...(joker ? { joker: true } : {}),
    };
    await db.picks.put(pick);
    await record(db, key, {
      podium: pick.podium,
      previous: previous?.podium ?? null,
      joker,
      previousJoker: previous?.joker === true,
      changedAt: pick.madeAt,
    });
    await revealWhenAllPicked(db, league, race.id);
    return pick;
  });
}

/** Removes a member's pick for a race before it locks. */
export async function clearPick(db: PodiumDatabase, key: PickKey): Promise<void> {
  await db.transaction('rw', TABLES(db), async () => {
    await loadContext(db, key);
    const previous = await db.picks.get([key.leagueId, key.memberId, key.raceId]);
    if (!previous) return;
    await db.picks.delete([key.leagueId, key.memberId, key.raceId]);
    await record(db, key, {
      podium: null,
      previous: previous.podium,
      joker: false,
      previousJoker: previous.joker === true,
      changedAt: nowIso(),
    });
  });
}

/**
 * Every change of one pick, newest first. A member's history shows their
 * podiums, so it follows the same PIN rule as the picks.
 */
export async function readPickHistory(db: PodiumDatabase, key: PickKey): Promise<PickHistoryRecord[]> {
  // Read together with the PIN check: awaiting the check first left this read unobserved by live queries.
  const [rows] = await Promise.all([
    db.pickHistory
      .where('[leagueId+memberId+raceId]')
      .equals([key.leagueId, key.memberId, key.raceId])
      .toArray(),
    assertMemberAccess(db, key.leagueId, key.memberId),
  ]);
  return rows.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
}

/** Whether a history row only switched the joker (same podium before and after). */
export function isJokerSwitch(change: PickHistoryRecord): boolean {
  return change.podium !== null && samePodium(change.podium, change.previous);
}

/**
 * The change the next undo takes back: the newest change that is neither an
 * undo itself nor already undone. So undoing twice walks two steps back —
 * an undo of an undo is never a redo.
 */
export function undoableChange(history: readonly PickHistoryRecord[]): PickHistoryRecord | undefined {
  const undone = new Set(history.flatMap((h) => (h.undoOf === undefined ? [] : [h.undoOf])));
  return history.find((h) => h.undoOf === undefined && h.seq !== undefined && !undone.has(h.seq));
}

/**
 * Undoes the member's last change of a pick before it locks, restoring
 * exactly the state stored before it: the previous podium (or no pick) with
 * the joker as it was. A joker switch is undone for its whole round, since
 * the joker covers every pick of a round. The undo is recorded and marks the
 * change it took back; see {@link undoableChange}. Returns the pick now stored.
 */
export async function undoLastChange(db: PodiumDatabase, key: PickKey): Promise<PickRecord | null> {
  return db.transaction('rw', TABLES(db), async () => {
    const { league, race } = await loadContext(db, key);
    const last = undoableChange(await readPickHistory(db, key));
    if (!last?.seq)
      throw new PickError('nothing-to-undo', 'There is no change to undo.', { reason: 'nothing-to-undo' });
    const current = await db.picks.get([key.leagueId, key.memberId, key.raceId]);
    const changedAt = nowIso();
    const undo = { undoOf: last.seq };
    if (isJokerSwitch(last)) {
      const on = last.previousJoker ?? !last.joker;
      await applyJoker(db, league, key.memberId, race.roundId, on, changedAt, {
        raceId: key.raceId,
        ...undo,
      });
      return (await db.picks.get([key.leagueId, key.memberId, key.raceId])) ?? null;
    }
    if (last.previous === null) {
      if (current) await db.picks.delete([key.leagueId, key.memberId, key.raceId]);
      await record(db, key, {
        podium: null,
        previous: current?.podium ?? null,
        joker: false,
        previousJoker: current?.joker === true,
        changedAt,
        ...undo,
      });
      return null;
    }
    // Rows written before the joker was recorded on both sides keep the current joker.
    const joker = last.previousJoker ?? current?.joker === true;
    const pick: PickRecord = {
      ...key,
      podium: last.previous,
      madeAt: changedAt,
      ...(joker ? { joker: true } : {}),
    };
    await db.picks.put(pick);
    await record(db, key, {
      podium: pick.podium,
      previous: current?.podium ?? null,
      joker,
      previousJoker: current?.joker === true,
      changedAt,
      ...undo,
    });
    return pick;
  });
}

/** Where a member's joker is: the round id, or null. */
export async function readJokerRound(
  db: PodiumDatabase,
  leagueId: string,
  memberId: string,
): Promise<string | null> {
  const picks = await db.picks.where('[leagueId+memberId]').equals([leagueId, memberId]).toArray();
  const jokerPick = picks.find((p) => p.joker === true);
  if (!jokerPick) return null;
  return (await db.races.get(jokerPick.raceId))?.roundId ?? null;
}

/**
 * Plays (or takes back) the member's joker on a round. One joker per member
 * per season: playing it on a round moves it off any other round. Changeable
 * until the first race of the rounds involved locks. Stored as `joker: true`
 * on the member's picks of that round, the way the scoring engine reads it,
 * so the member needs at least one pick in the round.
 */
export async function setJoker(
  db: PodiumDatabase,
  input: { leagueId: string; memberId: string; roundId: string; on: boolean },
): Promise<void> {
  await db.transaction('rw', TABLES(db), async () => {
    const league = await db.leagues.get(input.leagueId);
    if (!league) throw new PickError('unknown', 'This league no longer exists.', { reason: 'league-gone' });
    if (!league.rules.joker)
      throw new PickError('joker', "This league's rules have no joker.", { reason: 'no-joker-rule' });
    if (!(await db.members.get([input.leagueId, input.memberId])))
      throw new PickError('unknown', 'This member is not in the league.', { reason: 'member-gone' });
    await assertMemberAccess(db, input.leagueId, input.memberId);
    await applyJoker(db, league, input.memberId, input.roundId, input.on, nowIso());
  });
}

/**
 * Moves the joker inside the caller's transaction. `undo` marks the row of
 * one race as the undo of an earlier change (written even when that race's
 * joker does not change, so the change counts as taken back).
 */
async function applyJoker(
  db: PodiumDatabase,
  league: LeagueRecord,
  memberId: string,
  roundId: string,
  on: boolean,
  changedAt: string,
  undo?: { raceId: string; undoOf: number },
): Promise<void> {
  const seasonRaces = await db.races.where('seasonId').equals(league.seasonId).toArray();
  const roundOf = new Map(seasonRaces.map((r) => [r.id, r.roundId]));
  const picks = await db.picks.where('[leagueId+memberId]').equals([league.id, memberId]).toArray();
  const changes: { pick: PickRecord; joker: boolean }[] = [];
  for (const pick of picks) {
    const want = on && roundOf.get(pick.raceId) === roundId;
    if ((pick.joker === true) !== want) changes.push({ pick, joker: want });
  }
  if (on && !picks.some((p) => roundOf.get(p.raceId) === roundId))
    throw new PickError('joker', 'Pick at least one podium of this round before playing your joker on it.', {
      reason: 'joker-needs-pick',
    });
  const touchedRounds = new Set(changes.map((c) => roundOf.get(c.pick.raceId)!));
  const reveals = await readReveals(db, league.id);
  const results = new Set(
    (await db.results.bulkGet(seasonRaces.map((r) => r.id))).flatMap((r) =>
      r && revealedAt(league, r, reveals) !== null ? [r.raceId] : [],
    ),
  );
  for (const touched of touchedRounds) {
    // A round's lock for the joker: its first pickable race's lock.
    const locked = seasonRaces.some(
      (r) =>
        r.roundId === touched &&
        r.pickable &&
        isLocked(r.startsAt, clock.now(), league.replay, results.has(r.id)),
    );
    if (locked)
      throw new PickError('joker', 'The joker cannot move: a round it concerns has already started.', {
        reason: 'joker-started',
      });
  }
  let undoWritten = false;
  for (const { pick, joker } of changes) {
    // A new stamp: friends' machines merge by madeAt, so a joker move must look newer.
    const next: PickRecord = { ...pick, madeAt: changedAt };
    if (joker) next.joker = true;
    else delete next.joker;
    await db.picks.put(next);
    const marksUndo = undo?.raceId === pick.raceId;
    undoWritten ||= marksUndo;
    await record(
      db,
      { leagueId: pick.leagueId, memberId: pick.memberId, raceId: pick.raceId },
      {
        podium: pick.podium,
        previous: pick.podium,
        joker,
        previousJoker: pick.joker === true,
        changedAt,
        ...(marksUndo ? { undoOf: undo.undoOf } : {}),
      },
    );
  }
  if (undo && !undoWritten) {
    const pick = picks.find((p) => p.raceId === undo.raceId);
    await record(
      db,
      { leagueId: league.id, memberId, raceId: undo.raceId },
      {
        podium: pick?.podium ?? null,
        previous: pick?.podium ?? null,
        joker: pick?.joker === true,
        previousJoker: pick?.joker === true,
        changedAt,
        undoOf: undo.undoOf,
      },
    );
  }
}

/**
 * The league's picks as this tab may see them: a PIN-protected member's
 * picks of races that have not locked yet are left out unless that member is
 * unlocked here (their count stays known, so "3 of 4 picked" stays true).
 * Locked races show everyone's picks: nothing can be copied any more.
 */
export async function visiblePicks(
  db: PodiumDatabase,
  league: LeagueRecord,
  picks: readonly PickRecord[],
  raceLocked: (raceId: string) => boolean,
): Promise<{ picks: PickRecord[]; hidden: { memberId: string; raceId: string }[] }> {
  const sealed = await protectedMembers(db, league.id);
  sealed.delete(unlockedMember(db, league.id) ?? '');
  if (sealed.size === 0) return { picks: [...picks], hidden: [] };
  const shown: PickRecord[] = [];
  const hidden: { memberId: string; raceId: string }[] = [];
  for (const pick of picks) {
    if (sealed.has(pick.memberId) && !raceLocked(pick.raceId))
      hidden.push({ memberId: pick.memberId, raceId: pick.raceId });
    else shown.push(pick);
  }
  return { picks: shown, hidden };
}
