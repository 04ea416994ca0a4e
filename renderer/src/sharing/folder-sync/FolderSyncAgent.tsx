import { lazy, Suspense } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db as appDb } from '../../db';
import type { PodiumDatabase } from '../../db/schema';
import { platform } from '../../platform';
import type { FolderSyncPlatform } from '../../platform/types';
import { readAllSyncConfigs } from './config';

/**
 * The syncer (slip reading, signatures, merging) loads only once a league has
 * a shared folder: most starts have none, and the first screen does not wait
 * for that code.
 */
const LeagueFolderSync = lazy(() =>
  import('./LeagueFolderSync').then((m) => ({ default: m.LeagueFolderSync })),
);

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
  if (!fs || !configs || configs.length === 0) return null;
  return (
    <Suspense fallback={null}>
      {configs.map((config) => (
        <LeagueFolderSync
          // A new folder or member is a new syncer, not a change to a running one.
          key={`${config.leagueId}\u0000${config.folder}\u0000${config.memberId}`}
          db={db}
          fs={fs}
          config={config}
        />
      ))}
    </Suspense>
  );
}
