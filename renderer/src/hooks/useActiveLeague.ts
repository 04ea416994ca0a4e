import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { resolvePickingMember, tabMember, useTabMemberVersion } from '../app/tab-member';
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
 * league when the stored choice no longer exists (e.g. after a delete). The
 * member is this tab's own choice (see app/tab-member.ts).
 */
export function useActiveLeague(): ActiveLeague {
  // A choice in this tab re-runs the query; other tabs' choices never reach here.
  const tabVersion = useTabMemberVersion();
  const data = useLiveQuery(async () => {
    const [leagueSetting, memberSetting] = await Promise.all([
      db.settings.get('activeLeagueId'),
      db.settings.get('activeMemberId'),
    ]);
    const leagues = await db.leagues.orderBy('id').toArray();
    const league = leagues.find((l) => l.id === leagueSetting?.value) ?? leagues[0] ?? null;
    const members = league ? await db.members.where('leagueId').equals(league.id).sortBy('createdAt') : [];
    const member = resolvePickingMember(
      members,
      league ? tabMember.get(league.id) : null,
      memberSetting?.value,
    );
    return { league, members, member };
  }, [tabVersion]);
  const leagueId = data?.league?.id ?? null;
  const memberId = data?.member?.id ?? null;
  useEffect(() => {
    // The first member this tab shows becomes its own choice, so another tab choosing later does not move it.
    if (leagueId && memberId && tabMember.get(leagueId) === null) tabMember.set(leagueId, memberId);
  }, [leagueId, memberId]);
  return {
    league: data === undefined ? undefined : data.league,
    members: data?.members ?? [],
    member: data?.member ?? null,
    loading: data === undefined,
  };
}
