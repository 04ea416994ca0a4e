import type { Result } from '../../../shared/ipc/contract';
import type {
  AppInfo,
  MenuCommand,
  OpenedFile,
  SyncFolderChange,
  SyncFolderListing,
  WrittenSyncSlip,
} from '../../../shared/ipc/contract';
import type { MenuLabels } from '../../../shared/ipc/menu-labels';

export type {
  SyncFolderChange,
  SyncFolderListing,
  SyncSlipEntry,
  WrittenSyncSlip,
} from '../../../shared/ipc/contract';

/** A chosen or dropped file: its name and bytes, size-checked, not yet decoded. */
export type PlatformFile = OpenedFile;

export interface OpenFileOptions {
  title?: string;
  /** File extensions without dots, e.g. ['txt', 'csv', 'json']. */
  extensions?: string[];
  /** `backup`: read up to MAX_BACKUP_BYTES (a whole database) instead of MAX_FILE_BYTES. */
  kind?: 'backup';
}

/**
 * The renderer's only door to the desktop. In Electron it is the preload
 * bridge; in a browser it uses the File API, drag and drop and downloads.
 */
export interface Platform {
  kind: 'electron' | 'browser';
  appInfo(): Promise<Result<AppInfo>>;
  /** Asks the user for a file and reads its bytes; `null` when cancelled. */
  openFile(options?: OpenFileOptions): Promise<Result<PlatformFile | null>>;
  /** Saves text under a suggested name; `null` when cancelled. Browser: a download. */
  saveTextFile(defaultName: string, text: string, extensions?: string[]): Promise<Result<string | null>>;
  /** Saves binary data (e.g. a PNG). Browser: a download. */
  saveBlob(defaultName: string, blob: Blob): Promise<Result<string | null>>;
  /** Native menu commands (Electron only; the browser build never sends any). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Gives the native menu the app's words (Electron; the browser has no native menu). */
  setMenuLabels(labels: MenuLabels): Promise<Result<true>>;
  /**
   * A folder kept in step by a file-sync tool (desktop only: a browser page
   * cannot write into a folder). Absent in the browser build, where the same
   * exchange happens with Export / Import slip.
   */
  folderSync?: FolderSyncPlatform;
}

/** Shared-folder access. Folders are named by the path `chooseFolder` returned; others are refused. */
export interface FolderSyncPlatform {
  chooseFolder(): Promise<Result<string | null>>;
  /** Atomically replaces `fileName` in the folder. */
  writeSlip(folder: string, fileName: string, text: string): Promise<Result<WrittenSyncSlip>>;
  readSlips(folder: string): Promise<Result<SyncFolderListing>>;
  watch(folder: string): Promise<Result<true>>;
  /** Stops watching; `forget` also withdraws the permission to use the folder. */
  unwatch(folder: string, forget?: boolean): Promise<Result<true>>;
  onChange(listener: (change: SyncFolderChange) => void): () => void;
}
