/**
 * The one IPC contract between the renderer and the Electron main process.
 * The preload object and the main-process handlers are both checked against
 * {@link PodiumBridge} with `satisfies`; the renderer imports only the types.
 *
 * Rules: one exposed function per message, channels prefixed `podium:`,
 * errors returned as data (never thrown across the bridge), every argument
 * validated again in main.
 */

/** Result of a bridge call: errors are data, so the renderer always gets a value. */
export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface AppInfo {
  name: string;
  version: string;
  electron: string;
  chrome: string;
  node: string;
  platform: string;
  userDataPath: string;
}

/** A text file read by main after the user chose it in a dialog. */
export interface OpenedFile {
  name: string;
  text: string;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenTextFileRequest {
  title?: string;
  filters?: FileFilter[];
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
export type ScreenPath = '/' | '/round' | '/results' | '/leaderboard' | '/league' | '/season' | '/settings';

/** Events main sends to the renderer when a native menu item is chosen. */
export type MenuCommand =
  | { type: 'navigate'; path: ScreenPath }
  | { type: 'import-results' }
  | { type: 'export-league' }
  | { type: 'backup' };

/** The bridge exposed on `window.podium` by the preload. */
export interface PodiumBridge {
  appInfo(): Promise<BridgeResult<AppInfo>>;
  /** Shows an open dialog; `null` when cancelled. Refuses files over 5 MB or not text. */
  openTextFile(request: OpenTextFileRequest): Promise<BridgeResult<OpenedFile | null>>;
  /** Shows a save dialog and writes the text; `null` when cancelled. */
  saveTextFile(request: SaveTextFileRequest): Promise<BridgeResult<SavedFile | null>>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Channel names, one per message. */
export const IPC_CHANNELS = {
  appInfo: 'podium:app-info',
  openTextFile: 'podium:open-text-file',
  saveTextFile: 'podium:save-text-file',
  onMenuCommand: 'podium:menu-command',
} as const satisfies Record<keyof PodiumBridge, `podium:${string}`>;

/** Largest file the app reads (DESIGN.md §5). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
