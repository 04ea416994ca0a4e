/**
 * Drafts: a half-made podium kept per member and race, so switching member or
 * reloading never loses it. A draft is not a pick: it never counts and never
 * leaves this computer; it becomes the member's pick when its three places
 * are filled (db/picks.ts then deletes it). Stored as the setting
 * `draft:<leagueId>:<memberId>:<raceId>`, under the same PIN and lock rules
 * as the picks.
 */
import { nowIso } from '../app/clock';
import { assertMemberAccess } from './pins';
import type { PickKey } from './picks';
import type { PodiumDatabase } from './schema';

export type DraftSlots = [string | null, string | null, string | null];

export interface DraftRecord {
  slots: DraftSlots;
  savedAt: string;
}

export const draftKey = (key: PickKey) => `draft:${key.leagueId}:${key.memberId}:${key.raceId}`;

/** The member's draft for a race, or null. */
export async function readDraft(db: PodiumDatabase, key: PickKey): Promise<DraftRecord | null> {
  // Read together with the PIN check: awaiting the check first left this read unobserved by live queries.
  const [row] = await Promise.all([
    db.settings.get(draftKey(key)),
    assertMemberAccess(db, key.leagueId, key.memberId),
  ]);
  return (row?.value as DraftRecord | undefined) ?? null;
}

/**
 * Keeps a half-made podium. Empty slots delete the draft; a complete podium
 * is not a draft (it is saved as the pick), so it is refused here.
 */
export async function saveDraft(
  db: PodiumDatabase,
  key: PickKey,
  slots: readonly (string | null)[],
): Promise<void> {
  await assertMemberAccess(db, key.leagueId, key.memberId);
  const normalized: DraftSlots = [slots[0] ?? null, slots[1] ?? null, slots[2] ?? null];
  if (normalized.every((id) => id === null)) {
    await db.settings.delete(draftKey(key));
    return;
  }
  if (normalized.every((id) => id !== null)) throw new Error('A complete podium is a pick, not a draft.');
  const value: DraftRecord = { slots: normalized, savedAt: nowIso() };
  await db.settings.put({ key: draftKey(key), value });
}

export async function deleteDraft(db: PodiumDatabase, key: PickKey): Promise<void> {
  await assertMemberAccess(db, key.leagueId, key.memberId);
  await db.settings.delete(draftKey(key));
}
