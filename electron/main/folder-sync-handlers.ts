/**
 * IPC handlers for the shared folder. Every call that names a folder is
 * refused unless the user chose that folder in the native dialog (the
 * registry), so the renderer can only ever write slip files into folders the
 * user picked, under validated names.
 */
import type { BridgeResult, SyncFolderListing, WrittenSyncSlip } from '../../shared/ipc/contract';
import { canonicalFolder, type SyncFolderRegistry } from './sync-folders';
import type { ValidatedArgs } from './ipc-validation';

export type FolderSyncMethod =
  'chooseSyncFolder' | 'writeSyncSlip' | 'readSyncFolder' | 'watchSyncFolder' | 'unwatchSyncFolder';

export interface FolderSyncDeps {
  registry: SyncFolderRegistry;
  /** Shows the folder dialog; the chosen folder, or null when cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>;
  writeSlip(
    folder: string,
    fileName: string,
    text: string,
  ): Promise<{ ok: true; fileName: string; bytes: number } | { ok: false; error: string }>;
  readFolder(
    folder: string,
  ): Promise<{ ok: true; listing: SyncFolderListing } | { ok: false; error: string }>;
  /** True when something (anything, even a link) exists at that name in the folder. */
  slipExists(folder: string, fileName: string): Promise<boolean>;
  watch(folder: string): Promise<void> | void;
  unwatch(folder: string): Promise<void> | void;
}

export type FolderSyncHandlers = {
  chooseSyncFolder(...args: ValidatedArgs<'chooseSyncFolder'>): Promise<BridgeResult<string | null>>;
  writeSyncSlip(...args: ValidatedArgs<'writeSyncSlip'>): Promise<BridgeResult<WrittenSyncSlip>>;
  readSyncFolder(...args: ValidatedArgs<'readSyncFolder'>): Promise<BridgeResult<SyncFolderListing>>;
  watchSyncFolder(...args: ValidatedArgs<'watchSyncFolder'>): Promise<BridgeResult<true>>;
  unwatchSyncFolder(...args: ValidatedArgs<'unwatchSyncFolder'>): Promise<BridgeResult<true>>;
};

export const NOT_CHOSEN =
  'Refused: Podium League only uses folders you chose with “Choose folder…”. Choose the folder again.';

const notOwned = (fileName: string) =>
  `Refused to write “${fileName}”: that file is already in the folder and was not written by this computer, so it belongs to another computer. If it is yours (for example from before a reinstall), delete it from the folder and Podium League writes it again.`;

export function createFolderSyncHandlers(deps: FolderSyncDeps): FolderSyncHandlers {
  const refuse = { ok: false, error: NOT_CHOSEN } as const;
  return {
    async chooseSyncFolder(request) {
      const folder = await deps.chooseFolder({ title: request.title ?? 'Choose the shared folder' });
      if (folder === null) return { ok: true, value: null };
      return { ok: true, value: await deps.registry.add(folder) };
    },

    async writeSyncSlip({ folder: asked, fileName, text }) {
      if (!deps.registry.has(asked)) return refuse;
      const folder = canonicalFolder(asked);
      if (!deps.registry.ownedSlips(folder).includes(fileName)) {
        // Only a file this computer created may be replaced: another member's file is theirs.
        if (await deps.slipExists(folder, fileName)) return { ok: false, error: notOwned(fileName) };
        try {
          await deps.registry.claimSlip(folder, fileName);
        } catch (error) {
          return { ok: false, error: `Refused to write “${fileName}”: ${(error as Error).message}.` };
        }
      }
      const written = await deps.writeSlip(folder, fileName, text);
      return written.ok ? { ok: true, value: { fileName: written.fileName, bytes: written.bytes } } : written;
    },

    async readSyncFolder({ folder }) {
      if (!deps.registry.has(folder)) return refuse;
      const read = await deps.readFolder(canonicalFolder(folder));
      return read.ok ? { ok: true, value: read.listing } : read;
    },

    async watchSyncFolder({ folder }) {
      if (!deps.registry.has(folder)) return refuse;
      // Named as the user chose it, so every spelling the page may use is one watch.
      await deps.watch(canonicalFolder(folder));
      return { ok: true, value: true };
    },

    async unwatchSyncFolder({ folder, forget }) {
      // Unwatching is always allowed: it can only reduce what the app does.
      await deps.unwatch(canonicalFolder(folder));
      if (forget) await deps.registry.remove(folder);
      return { ok: true, value: true };
    },
  };
}

/** For tests and builds without a shared-folder implementation: every call says so, as data. */
export function unavailableFolderSync(): FolderSyncHandlers {
  const unavailable = async () => ({ ok: false, error: 'The shared folder is not available here.' }) as const;
  return {
    chooseSyncFolder: unavailable,
    writeSyncSlip: unavailable,
    readSyncFolder: unavailable,
    watchSyncFolder: unavailable,
    unwatchSyncFolder: unavailable,
  };
}
