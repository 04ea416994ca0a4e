import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as z from 'zod';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from './window-options';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the constructor needs: position is absent when the OS should place the window. */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: WindowBounds;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = {
  bounds: { width: 1280, height: 800 },
  maximized: false,
};

const MAX_COORDINATE = 100_000;
const coordinate = z.number().int().min(-MAX_COORDINATE).max(MAX_COORDINATE);
const length = z.number().int().min(1).max(MAX_COORDINATE);

const windowStateSchema = z.object({
  bounds: z.object({
    x: coordinate.optional(),
    y: coordinate.optional(),
    width: length,
    height: length,
  }),
  maximized: z.boolean(),
});

/** Validates a parsed JSON value; anything odd means "use the defaults". */
export function parseWindowState(value: unknown): WindowState {
  const parsed = windowStateSchema.safeParse(value);
  if (!parsed.success) return DEFAULT_WINDOW_STATE;
  const { x, y, width, height } = parsed.data.bounds;
  // A position only makes sense as a pair.
  const bounds: WindowBounds =
    x !== undefined && y !== undefined ? { x, y, width, height } : { width, height };
  return { bounds, maximized: parsed.data.maximized };
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Fits saved bounds to the displays present now (a monitor may have been
 * unplugged): size at most the work area, and the window moved fully onto the
 * display it overlaps most, or left for the OS to place if it overlaps none.
 * `workAreas[0]` is the primary display.
 */
export function clampToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const { x, y } = state.bounds;

  let target: Rect | undefined;
  if (x !== undefined && y !== undefined) {
    const rect: Rect = { x, y, width: state.bounds.width, height: state.bounds.height };
    let best = 0;
    for (const area of workAreas) {
      const overlap = overlapArea(rect, area);
      if (overlap > best) {
        best = overlap;
        target = area;
      }
    }
  }

  const sizeArea = target ?? primary;
  const width = clampSize(state.bounds.width, MIN_WINDOW_WIDTH, sizeArea.width);
  const height = clampSize(state.bounds.height, MIN_WINDOW_HEIGHT, sizeArea.height);
  if (!target || x === undefined || y === undefined) {
    return { bounds: { width, height }, maximized: state.maximized };
  }
  return {
    bounds: {
      x: Math.min(Math.max(x, target.x), target.x + target.width - width),
      y: Math.min(Math.max(y, target.y), target.y + target.height - height),
      width,
      height,
    },
    maximized: state.maximized,
  };
}

/** At least the design minimum (unless the screen is smaller), at most the screen. */
function clampSize(value: number, minimum: number, available: number): number {
  return Math.min(Math.max(value, Math.min(minimum, available)), available);
}

export const WINDOW_STATE_FILE = 'window-state.json';

/** Reads the saved state; a missing or corrupt file gives the defaults. */
export function loadWindowState(filePath: string): WindowState {
  try {
    return parseWindowState(JSON.parse(readFileSync(filePath, 'utf8')));
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/**
 * Synchronous on purpose: the last save happens while the window closes and
 * the app may quit right after. Written via a temporary file so a crash
 * mid-write never leaves half a JSON file.
 */
export function saveWindowState(filePath: string, state: WindowState): void {
  mkdirSync(dirname(filePath), { recursive: true });
  const temporary = `${filePath}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  renameSync(temporary, filePath);
}
