import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { createSecureWindow } from './window-options';
import {
  clampToDisplays,
  loadWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
  type WindowState,
} from './window-state';

export interface MainWindowOptions {
  userDataPath: string;
  preloadPath: string;
  /** electron-vite's dev server in development; the app:// origin otherwise. */
  devServerUrl?: string;
}

/** Waits this long after the last move/resize before writing, so dragging does not hammer the disk. */
const SAVE_DELAY_MS = 500;

export function createMainWindow({
  userDataPath,
  preloadPath,
  devServerUrl,
}: MainWindowOptions): BrowserWindow {
  const stateFile = join(userDataPath, WINDOW_STATE_FILE);
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map(
    (display) => display.workArea,
  );
  const saved = clampToDisplays(loadWindowState(stateFile), workAreas);

  const window = createSecureWindow(BrowserWindow, { preloadPath, bounds: saved.bounds });
  if (saved.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    // Normal bounds, so un-maximizing next time restores the size the user chose.
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      saveWindowState(stateFile, state);
    } catch (error) {
      console.warn('podium: could not save the window position', error);
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);

  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}
