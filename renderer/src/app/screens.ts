import { SCREENS as SCREEN_LIST, type Screen, type ScreenPath } from '../../../shared/app/screens';

export interface ScreenInfo extends Screen {
  /** SVG path data of a 24×24 line icon. */
  icon: string;
}

/** Sidebar icons; a `Record` so a screen added to the list cannot be left without one. */
const ICONS: Record<ScreenPath, string> = {
  '/': 'M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z',
  '/round': 'M4 21V4m0 0h12l-2 4 2 4H4',
  '/results': 'M4 4h16v16H4zM8 9h8M8 13h8M8 17h5',
  '/leaderboard': 'M4 20V12h4v8M10 20V6h4v14M16 20v-10h4v10',
  '/league':
    'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3 3-5 6-5s6 2 6 5m0-4.6c.6-.3 1.3-.4 2-.4 3 0 6 2 6 5',
  '/season': 'M4 6h16v14H4zM4 10h16M9 3v5M15 3v5',
  '/settings':
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm7.4-3a7.4 7.4 0 0 0-.1-1.3l2-1.6-2-3.4-2.4 1a7.6 7.6 0 0 0-2.2-1.3L14.3 3h-4l-.4 2.5a7.6 7.6 0 0 0-2.2 1.3l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.6l-2 1.6 2 3.4 2.4-1c.7.6 1.4 1 2.2 1.3l.4 2.5h4l.4-2.5c.8-.3 1.5-.7 2.2-1.3l2.4 1 2-3.4-2-1.6c.1-.4.1-.9.1-1.3z',
};

/** The app's screens in menu order (the shared list), with their icons. */
export const SCREENS: ScreenInfo[] = SCREEN_LIST.map((screen) => ({ ...screen, icon: ICONS[screen.path] }));
