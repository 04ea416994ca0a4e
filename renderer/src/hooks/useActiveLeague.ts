import { useEffect } from 'react';
import { useObservable } from 'dexie-react-hooks';
import { resolvePickingMember, tabMember, useTabMemberVersion } from '../app/tab-member';
import { db } from '../db';
import { readLeagueMembers } from '../db/members';
import type { PodiumDatabase } from '../db/schema';
import { sharedLiveQuery } from '../db/shared-live-query';
import type { LeagueRecord, MemberRecord } from '../db/records';

export interface ActiveLeague {
  /** undefined while loading, null when there is none. */
  league: LeagueRecord | null | undefined;
  members: MemberRecord[];
  member: MemberRecord | null;
  loading: boolean;
}

/**
 * The league the user is working with: the stored choice, or the first league when that no
 * longer exists (e.g. after a delete); null when there is none.
 */
export async function readActiveLeague(database: PodiumDatabase): Promise<LeagueRecord | null> {
  const [setting, leagues] = await Promise.all([
    database.settings.get('activeLeagueId'),
    database.leagues.orderBy('id').toArray(),
  ]);
  return leagues.find((l) => l.id === setting?.value) ?? leagues[0] ?? null;
}

/** The live active league with its members and this tab's member, shared by the shell and the screen. */
function activeLeagueQuery(tabVersion: number) {
  return sharedLiveQuery(`active-league:${tabVersion}`, async () => {
    const [league, memberSetting] = await Promise.all([
      readActiveLeague(db),
      db.settings.get('activeMemberId'),
    ]);
    const members = league ? await readLeagueMembers(db, league.id) : [];
    const member = resolvePickingMember(
      members,
      league ? tabMember.get(league.id) : null,
      memberSetting?.value,
    );
    return { league, members, member };
  });
}

/**
 * The league and member the user is working with (see {@link readActiveLeague}). The member is
 * this tab's own choice (see app/tab-member.ts).
 */
export function useActiveLeague(): ActiveLeague {
  // A choice in this tab re-runs the query; other tabs' choices never reach here.
  const tabVersion = useTabMemberVersion();
  const data = useObservable(() => activeLeagueQuery(tabVersion), [tabVersion]);
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
