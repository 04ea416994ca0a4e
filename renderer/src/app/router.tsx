import { createHashRouter } from 'react-router';
import { Layout } from './Layout';
import { HomeScreen } from '../screens/home/HomeScreen';
import { RouteError } from './RouteError';

/**
 * Hash history: works under app://podium, file:// and any static server
 * without server-side rewrites. Heavier screens load on demand.
 */
export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomeScreen /> },
        {
          path: 'round',
          lazy: async () => ({ Component: (await import('../screens/round/RoundScreen')).RoundScreen }),
        },
        {
          path: 'results',
          lazy: async () => ({ Component: (await import('../screens/results/ResultsScreen')).ResultsScreen }),
        },
        {
          path: 'leaderboard',
          lazy: async () => ({
            Component: (await import('../screens/leaderboard/LeaderboardScreen')).LeaderboardScreen,
          }),
        },
        {
          path: 'league',
          lazy: async () => ({ Component: (await import('../screens/league/LeagueScreen')).LeagueScreen }),
        },
        {
          path: 'season',
          lazy: async () => ({ Component: (await import('../screens/season/SeasonScreen')).SeasonScreen }),
        },
        {
          path: 'settings',
          lazy: async () => ({
            Component: (await import('../screens/settings/SettingsScreen')).SettingsScreen,
          }),
        },
        { path: '*', element: <RouteError notFound /> },
      ],
    },
  ]);
}
