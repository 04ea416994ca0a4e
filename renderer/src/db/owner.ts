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
  const row = await db.settings.get(ownerKey(leagueId));
  const id = typeof row?.value === 'string' ? row.value : null;
  // One member's key, not the league's whole list: a live query then watches one key.
  return id !== null && (await db.members.get([leagueId, id])) !== undefined ? id : null;
}

export async function setOwnerMember(
  db: PodiumDatabase,
  leagueId: string,
  memberId: string | null,
): Promise<void> {
  if (memberId === null) await db.settings.delete(ownerKey(leagueId));
  else await db.settings.put({ key: ownerKey(leagueId), value: memberId });
}
