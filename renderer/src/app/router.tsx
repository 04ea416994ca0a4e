import type { ComponentType } from 'react';
import { createHashRouter, type RouteObject } from 'react-router';
import { SCREENS, type ScreenPath } from '../../../shared/app/screens';
import { Layout, ScreenLoading } from './Layout';
import { HomeScreen } from '../screens/home/HomeScreen';
import { RouteError } from './RouteError';

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

/**
 * Starts the active league's read without waiting for it (the screen shows its own loading
 * state). Loaded on demand: the reader's code is the league screens', not the first bundle's.
 */
function readLeagueAhead(): null {
  // A failed read-ahead changes nothing: the screen's own read reports the error.
  void import('./read-ahead').then((m) => m.readActiveLeagueAhead()).catch(() => undefined);
  return null;
}

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
