import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ToastProvider } from '../../../renderer/src/components/Toasts';
import { LeaderboardScreen } from '../../../renderer/src/screens/leaderboard/LeaderboardScreen';

/** The leaderboard screen inside a memory router, as the app mounts it. */
export function renderLeaderboard(path = '/leaderboard') {
  const router = createMemoryRouter(
    [
      { path: '/leaderboard', element: <LeaderboardScreen /> },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [path] },
  );
  return render(
    <ToastProvider>
      <RouterProvider router={router} />
    </ToastProvider>,
  );
}
