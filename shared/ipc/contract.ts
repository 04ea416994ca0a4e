/**
 * The one IPC contract between the renderer and the Electron main process.
 * The preload object and the main-process handlers are both checked against
 * {@link PodiumBridge} with `satisfies`; the renderer imports only the types.
 *
 * Rules: one exposed function per message, channels prefixed `podium:`,
 * errors returned as data (never thrown across the bridge), every argument
 * validated again in main.
 */

import type { Result as Outcome } from '../common/result';
import type { FileProblem } from '../files/problems';
import type { MenuLabels } from './menu-labels';

/**
 * Every bridge call answers with a Result: failures are data, so the renderer
 * always gets a value. A failure is a list of file problems (codes with
 * params, the system's error code as `fs`), which the screens word in the
 * user's language; each one's `message` is the English for logs.
 */
export type Result<T> = Outcome<T, FileProblem>;

export interface AppInfo {
  name: string;
  version: string;
  electron: string;
  chrome: string;
  node: string;
  platform: string;
  userDataPath: string;
}

/**
 * A file the user chose, as bytes: size-checked by the platform, decoded in
 * shared/ (the same decoder the CLI uses), never by the platform itself.
 */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenFileRequest {
  title?: string;
  filters?: FileFilter[];
  /** `backup`: a whole-database backup, read up to MAX_BACKUP_BYTES instead of MAX_FILE_BYTES. */
  kind?: 'backup';
}

export interface SaveTextFileRequest {
  title?: string;
  defaultName: string;
  /** The content; base64 of the bytes when `encoding` is `base64` (e.g. a PNG). */
  text: string;
  encoding?: 'utf8' | 'base64';
  filters?: FileFilter[];
}

/** Where a saved file went; `null` value means the user cancelled. */
export interface SavedFile {
  path: string;
}

/** Screens reachable from the View menu; the values are router paths. */
import type { ScreenPath } from '../app/screens';
export type { ScreenPath };

/** Events main sends to the renderer when a native menu item is chosen. */
export type MenuCommand =
  | { type: 'navigate'; path: ScreenPath }
  | { type: 'import-results' }
  | { type: 'export-league' }
  | { type: 'backup' };

/**
 * Shared folder: a folder a file-sync tool (Syncthing, Dropbox,
 * OneDrive, a network share) keeps in step between friends. The renderer names
 * a folder only by the path main returned from its folder dialog; main refuses
 * any other path, so the page cannot write anywhere else.
 */
export interface ChooseSyncFolderRequest {
  title?: string;
}

/** Writes this machine's own slip file; `fileName` is `<leagueId>--<memberId>.podium-slip.json`. */
export interface WriteSyncSlipRequest {
  folder: string;
  fileName: string;
  text: string;
}

export interface SyncFolderRequest {
  folder: string;
}

export interface UnwatchSyncFolderRequest {
  folder: string;
  /** Also forget the folder: the renderer can no longer write there until it is chosen again. */
  forget?: boolean;
}

export interface WrittenSyncSlip {
  fileName: string;
  bytes: number;
}

/** Fixed suffix of slip files in a shared folder. */
export const SYNC_SLIP_SUFFIX = '.podium-slip.json';

/**
 * Limits of one read of a shared folder. Anyone with write access to the
 * folder (every friend, and whatever their sync tool copies) chooses its
 * content, so a read never loads more than this, whatever the folder holds.
 * A real slip is a few kilobytes (one member, one season's picks).
 */
export const SYNC_LIMITS = {
  /** Largest slip file read or written; larger files are reported, never read. */
  maxSlipBytes: 1024 * 1024,
  /** Slip files read per scan (in name order); the rest are counted in `skipped`. */
  maxSlipsPerScan: 2000,
  /** Bytes of slip text one scan returns; files past it are counted in `skipped`. */
  maxScanBytes: 32 * 1024 * 1024,
  /** Directory entries looked at per scan, slip or not. */
  maxListedNames: 20_000,
} as const;

