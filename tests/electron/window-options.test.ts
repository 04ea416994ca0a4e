import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  createSecureWindow,
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  type BrowserWindowConstructor,
} from '../../electron/main/window-options';

/** Stands in for Electron's BrowserWindow and records what it was constructed with. */
function recorder() {
  const calls: BrowserWindowConstructorOptions[] = [];
  const Fake = function (this: unknown, options: BrowserWindowConstructorOptions) {
    calls.push(options);
  } as unknown as BrowserWindowConstructor;
  return { Fake, calls };
}

describe('createSecureWindow', () => {
  it('passes exactly the secure webPreferences to the BrowserWindow constructor', () => {
    const { Fake, calls } = recorder();
    createSecureWindow(Fake, {
      preloadPath: '/app/out/preload/index.cjs',
      bounds: { width: 1280, height: 800 },
    });
    expect(calls).toHaveLength(1);
    // toStrictEqual: an extra key (say nodeIntegration: true added later) fails the test.
    expect(calls[0]?.webPreferences).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
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
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
    });
  });

  it('uses the saved bounds, the design minimum size and stays hidden until ready', () => {
    const { Fake, calls } = recorder();
    createSecureWindow(Fake, { preloadPath: 'p', bounds: { x: 10, y: 20, width: 1400, height: 900 } });
    const { webPreferences: _ignored, ...options } = calls[0] ?? {};
    expect(options).toStrictEqual({
      x: 10,
      y: 20,
      width: 1400,
      height: 900,
      minWidth: MIN_WINDOW_WIDTH,
      minHeight: MIN_WINDOW_HEIGHT,
      title: 'Podium League',
      backgroundColor: '#0b0f17',
      show: false,
    });
    expect([MIN_WINDOW_WIDTH, MIN_WINDOW_HEIGHT]).toEqual([1024, 640]);
  });

  it('lets no position through when the OS should place the window', () => {
    const { Fake, calls } = recorder();
    createSecureWindow(Fake, { preloadPath: 'p', bounds: { width: 1280, height: 800 } });
    expect(calls[0]).not.toHaveProperty('x');
    expect(calls[0]).not.toHaveProperty('y');
  });
});
