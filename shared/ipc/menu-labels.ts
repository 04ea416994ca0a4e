/**
 * The native menu's words, sent by the renderer (which owns the translations)
 * to main whenever the app language changes, so the desktop menu speaks the
 * same language as the window. Main checks the message with
 * {@link parseMenuLabels} before using it.
 */
import type { ScreenPath } from './contract';

export const MENU_LABEL_KEYS = [
  'file',
  'importResults',
  'exportLeague',
  'backup',
  'quit',
  'close',
  'edit',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'view',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'toggleFullScreen',
  'reload',
  'toggleDevTools',
  'help',
  'about',
  'settings',
  'services',
  'hide',
  'hideOthers',
  'showAll',
  'quitApp',
  'window',
] as const;

export type MenuLabelKey = (typeof MENU_LABEL_KEYS)[number];

const SCREEN_PATHS: readonly ScreenPath[] = [
  '/',
  '/round',
  '/results',
  '/leaderboard',
  '/league',
  '/season',
  '/settings',
];

export type MenuLabels = Record<MenuLabelKey, string> & {
  /** BCP 47 tag of the language the labels are in. */
  language: string;
  /** View-menu item per screen. */
  screens: Record<ScreenPath, string>;
};

// A menu label is a few words; anything longer or with control characters is not one.
const MAX_LABEL = 80;
const isLabel = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= MAX_LABEL && !/\p{Cc}/u.test(value);

/** The labels when `value` is a complete, well-formed set; null otherwise (main keeps its current menu). */
export function parseMenuLabels(value: unknown): MenuLabels | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (!MENU_LABEL_KEYS.every((key) => isLabel(record[key]))) return null;
  if (typeof record.language !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(record.language))
    return null;
  const screens = record.screens;
  if (typeof screens !== 'object' || screens === null) return null;
  if (!SCREEN_PATHS.every((path) => isLabel((screens as Record<string, unknown>)[path]))) return null;
  const out = { language: record.language, screens: {} } as MenuLabels;
  for (const key of MENU_LABEL_KEYS) out[key] = record[key] as string;
  for (const path of SCREEN_PATHS) out.screens[path] = (screens as Record<string, string>)[path]!;
  return out;
}
