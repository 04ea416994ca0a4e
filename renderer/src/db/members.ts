import type { MemberRecord } from './records';
import type { PodiumDatabase } from './schema';

/**
 * A league's members in the order they joined. Read as a primary-key range rather than through
 * the leagueId index: a live query then watches one range instead of recording every member's
 * key (a thousand keys in a big league, on every read).
 */
export async function readLeagueMembers(db: PodiumDatabase, leagueId: string): Promise<MemberRecord[]> {
  // Every [leagueId, memberId]: arrays sort after strings.
  return db.members.where(':id').between([leagueId], [leagueId, []]).sortBy('createdAt');
}
