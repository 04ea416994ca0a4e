import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  clampToDisplays,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rect,
} from '../../electron/main/window-state';

const LAPTOP: Rect = { x: 0, y: 0, width: 1920, height: 1050 };
const RIGHT_MONITOR: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('accepts a valid state', () => {
    const state = { bounds: { x: 100, y: 50, width: 1400, height: 900 }, maximized: true };
    expect(parseWindowState(state)).toEqual(state);
  });

  it('drops a position that is only half there', () => {
    expect(parseWindowState({ bounds: { x: 100, width: 1400, height: 900 }, maximized: false })).toEqual({
      bounds: { width: 1400, height: 900 },
      maximized: false,
    });
  });

  it.each([
    ['null', null],
    ['a string', 'big'],
    ['missing maximized', { bounds: { width: 1200, height: 800 } }],
    ['a negative width', { bounds: { width: -5, height: 800 }, maximized: false }],
    ['a fractional size', { bounds: { width: 1200.5, height: 800 }, maximized: false }],
    ['an absurd coordinate', { bounds: { x: 1e9, y: 0, width: 1200, height: 800 }, maximized: false }],
    ['NaN', { bounds: { width: Number.NaN, height: 800 }, maximized: false }],
    ['a string size', { bounds: { width: '1200', height: 800 }, maximized: false }],
  ])('falls back to the defaults for %s', (_label, value) => {
    expect(parseWindowState(value)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('clampToDisplays', () => {
  it('keeps a window that is fully visible', () => {
    const state = { bounds: { x: 100, y: 100, width: 1280, height: 800 }, maximized: false };
    expect(clampToDisplays(state, [LAPTOP])).toEqual(state);
  });

  it('keeps a window on a second monitor that is still attached', () => {
    const state = { bounds: { x: 2200, y: 200, width: 1600, height: 1000 }, maximized: true };
    expect(clampToDisplays(state, [LAPTOP, RIGHT_MONITOR])).toEqual(state);
  });

  it('lets the OS place a window whose monitor was unplugged', () => {
    const state = { bounds: { x: 2200, y: 200, width: 1600, height: 1000 }, maximized: false };
    expect(clampToDisplays(state, [LAPTOP])).toEqual({
      bounds: { width: 1600, height: 1000 },
      maximized: false,
    });
  });

  it('pulls a window hanging off the edge back onto the screen', () => {
    const state = { bounds: { x: 1500, y: -40, width: 1280, height: 800 }, maximized: false };
    expect(clampToDisplays(state, [LAPTOP])).toEqual({
      bounds: { x: 640, y: 0, width: 1280, height: 800 },
      maximized: false,
    });
  });

  it('moves a window straddling two monitors onto the one it overlaps most', () => {
    const state = { bounds: { x: 1800, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(clampToDisplays(state, [LAPTOP, RIGHT_MONITOR]).bounds).toEqual({
      x: 1920,
      y: 100,
      width: 1400,
      height: 900,
    });
  });

  it('shrinks a window larger than the screen, never below the design minimum when it fits', () => {
    const small: Rect = { x: 0, y: 0, width: 1366, height: 728 };
    expect(
      clampToDisplays({ bounds: { x: 0, y: 0, width: 2560, height: 1440 }, maximized: false }, [small])
        .bounds,
    ).toEqual({
      x: 0,
      y: 0,
      width: 1366,
      height: 728,
    });
    expect(
      clampToDisplays({ bounds: { width: 300, height: 200 }, maximized: false }, [small]).bounds,
    ).toEqual({
      width: 1024,
      height: 640,
    });
  });

  it('fits screens smaller than the design minimum', () => {
    const tiny: Rect = { x: 0, y: 0, width: 800, height: 600 };
    expect(clampToDisplays(DEFAULT_WINDOW_STATE, [tiny]).bounds).toEqual({ width: 800, height: 600 });
  });

  it('respects a work area that does not start at 0,0 (taskbar on the left or top)', () => {
    const area: Rect = { x: 64, y: 32, width: 1856, height: 1048 };
    const state = { bounds: { x: 10, y: 0, width: 1280, height: 800 }, maximized: false };
    expect(clampToDisplays(state, [area]).bounds).toEqual({ x: 64, y: 32, width: 1280, height: 800 });
  });

  it('returns the state unchanged when no display is known', () => {
    expect(clampToDisplays(DEFAULT_WINDOW_STATE, [])).toBe(DEFAULT_WINDOW_STATE);
  });
});

describe('loadWindowState / saveWindowState', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podium-window-state-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through a JSON file, creating the folder', () => {
    const file = join(dir, 'nested', 'window-state.json');
    const state = { bounds: { x: 12, y: 34, width: 1500, height: 950 }, maximized: true };
    saveWindowState(file, state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    expect(loadWindowState(file)).toEqual(state);
  });

  it('gives the defaults for a missing or corrupt file', () => {
    expect(loadWindowState(join(dir, 'missing.json'))).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(join(dir, 'corrupt.json'), '{"bounds": {"width": 12');
    expect(loadWindowState(join(dir, 'corrupt.json'))).toEqual(DEFAULT_WINDOW_STATE);
  });
});
