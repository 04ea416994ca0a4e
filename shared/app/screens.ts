/**
 * The app's screens in navigation order: the one list the sidebar, the
 * router and the native View menu are built from. `key` is the digit of the
 * Ctrl+digit (⌘+digit on macOS) shortcut, in the sidebar and in the menu.
 */
export const SCREENS = [
  { path: '/', label: 'Home', key: '1' },
  { path: '/round', label: 'Round', key: '2' },
  { path: '/results', label: 'Results', key: '3' },
  { path: '/leaderboard', label: 'Leaderboard', key: '4' },
  { path: '/league', label: 'League', key: '5' },
  { path: '/season', label: 'Season', key: '6' },
  { path: '/settings', label: 'Settings', key: '7' },
] as const satisfies readonly { path: `/${string}`; label: string; key: string }[];

/** A screen's router path; the menu may only navigate to these. */
export type ScreenPath = (typeof SCREENS)[number]['path'];

/** One screen of the list. */
export interface Screen {
  path: ScreenPath;
  label: string;
  key: string;
}
