import { isAbsolute, join } from 'node:path';
import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state';

/** Smallest size the layout is designed for (issue 2: readable from 1024×640). */
export const MIN_WINDOW_WIDTH = 1024;
export const MIN_WINDOW_HEIGHT = 640;
/** The app's dark background, shown before the first paint so there is no white flash. */
export const WINDOW_BACKGROUND = '#0b0f17';

export interface WindowOptionsInput {
  preloadPath: string;
  bounds: WindowBounds;
}

/**
 * The preload script built next to the main bundle (`out/main` → `out/preload/index.cjs`):
 * always inside the app, never a path from the environment. CommonJS because a
 * sandboxed preload cannot load ES modules.
 */
export function preloadPathFor(mainDir: string): string {
  return join(mainDir, '..', 'preload', 'index.cjs');
}

/** Just the constructor, so tests can pass a recorder instead of Electron's class. */
export type BrowserWindowConstructor = new (
  options: BrowserWindowConstructorOptions,
) => ElectronBrowserWindow;

/**
 * Creates the app window. The options are one literal at the `new
 * BrowserWindow` call on purpose: electronegativity reads them only there,
 * and a unit test records the exact object passed, so both the scanner and
 * the test see the real values. Every security-relevant preference is
 * spelled out rather than left to defaults that have changed between
 * Electron versions.
 */
export function createSecureWindow(
  BrowserWindow: BrowserWindowConstructor,
  { preloadPath, bounds }: WindowOptionsInput,
): ElectronBrowserWindow {
  // Electron silently skips a relative preload, which would leave the app without its bridge.
  if (!isAbsolute(preloadPath)) throw new Error(`preload path must be absolute: ${preloadPath}`);
  return new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: 'Podium League',
    backgroundColor: WINDOW_BACKGROUND,
    // Shown on 'ready-to-show' so the user never sees an empty frame.
    show: false,
    webPreferences: {
      // electronegativity flags every preload for manual review. Reviewed: sandboxed, and it
      // exposes only the PodiumBridge functions (electron/preload/index.ts), checked with satisfies.
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
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
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      // Driver and track names are not dictionary words; underlining them is noise.
      spellcheck: false,
    },
  });
}
