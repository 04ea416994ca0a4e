/**
 * Where the agent (mounted once in the app frame) leaves each league's sync
 * status for the panel (mounted on the League screen) to show. In memory:
 * the status describes this session, the picks themselves are in the database.
 */
import { useSyncExternalStore } from 'react';
import type { FolderSyncStatus } from './engine';

const statuses = new Map<string, FolderSyncStatus>();
const listeners = new Set<() => void>();

export const folderSyncStatus = {
  set(leagueId: string, status: FolderSyncStatus): void {
    statuses.set(leagueId, status);
    for (const listener of listeners) listener();
  },
  clear(leagueId: string): void {
    if (!statuses.delete(leagueId)) return;
    for (const listener of listeners) listener();
  },
  get(leagueId: string): FolderSyncStatus | undefined {
    return statuses.get(leagueId);
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useFolderSyncStatus(leagueId: string): FolderSyncStatus | undefined {
  return useSyncExternalStore(folderSyncStatus.subscribe, () => folderSyncStatus.get(leagueId));
}
