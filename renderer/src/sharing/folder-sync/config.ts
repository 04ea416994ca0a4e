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

/**
 * `<leagueId>--<memberId>.podium-slip.json`, shared with main, which writes a
 * slip only under the name of the league and member inside it.
 */
export { slipFileName } from '../../../../shared/exchange/slip-file-name';
