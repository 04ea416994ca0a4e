import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowBounds } from './window-state';

/** Smallest size the layout is designed for (issue 2: readable from 1024×640). */
export const MIN_WINDOW_WIDTH = 1024;
export const MIN_WINDOW_HEIGHT = 640;
/** The app's dark background, shown before the first paint so there is no white flash. */
export const WINDOW_BACKGROUND = '#0b0f17';

/**
 * The renderer's web preferences, written out in full rather than relying on
 * defaults: electronegativity cannot see options built in a variable, so a
 * unit test asserts this exact object instead.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Names of drivers and tracks are not dictionary words; underlining them is noise.
    spellcheck: false,
  };
}

export interface WindowOptionsInput {
  preloadPath: string;
  bounds: WindowBounds;
  iconPath?: string;
}

export function mainWindowOptions({ preloadPath, bounds, iconPath }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: 'Podium League',
    backgroundColor: WINDOW_BACKGROUND,
    // Shown on 'ready-to-show' so the user never sees an empty frame.
    show: false,
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: secureWebPreferences(preloadPath),
  };
}
