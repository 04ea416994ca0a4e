import type {
  AppInfo,
  MenuCommand,
  OpenedFile,
  SyncFolderChange,
  SyncFolderListing,
  WrittenSyncSlip,
} from '../../../shared/ipc/contract';

export type {
  SyncFolderChange,
  SyncFolderListing,
  SyncSlipEntry,
  WrittenSyncSlip,
} from '../../../shared/ipc/contract';

/** A chosen or dropped text file, read and size-checked. */
export type PlatformFile = OpenedFile;

export interface OpenFileOptions {
  title?: string;
  /** File extensions without dots, e.g. ['txt', 'csv', 'json']. */
  extensions?: string[];
  /** `backup`: read up to MAX_BACKUP_BYTES (a whole database) instead of MAX_FILE_BYTES. */
  kind?: 'backup';
}

export type PlatformResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * The renderer's only door to the desktop. In Electron it is the preload
 * bridge; in a browser it uses the File API, drag and drop and downloads.
 */
export interface Platform {
  kind: 'electron' | 'browser';
  appInfo(): Promise<PlatformResult<AppInfo>>;
  /** Asks the user for a text file; `null` when cancelled. */
  openTextFile(options?: OpenFileOptions): Promise<PlatformResult<PlatformFile | null>>;
  /** Saves text under a suggested name; `null` when cancelled. Browser: a download. */
  saveTextFile(
    defaultName: string,
    text: string,
    extensions?: string[],
  ): Promise<PlatformResult<string | null>>;
  /** Saves binary data (e.g. a PNG). Browser: a download. */
  saveBlob(defaultName: string, blob: Blob): Promise<PlatformResult<string | null>>;
  /** Native menu commands (Electron only; the browser build never sends any). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * A folder kept in step by a file-sync tool (desktop only: a browser page
   * cannot write into a folder). Absent in the browser build, where the same
   * exchange happens with Export / Import slip.
   */
  folderSync?: FolderSyncPlatform;
}

/** Shared-folder access. Folders are named by the path `chooseFolder` returned; others are refused. */
export interface FolderSyncPlatform {
  chooseFolder(): Promise<PlatformResult<string | null>>;
  /** Atomically replaces `fileName` in the folder. */
  writeSlip(folder: string, fileName: string, text: string): Promise<PlatformResult<WrittenSyncSlip>>;
  readSlips(folder: string): Promise<PlatformResult<SyncFolderListing>>;
  watch(folder: string): Promise<PlatformResult<true>>;
  /** Stops watching; `forget` also withdraws the permission to use the folder. */
  unwatch(folder: string, forget?: boolean): Promise<PlatformResult<true>>;
  onChange(listener: (change: SyncFolderChange) => void): () => void;
}
