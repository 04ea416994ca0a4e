/**
 * The renderer's only door to the desktop. Everything else in
 * renderer/ imports `platform` from here and never touches `window.podium`.
 */
import type { PodiumBridge } from '../../../shared/ipc/contract';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './desktop';
import type { Platform } from './types';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser build. */
    podium?: PodiumBridge;
  }
}

export const platform: Platform =
  typeof window !== 'undefined' && window.podium
    ? createElectronPlatform(window.podium)
    : createBrowserPlatform();

export type {
  FolderSyncPlatform,
  OpenFileOptions,
  Platform,
  PlatformFile,
  SyncFolderChange,
  SyncFolderListing,
  SyncSlipEntry,
} from './types';
export { readBrowserFile } from './read-file';
export { chooseTextFile, decodeFile, type TextFile } from './text-file';
export type { Result } from '../../../shared/ipc/contract';
