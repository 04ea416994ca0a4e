import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import type { LeagueRecord, MemberRecord } from '../db/records';

export interface ActiveLeague {
  /** undefined while loading, null when there is none. */
  league: LeagueRecord | null | undefined;
  members: MemberRecord[];
  member: MemberRecord | null;
  loading: boolean;
}

/**
 * The league and member the user is working with. Falls back to the first
 * league when the stored choice no longer exists (e.g. after a delete).
 */
export function useActiveLeague(): ActiveLeague {
  const data = useLiveQuery(async () => {
    const [leagueSetting, memberSetting] = await Promise.all([
      db.settings.get('activeLeagueId'),
      db.settings.get('activeMemberId'),
    ]);
    const leagues = await db.leagues.orderBy('id').toArray();
    const league = leagues.find((l) => l.id === leagueSetting?.value) ?? leagues[0] ?? null;
    const members = league ? await db.members.where('leagueId').equals(league.id).sortBy('createdAt') : [];
    const member = members.find((m) => m.id === memberSetting?.value) ?? members[0] ?? null;
    return { league, members, member };
  }, []);
  return {
    league: data === undefined ? undefined : data.league,
    members: data?.members ?? [],
    member: data?.member ?? null,
    loading: data === undefined,
  };
}
