import type { ComponentType } from 'react';
import { createHashRouter, type RouteObject } from 'react-router';
import { SCREENS, type ScreenPath } from '../../../shared/app/screens';
import { Layout, ScreenLoading } from './Layout';
import { HomeScreen } from '../screens/home/HomeScreen';
import { RouteError } from './RouteError';
import type * as ReadAheadModule from './read-ahead';

type ReadAheadCode = typeof ReadAheadModule;

/**
 * Each screen's component, by the path of the one screen list. Home is in the
 * first bundle; heavier screens load on demand. A `Record`, so a screen added
 * to the list cannot be left without a route.
 */
const SCREEN_ROUTES: Record<ScreenPath, ComponentType | (() => Promise<ComponentType>)> = {
  '/': HomeScreen,
  '/round': async () => (await import('../screens/round/RoundScreen')).RoundScreen,
  '/results': async () => (await import('../screens/results/ResultsScreen')).ResultsScreen,
  '/leaderboard': async () => (await import('../screens/leaderboard/LeaderboardScreen')).LeaderboardScreen,
  '/league': async () => (await import('../screens/league/LeagueScreen')).LeagueScreen,
  '/season': async () => (await import('../screens/season/SeasonScreen')).SeasonScreen,
  '/settings': async () => (await import('../screens/settings/SettingsScreen')).SettingsScreen,
};

/** Screens that show the active league's data, read ahead while their code loads. */
const READS_LEAGUE: readonly ScreenPath[] = ['/leaderboard', '/round', '/results'];

/** The league reader's code once loaded: later read-aheads start in the loader's own task. */
let readAheadCode: ReadAheadCode | null = null;
/** Loaded on demand: the reader's code is the league screens', not the first bundle's. */
const loadReadAheadCode = (): Promise<ReadAheadCode> =>
  import('./read-ahead').then((code) => (readAheadCode = code));

/** Starts the active league's read without waiting for it (the screen shows its own loading state). */
function readLeagueAhead(): null {
  // A failed read-ahead changes nothing: the screen's own read reports the error.
  const start = (code: ReadAheadCode) => code.readActiveLeagueAhead().catch(() => undefined);
  if (readAheadCode) void start(readAheadCode);
  else void loadReadAheadCode().then(start, () => undefined);
  return null;
}

/**
 * The app opened straight onto a screen (`#/leaderboard`): its code, and the league reader's
 * when it shows league data, start loading now, while the database opens and the catalogues
 * load, instead of once the router starts. Loading code reads nothing: the data read itself
 * waits for the router (the database is seeded by then).
 */
function loadOpeningScreenCode(hash: string): void {
  const path = hash.replace(/^#/, '').split(/[?#]/)[0] ?? '';
  const screen = SCREENS.find((s) => s.path !== '/' && (path === s.path || path.startsWith(`${s.path}/`)));
  if (!screen) return;
  // A failure here is the router's to report when it loads the same code.
  void (SCREEN_ROUTES[screen.path] as () => Promise<ComponentType>)().catch(() => undefined);
  if (READS_LEAGUE.includes(screen.path)) void loadReadAheadCode().catch(() => undefined);
}

if (typeof window !== 'undefined') loadOpeningScreenCode(window.location.hash);

function screenRoute(path: ScreenPath): RouteObject {
  const target = SCREEN_ROUTES[path];
  if (path === '/') {
    const Home = target as ComponentType;
    return { index: true, element: <Home /> };
  }
  const load = target as () => Promise<ComponentType>;
  // Shown inside the shell while a directly opened screen's code loads (without it the router
  // has nothing to render on that first load, and says so in the console).
  return {
    path: path.slice(1),
    hydrateFallbackElement: <ScreenLoading />,
    ...(READS_LEAGUE.includes(path) ? { loader: readLeagueAhead } : {}),
    lazy: async () => ({ Component: await load() }),
  };
}

/**
 * Hash history: works under app://podium, file:// and any static server
 * without server-side rewrites.
 */
export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        ...SCREENS.map((screen) => screenRoute(screen.path)),
        { path: '*', element: <RouteError notFound /> },
      ],
    },
  ]);
}
