import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { seedBuiltInSeasons } from '../../renderer/src/app/boot';
import { ToastProvider } from '../../renderer/src/components/Toasts';
import { db } from '../../renderer/src/db';
import { TABLE_NAMES } from '../../renderer/src/db/schema';

/** Renders one screen at `route`, opened at `entry` (a path with its query), with toasts as in the app. */
export function renderScreen(route: string, screen: ReactElement, entry: string = route) {
  const router = createMemoryRouter([{ path: route, element: screen }], { initialEntries: [entry] });
  return render(
    <ToastProvider>
      <RouterProvider router={router} />
    </ToastProvider>,
  );
}

/** Empties the app database and seeds the built-in seasons, as a first start does. */
export async function resetAppDb(): Promise<void> {
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const table of TABLE_NAMES) await db.table(table).clear();
  });
  await seedBuiltInSeasons(db);
}
