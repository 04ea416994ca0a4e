/**
 * Which folder a league syncs through, and which member this computer writes
 * for. Stored per league in the settings table under `syncFolder:<leagueId>`.
 */
import type { PodiumDatabase } from '../../db/schema';

export interface SyncFolderConfig {
  /** The absolute path main returned from its folder dialog. */
  folder: string;
  /** The member whose slip this computer writes; every other member's slip is read. */
  memberId: string;
}

export interface LeagueSyncConfig extends SyncFolderConfig {
  leagueId: string;
}

const PREFIX = 'syncFolder:';

export const syncFolderKey = (leagueId: string) => `${PREFIX}${leagueId}`;

function asConfig(value: unknown): SyncFolderConfig | null {
  if (typeof value !== 'object' || value === null) return null;
  const { folder, memberId } = value as Record<string, unknown>;
  return typeof folder === 'string' && folder && typeof memberId === 'string' && memberId
    ? { folder, memberId }
    : null;
}

export async function readSyncConfig(db: PodiumDatabase, leagueId: string): Promise<SyncFolderConfig | null> {
  return asConfig((await db.settings.get(syncFolderKey(leagueId)))?.value);
}

/** Every configured league whose league still exists (a deleted league stops syncing). */
export async function readAllSyncConfigs(db: PodiumDatabase): Promise<LeagueSyncConfig[]> {
  const rows = await db.settings.where('key').startsWith(PREFIX).toArray();
  const leagueIds = new Set((await db.leagues.toCollection().primaryKeys()).map(String));
  return rows.flatMap((row) => {
    const leagueId = row.key.slice(PREFIX.length);
    const config = asConfig(row.value);
    return config && leagueIds.has(leagueId) ? [{ leagueId, ...config }] : [];
  });
}

export async function writeSyncConfig(
  db: PodiumDatabase,
  leagueId: string,
  config: SyncFolderConfig,
): Promise<void> {
  await db.settings.put({ key: syncFolderKey(leagueId), value: { ...config } });
}

export async function clearSyncConfig(db: PodiumDatabase, leagueId: string): Promise<void> {
  await db.settings.delete(syncFolderKey(leagueId));
}

const SAFE_PART = /^[A-Za-z0-9_-]{1,60}$/;

/** FNV-1a, enough to keep two ids that sanitise alike apart in a file name. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function namePart(id: string): string {
  if (SAFE_PART.test(id)) return id;
  const cleaned = id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40) || 'x';
  return `${cleaned}-${shortHash(id)}`;
}

/**
 * `<leagueId>--<memberId>.podium-slip.json`. Only a label for people browsing
 * the folder: readers trust the slip's content, never its file name.
 */
export function slipFileName(leagueId: string, memberId: string): string {
  return `${namePart(leagueId)}--${namePart(memberId)}.podium-slip.json`;
}
