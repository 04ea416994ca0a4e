/**
 * Leagues and their members. Every function takes the database so tests can
 * pass their own; screens pass the app's `db`.
 */
import { leagueTrustRowsToDelete } from '../sharing/trust-keys';
import { slugify } from '../../../shared/domain/ids';
import { cleanName } from '../../../shared/domain/names';
import { normalizeRules, type ScoringRules } from '../../../shared/scoring';
import { nowIso } from '../app/clock';
import { tabMember } from '../app/tab-member';
import type { LeagueRecord, MemberRecord } from './records';
import { syncFolderKey } from '../sharing/folder-sync/config';
import type { PodiumDatabase } from './schema';

/** Colours offered to new members, in order; distinct on the dark theme and for common colour blindness. */
export const MEMBER_COLORS = [
  '#e10600',
  '#5aa9ff',
  '#f5c542',
  '#3ccf7a',
  '#c77dff',
  '#ff8c42',
  '#2ec4b6',
  '#ff6fb5',
];

/**
 * Why a league or member edit was refused: `reason` and `params` for the
 * screens (`league:inputError.*`), the message in English for logs.
 */
export class LeagueInputError extends Error {
  override readonly name = 'LeagueInputError';
  constructor(
    readonly reason:
      | 'league-name-required'
      | 'member-name-required'
      | 'already-member'
      | 'unknown-season'
      | 'unknown-league'
      | 'unknown-member',
    message: string,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export interface NewLeague {
  name: string;
  seasonId: string;
  rules: ScoringRules;
  replay?: boolean;
}

/** A free id from a name: `friends`, `friends-2`, … Ids are stable once made (files refer to them). */
async function freeId(
  taken: (id: string) => Promise<boolean>,
  name: string,
  fallback: string,
): Promise<string> {
  const base = slugify(name) || fallback;
  let id = base;
  for (let n = 2; await taken(id); n++) id = `${base}-${n}`;
  return id;
}

export async function createLeague(db: PodiumDatabase, input: NewLeague): Promise<LeagueRecord> {
  const name = cleanName(input.name);
  if (!name) throw new LeagueInputError('league-name-required', 'Give the league a name.');
  return db.transaction('rw', [db.leagues, db.seasons, db.settings], async () => {
    if (!(await db.seasons.get(input.seasonId)))
      throw new LeagueInputError('unknown-season', `Unknown season "${input.seasonId}".`, {
        id: input.seasonId,
      });
    const id = await freeId(
      async (candidate) => (await db.leagues.get(candidate)) !== undefined,
      name,
      'league',
    );
    const league: LeagueRecord = {
      id,
      name,
      seasonId: input.seasonId,
      rules: normalizeRules(input.rules),
      createdAt: nowIso(),
      ...(input.replay ? { replay: true } : {}),
    };
    await db.leagues.add(league);
    await db.settings.put({ key: 'activeLeagueId', value: id });
    await db.settings.put({ key: 'activeMemberId', value: null });
    return league;
  });
}

export async function updateLeague(
  db: PodiumDatabase,
  leagueId: string,
  changes: { name?: string; rules?: ScoringRules; replay?: boolean },
): Promise<void> {
  await db.transaction('rw', db.leagues, async () => {
    const league = await db.leagues.get(leagueId);
    if (!league)
      throw new LeagueInputError('unknown-league', `Unknown league "${leagueId}".`, { id: leagueId });
    const next: LeagueRecord = { ...league };
    if (changes.name !== undefined) {
      const name = cleanName(changes.name);
      if (!name) throw new LeagueInputError('league-name-required', 'Give the league a name.');
      next.name = name;
    }
    if (changes.rules) next.rules = normalizeRules(changes.rules);
    if (changes.replay !== undefined) {
      if (changes.replay) next.replay = true;
      else delete next.replay;
    }
    await db.leagues.put(next);
  });
}

/** Deletes a league with its members, picks and pick history. Results are shared by all leagues and stay. */
export async function deleteLeague(db: PodiumDatabase, leagueId: string): Promise<void> {
  await db.transaction('rw', [db.leagues, db.members, db.picks, db.pickHistory, db.settings], async () => {
    await db.picks.where('leagueId').equals(leagueId).delete();
    await db.pickHistory.where('leagueId').equals(leagueId).delete();
    await db.members.where('leagueId').equals(leagueId).delete();
    await db.leagues.delete(leagueId);
    // Its seal salts and synced folder go too: a league re-imported later under this id starts clean.
    await db.settings.where('key').startsWith(`seals:${leagueId}:`).delete();
    // Late picks and friends' seal codes too; signing keys stay, so a member keeps their identity.
    await db.settings.bulkDelete(leagueTrustRowsToDelete(leagueId));
    await db.settings.where('key').startsWith(`pin:${leagueId}:`).delete();
    await db.settings.delete(`owner:${leagueId}`);
    await db.settings.delete(`revealed:${leagueId}`);
    await db.settings.where('key').startsWith(`draft:${leagueId}:`).delete();
    await db.settings.delete(syncFolderKey(leagueId));
    const active = await db.settings.get('activeLeagueId');
    if (active?.value === leagueId) {
      await db.settings.put({ key: 'activeLeagueId', value: null });
      await db.settings.put({ key: 'activeMemberId', value: null });
    }
  });
}

export async function setActiveLeague(db: PodiumDatabase, leagueId: string): Promise<void> {
  await db.transaction('rw', [db.settings, db.members], async () => {
    await db.settings.put({ key: 'activeLeagueId', value: leagueId });
    const first = (await db.members.where('leagueId').equals(leagueId).sortBy('createdAt'))[0];
    await db.settings.put({ key: 'activeMemberId', value: first?.id ?? null });
  });
}

/**
 * Makes `memberId` the one picking in this tab, and the default a new tab
 * starts with. Other open tabs keep their own choice.
 */
export async function setActiveMember(
  db: PodiumDatabase,
  memberId: string,
  leagueId: string,
  tab: Pick<typeof tabMember, 'set'> = tabMember,
): Promise<void> {
  tab.set(leagueId, memberId);
  await db.settings.put({ key: 'activeMemberId', value: memberId });
}

export async function addMember(
  db: PodiumDatabase,
  leagueId: string,
  input: { name: string; color?: string },
): Promise<MemberRecord> {
  const name = cleanName(input.name);
  if (!name) throw new LeagueInputError('member-name-required', 'Give the member a name.');
  return db.transaction('rw', [db.leagues, db.members, db.settings], async () => {
    if (!(await db.leagues.get(leagueId)))
      throw new LeagueInputError('unknown-league', `Unknown league "${leagueId}".`, { id: leagueId });
    const existing = await db.members.where('leagueId').equals(leagueId).toArray();
    if (existing.some((m) => m.name.toLowerCase() === name.toLowerCase()))
      throw new LeagueInputError('already-member', `${name} is already a member.`, { name });
    const id = await freeId(async (candidate) => existing.some((m) => m.id === candidate), name, 'member');
    const member: MemberRecord = {
      leagueId,
      id,
      name,
      color: input.color ?? MEMBER_COLORS[existing.length % MEMBER_COLORS.length],
      createdAt: nowIso(),
    };
    await db.members.add(member);
    // The first member is who is picking until someone switches.
    const active = await db.settings.get('activeMemberId');
    if (existing.length === 0 || !active?.value) await db.settings.put({ key: 'activeMemberId', value: id });
    return member;
  });
}

/** Renames or recolours a member. The id stays: picks and files refer to it. */
export async function updateMember(
  db: PodiumDatabase,
  leagueId: string,
  memberId: string,
  changes: { name?: string; color?: string },
): Promise<void> {
  await db.transaction('rw', db.members, async () => {
    const member = await db.members.get([leagueId, memberId]);
    if (!member)
      throw new LeagueInputError('unknown-member', `Unknown member "${memberId}".`, { id: memberId });
    const next = { ...member };
    if (changes.name !== undefined) {
      const name = cleanName(changes.name);
      if (!name) throw new LeagueInputError('member-name-required', 'A member needs a name.');
      const others = await db.members.where('leagueId').equals(leagueId).toArray();
      if (others.some((m) => m.id !== memberId && m.name.toLowerCase() === name.toLowerCase()))
        throw new LeagueInputError('already-member', `${name} is already a member.`, { name });
      next.name = name;
    }
    if (changes.color !== undefined) next.color = changes.color;
    await db.members.put(next);
  });
}

/** Removes a member with their picks and history. */
export async function removeMember(db: PodiumDatabase, leagueId: string, memberId: string): Promise<void> {
  await db.transaction('rw', [db.members, db.picks, db.pickHistory, db.settings], async () => {
    await db.picks.where('[leagueId+memberId]').equals([leagueId, memberId]).delete();
    await db.pickHistory
      .where('leagueId')
      .equals(leagueId)
      .filter((h) => h.memberId === memberId)
      .delete();
    await db.members.delete([leagueId, memberId]);
    await db.settings.delete(`seals:${leagueId}:${memberId}`);
    await db.settings.delete(`pin:${leagueId}:${memberId}`);
    await db.settings.where('key').startsWith(`draft:${leagueId}:${memberId}:`).delete();
    const active = await db.settings.get('activeMemberId');
    if (active?.value === memberId) await db.settings.put({ key: 'activeMemberId', value: null });
  });
}

/** True when every pickable race of the season has started: such a league can only be played as a replay. */
export function seasonIsPast(races: { startsAt: string; pickable: boolean }[], now: number): boolean {
  const pickable = races.filter((r) => r.pickable);
  return pickable.length > 0 && pickable.every((r) => Date.parse(r.startsAt) <= now);
}
