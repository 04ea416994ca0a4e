/**
 * The options the real window builder hands to Electron's BrowserWindow,
 * checked against the security properties they must have (not against a copy
 * of the source literal): a renderer isolated from Node, sandboxed, with web
 * security on and the preload taken from inside the app.
 */
import path from 'node:path';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSecureWindow,
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  preloadPathFor,
  type BrowserWindowConstructor,
} from '../../electron/main/window-options';
import type { WindowBounds } from '../../electron/main/window-state';

/** Stands in for Electron's BrowserWindow and records what it was constructed with. */
function recorder() {
  const calls: BrowserWindowConstructorOptions[] = [];
  const Fake = function (this: unknown, options: BrowserWindowConstructorOptions) {
    calls.push(options);
  } as unknown as BrowserWindowConstructor;
  return { Fake, calls };
}

/** Where a packaged app's main bundle runs from (this machine's path flavour: Linux and macOS). */
const MAIN_DIRS = [
  '/opt/Podium League/resources/app.asar/out/main',
  '/Applications/Podium League.app/Contents/Resources/app.asar/out/main',
  path.resolve('out/main'),
];

function optionsFor(bounds: WindowBounds, mainDir = MAIN_DIRS[0]!): BrowserWindowConstructorOptions {
  const { Fake, calls } = recorder();
  createSecureWindow(Fake, { preloadPath: preloadPathFor(mainDir), bounds });
  expect(calls).toHaveLength(1);
  return calls[0]!;
}

/**
 * Each preference that decides what a compromised page could reach, with the
 * condition it must meet. Preferences whose Electron default is unsafe or has
 * changed between versions must be set explicitly.
 */
const SECURITY_RULES: [keyof WebPreferences, (value: unknown) => boolean][] = [
  ['contextIsolation', (v) => v === true],
  ['sandbox', (v) => v === true],
  ['nodeIntegration', (v) => v === false],
  ['nodeIntegrationInWorker', (v) => v === false],
  ['nodeIntegrationInSubFrames', (v) => v === false],
  ['webSecurity', (v) => v !== false],
  ['allowRunningInsecureContent', (v) => v !== true],
  ['experimentalFeatures', (v) => v !== true],
  ['webviewTag', (v) => v !== true],
  ['navigateOnDragDrop', (v) => v !== true],
];

/** Preferences that only ever widen what the renderer may do. */
const NEVER_SET: (keyof WebPreferences)[] = [
  'enableBlinkFeatures',
  'additionalArguments',
  'session',
  'partition',
];

const boundsArb: fc.Arbitrary<WindowBounds> = fc.record(
  {
    x: fc.integer({ min: -5000, max: 5000 }),
    y: fc.integer({ min: -5000, max: 5000 }),
    width: fc.integer({ min: 1, max: 8000 }),
    height: fc.integer({ min: 1, max: 8000 }),
  },
  { requiredKeys: ['width', 'height'] },
);

describe('createSecureWindow', () => {
  it('isolates, sandboxes and keeps web security on, whatever the saved bounds', () => {
    fc.assert(
      fc.property(boundsArb, fc.constantFrom(...MAIN_DIRS), (bounds, mainDir) => {
        const prefs = optionsFor(bounds, mainDir).webPreferences ?? {};
        for (const [key, holds] of SECURITY_RULES) {
          expect(Object.hasOwn(prefs, key), `${key} is set explicitly`).toBe(true);
          expect(holds(prefs[key]), `${key} = ${String(prefs[key])}`).toBe(true);
        }
        for (const key of NEVER_SET) expect(prefs, key).not.toHaveProperty(key);
        // Middle-click must not open links in new windows (a second, unguarded window).
        expect(String(prefs.disableBlinkFeatures ?? '').split(',')).toContain('Auxclick');
      }),
    );
  });

  it('loads the preload built inside the app, as CommonJS, by an absolute path', () => {
    for (const mainDir of MAIN_DIRS) {
      const preload = optionsFor({ width: 1280, height: 800 }, mainDir).webPreferences?.preload ?? '';
      const relative = path.relative(path.dirname(mainDir), preload);
      expect(path.isAbsolute(preload)).toBe(true);
      expect(relative.startsWith('..') || path.isAbsolute(relative)).toBe(false);
      expect(path.extname(preload)).toBe('.cjs');
    }
  });

  it('refuses a relative preload path, which Electron would silently skip', () => {
    const { Fake, calls } = recorder();
    expect(() =>
      createSecureWindow(Fake, {
        preloadPath: 'out/preload/index.cjs',
        bounds: { width: 1280, height: 800 },
      }),
    ).toThrow(/absolute/);
    expect(calls).toHaveLength(0);
  });

  it('keeps the saved bounds, never goes below the minimum size and stays hidden until ready', () => {
    fc.assert(
      fc.property(boundsArb, (bounds) => {
        const options = optionsFor(bounds);
        expect(options).toMatchObject(bounds);
        if (bounds.x === undefined) expect(options).not.toHaveProperty('x');
        if (bounds.y === undefined) expect(options).not.toHaveProperty('y');
        expect(options.minWidth).toBe(MIN_WINDOW_WIDTH);
        expect(options.minHeight).toBe(MIN_WINDOW_HEIGHT);
        expect(options.show).toBe(false);
      }),
    );
    // The layout is designed to stay readable down to 1024×640.
    expect(MIN_WINDOW_WIDTH).toBeLessThanOrEqual(1024);
    expect(MIN_WINDOW_HEIGHT).toBeLessThanOrEqual(640);
  });
});
