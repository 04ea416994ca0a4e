import type { ScreenPath } from '../../../shared/ipc/contract';

export interface ScreenInfo {
  path: ScreenPath;
  label: string;
  /** Digit for the Ctrl/⌘ + digit shortcut (the native View menu uses the same). */
  key: string;
  icon: string;
}

/** The app's screens in menu order. SVG path data for 24×24 line icons. */
export const SCREENS: ScreenInfo[] = [
  { path: '/', label: 'Home', key: '1', icon: 'M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z' },
  { path: '/round', label: 'Round', key: '2', icon: 'M4 21V4m0 0h12l-2 4 2 4H4' },
  { path: '/results', label: 'Results', key: '3', icon: 'M4 4h16v16H4zM8 9h8M8 13h8M8 17h5' },
  { path: '/leaderboard', label: 'Leaderboard', key: '4', icon: 'M4 20V12h4v8M10 20V6h4v14M16 20v-10h4v10' },
  {
    path: '/league',
    label: 'League',
    key: '5',
    icon: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3 3-5 6-5s6 2 6 5m0-4.6c.6-.3 1.3-.4 2-.4 3 0 6 2 6 5',
  },
  { path: '/season', label: 'Season', key: '6', icon: 'M4 6h16v14H4zM4 10h16M9 3v5M15 3v5' },
  {
    path: '/settings',
    label: 'Settings',
    key: '7',
    icon: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm7.4-3a7.4 7.4 0 0 0-.1-1.3l2-1.6-2-3.4-2.4 1a7.6 7.6 0 0 0-2.2-1.3L14.3 3h-4l-.4 2.5a7.6 7.6 0 0 0-2.2 1.3l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.6l-2 1.6 2 3.4 2.4-1c.7.6 1.4 1 2.2 1.3l.4 2.5h4l.4-2.5c.8-.3 1.5-.7 2.2-1.3l2.4 1 2-3.4-2-1.6c.1-.4.1-.9.1-1.3z',
  },
];