/**
 * One slip file found in the folder. `incomplete` means it is not (yet) valid
 * JSON and was changed moments ago — typically a sync tool still copying it —
 * and will be read again. `invalid` is permanent for this version of the file
 * (not text, not JSON, not a slip, a link, a device, a hard link of another
 * slip): it is read again only once the file changes. Its `problems` say
 * why as codes for the screens; `reason` is the same in English.
 */
export type SyncSlipEntry =
  | { fileName: string; status: 'ok'; text: string }
  | { fileName: string; status: 'incomplete'; reason: string }
  | { fileName: string; status: 'invalid'; reason: string; problems: FileProblem[] }
  | { fileName: string; status: 'too-large'; bytes: number }
  | { fileName: string; status: 'unreadable'; reason: string; problems: FileProblem[] };

export interface SyncFolderListing {
  folder: string;
  /** When main read the folder (main's clock; display only). */
  readAt: string;
  entries: SyncSlipEntry[];
  /** Slip files left unread because a per-scan limit was reached, and which one. */
  skipped?: {
    files: number;
    reason: string;
    /** The same as a `scan-limit` file problem (params `limit`, `max`, `files`), for the screens. */
    problem: FileProblem;
  };
}

/** Sent by main when a watched folder may have changed (watch event or periodic rescan). */
export interface SyncFolderChange {
  folder: string;
  cause: 'watch' | 'rescan';
}

/** The bridge exposed on `window.podium` by the preload. */
export interface PodiumBridge {
  appInfo(): Promise<Result<AppInfo>>;
  /** Shows an open dialog and reads the chosen file's bytes; `null` when cancelled. Refuses files over 5 MB. */
  openFile(request: OpenFileRequest): Promise<Result<OpenedFile | null>>;
  /** Shows a save dialog and writes the text; `null` when cancelled. */
  saveTextFile(request: SaveTextFileRequest): Promise<Result<SavedFile | null>>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Folder dialog; main remembers the chosen folder. The absolute path, or `null` when cancelled. */
  chooseSyncFolder(request: ChooseSyncFolderRequest): Promise<Result<string | null>>;
  /** Atomically writes one slip file into a chosen folder (temporary file + fsync + rename). */
  writeSyncSlip(request: WriteSyncSlipRequest): Promise<Result<WrittenSyncSlip>>;
  /** Lists and reads every `*.podium-slip.json` file of a chosen folder. */
  readSyncFolder(request: SyncFolderRequest): Promise<Result<SyncFolderListing>>;
  /** Starts watching a chosen folder; changes arrive through `onSyncFolderChanged`. */
  watchSyncFolder(request: SyncFolderRequest): Promise<Result<true>>;
  /** Stops watching (and optionally forgets) a folder. */
  unwatchSyncFolder(request: UnwatchSyncFolderRequest): Promise<Result<true>>;
  /** Subscribes to folder changes; returns the unsubscribe function. */
  onSyncFolderChanged(listener: (change: SyncFolderChange) => void): () => void;
  /** Rebuilds the native menu in the app's language (the renderer owns the translations). */
  setMenuLabels(labels: MenuLabels): Promise<Result<true>>;
}

/** Bridge methods that are events from main rather than request/response calls. */
export type BridgeEventMethod = 'onMenuCommand' | 'onSyncFolderChanged';

/** Channel names, one per message. */
export const IPC_CHANNELS = {
  appInfo: 'podium:app-info',
  openFile: 'podium:open-file',
  saveTextFile: 'podium:save-text-file',
  onMenuCommand: 'podium:menu-command',
  chooseSyncFolder: 'podium:choose-sync-folder',
  writeSyncSlip: 'podium:write-sync-slip',
  readSyncFolder: 'podium:read-sync-folder',
  watchSyncFolder: 'podium:watch-sync-folder',
  unwatchSyncFolder: 'podium:unwatch-sync-folder',
  onSyncFolderChanged: 'podium:sync-folder-changed',
  setMenuLabels: 'podium:set-menu-labels',
} as const satisfies Record<keyof PodiumBridge, `podium:${string}`>;

/** Largest file the app reads, and largest backup it writes and restores; the limits shared with the CLI. */
export { MAX_BACKUP_BYTES, MAX_FILE_BYTES } from '../results/decode';
