/**
 * IPC handlers for the shared folder. Every call that names a folder is
 * refused unless the user chose that folder in the native dialog (the
 * registry), so the renderer can only ever write slip files into folders the
 * user picked, under validated names.
 */
import { fail, messageOf } from '../../shared/common/result';
import { fileProblem, unexpectedProblem, type FileProblem } from '../../shared/files/problems';
import type { Result, SyncFolderListing, WrittenSyncSlip } from '../../shared/ipc/contract';
import { canonicalFolder, TooManyOwnSlips, type SyncFolderRegistry } from './sync-folders';
import type { ValidatedArgs } from './ipc-validation';

export type FolderSyncMethod =
  'chooseSyncFolder' | 'writeSyncSlip' | 'readSyncFolder' | 'watchSyncFolder' | 'unwatchSyncFolder';

export interface FolderSyncDeps {
  registry: SyncFolderRegistry;
  /** Shows the folder dialog; the chosen folder, or null when cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>;
  writeSlip(folder: string, fileName: string, text: string): Promise<Result<WrittenSyncSlip>>;
  readFolder(folder: string): Promise<Result<SyncFolderListing>>;
  /** True when something (anything, even a link) exists at that name in the folder. */
  slipExists(folder: string, fileName: string): Promise<boolean>;
  watch(folder: string): Promise<void> | void;
  unwatch(folder: string): Promise<void> | void;
}

export type FolderSyncHandlers = {
  chooseSyncFolder(...args: ValidatedArgs<'chooseSyncFolder'>): Promise<Result<string | null>>;
  writeSyncSlip(...args: ValidatedArgs<'writeSyncSlip'>): Promise<Result<WrittenSyncSlip>>;
  readSyncFolder(...args: ValidatedArgs<'readSyncFolder'>): Promise<Result<SyncFolderListing>>;
  watchSyncFolder(...args: ValidatedArgs<'watchSyncFolder'>): Promise<Result<true>>;
  unwatchSyncFolder(...args: ValidatedArgs<'unwatchSyncFolder'>): Promise<Result<true>>;
};

export const NOT_CHOSEN = fileProblem(
  'folder-not-chosen',
  'Refused: Podium League only uses folders you chose with “Choose folder…”. Choose the folder again.',
);

const notOwned = (fileName: string) =>
  fileProblem(
    'slip-not-owned',
    `Refused to write “${fileName}”: that file is already in the folder and was not written by this computer, so it belongs to another computer. If it is yours (for example from before a reinstall), delete it from the folder and Podium League writes it again.`,
    { file: fileName },
  );

/** Why this computer may not start writing `fileName`: its limit of slip files, or the registry could not be saved. */
function claimRefused(fileName: string, error: unknown): FileProblem {
  const message = `Refused to write “${fileName}”: ${messageOf(error)}.`;
  return error instanceof TooManyOwnSlips
    ? fileProblem('too-many-own-slips', message, { file: fileName, max: error.max })
    : unexpectedProblem(message, { file: fileName });
}

export function createFolderSyncHandlers(deps: FolderSyncDeps): FolderSyncHandlers {
  const refuse = fail(NOT_CHOSEN);
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
        if (await deps.slipExists(folder, fileName)) return fail(notOwned(fileName));
        try {
          await deps.registry.claimSlip(folder, fileName);
        } catch (error) {
          return fail(claimRefused(fileName, error));
        }
      }
      return deps.writeSlip(folder, fileName, text);
    },

    async readSyncFolder({ folder }) {
      if (!deps.registry.has(folder)) return refuse;
      return deps.readFolder(canonicalFolder(folder));
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
  const unavailable = async () => ({
    ok: false as const,
    problems: [fileProblem('folder-sync-unavailable', 'The shared folder is not available here.')],
  });
  return {
    chooseSyncFolder: unavailable,
    writeSyncSlip: unavailable,
    readSyncFolder: unavailable,
    watchSyncFolder: unavailable,
    unwatchSyncFolder: unavailable,
  };
}
