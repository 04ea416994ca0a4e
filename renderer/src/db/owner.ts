/**
 * "You": the member this computer belongs to, per league — chosen once (on
 * the Round screen, when importing a league file, or in Settings) and
 * changeable in Settings. It marks YOU on the leaderboard; it is not who is
 * picking at the moment (on a shared computer that changes all evening).
 */
import type { PodiumDatabase } from './schema';

export const ownerKey = (leagueId: string) => `owner:${leagueId}`;

/** The league's member this computer belongs to, or null when not chosen (or no longer a member). */
export async function readOwnerMember(db: PodiumDatabase, leagueId: string): Promise<string | null> {
  const [row, members] = await Promise.all([
    db.settings.get(ownerKey(leagueId)),
    db.members.where('leagueId').equals(leagueId).primaryKeys(),
  ]);
  const id = typeof row?.value === 'string' ? row.value : null;
  return id !== null && members.some((key) => key[1] === id) ? id : null;
}

export async function setOwnerMember(
  db: PodiumDatabase,
  leagueId: string,
  memberId: string | null,
): Promise<void> {
  if (memberId === null) await db.settings.delete(ownerKey(leagueId));
  else await db.settings.put({ key: ownerKey(leagueId), value: memberId });
}
