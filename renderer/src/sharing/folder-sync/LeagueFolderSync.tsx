import { useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PodiumDatabase } from '../../db/schema';
import type { FolderSyncPlatform } from '../../platform/types';
import type { LeagueSyncConfig } from './config';
import { LeagueSyncer } from './engine';
import { folderSyncStatus } from './status-store';

/** One league kept in step with its shared folder (see FolderSyncAgent); renders nothing. */
export function LeagueFolderSync({
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
