/**
 * Catalogue namespaces: one per screen or area, so a screen's strings load
 * with the screen. Keys are always written whole and literal, `t('ns:key')`,
 * which is what lets the catalogue test find every key in use.
 */
export const NAMESPACES = [
  'common',
  'errors',
  'home',
  'round',
  'results',
  'leaderboard',
  'league',
  'season',
  'settings',
  'sharing',
  // Problems of the app's own files (league files, slips, backups, season files), wherever they are shown.
  'files',
  // Components shared by screens: the podium picker, schedule badges, line-up and name notices.
  'picker',
  // The first-run demo offer.
  'demo',
  // The desktop menu's labels, sent to the main process.
  'menu',
] as const;

export type Namespace = (typeof NAMESPACES)[number];

/** Namespaces every screen may need before anything else: the shell, shared components, error pages. */
export const STARTUP_NAMESPACES: readonly Namespace[] = ['common', 'errors'];
