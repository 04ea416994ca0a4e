import { useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db as appDb } from '../../db';
import type { PodiumDatabase } from '../../db/schema';
import { platform } from '../../platform';
import type { FolderSyncPlatform } from '../../platform/types';
import { readAllSyncConfigs, type LeagueSyncConfig } from './config';
import { LeagueSyncer } from './engine';
import { folderSyncStatus } from './status-store';

/**
 * Keeps every league that has a shared folder in step with it, for as long as
 * the app runs (mounted once in the app frame; renders nothing). Desktop only:
 * without `platform.folderSync` it does nothing.
 */
export function FolderSyncAgent({
  db = appDb,
  fs = platform.folderSync,
}: {
  db?: PodiumDatabase;
  fs?: FolderSyncPlatform;
}) {
  const configs = useLiveQuery(() => (fs ? readAllSyncConfigs(db) : []), [db, fs]);
  if (!fs || !configs) return null;
  return (
    <>
      {configs.map((config) => (
        <LeagueFolderSync
          // A new folder or member is a new syncer, not a change to a running one.
          key={`${config.leagueId}\u0000${config.folder}\u0000${config.memberId}`}
          db={db}
          fs={fs}
          config={config}
        />
      ))}
    </>
  );
}

function LeagueFolderSync({
  db,
  fs,
  config,
}: {
  db: PodiumDatabase;
  fs: FolderSyncPlatform;
  config: LeagueSyncConfig;
}) {
  const { leagueId, folder, memberId } = config;
  const syncer = useMemo(
    () =>
      new LeagueSyncer({
        db,
        fs,
        leagueId,
        config: { folder, memberId },
        onStatus: (status) => folderSyncStatus.set(leagueId, status),
      }),
    [db, fs, leagueId, folder, memberId],
  );

  useEffect(() => {
    syncer.start();
    return () => {
      syncer.stop();
      folderSyncStatus.clear(leagueId);
    };
  }, [syncer, leagueId]);

  // What the member's slip would contain, minus the export time: a change means "write again".
  const signature = useLiveQuery(async () => {
    const [member, picks] = await Promise.all([
      db.members.get([leagueId, memberId]),
      db.picks.where('[leagueId+memberId]').equals([leagueId, memberId]).toArray(),
    ]);
    if (!member) return null;
    const content = picks
      .map((pick) => [pick.raceId, pick.podium, pick.madeAt, pick.joker === true] as const)
      .sort((a, b) => a[0].localeCompare(b[0]));
    return JSON.stringify([member.name, member.color ?? null, content]);
  }, [db, leagueId, memberId]);

  useEffect(() => {
    if (typeof signature === 'string') syncer.picksChanged(signature);
  }, [syncer, signature]);

  return null;
}
