import { messageOf } from '../../shared/common/result';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createAppRouter } from './app/router';
import { db } from './db';
import { requestPersistentStorage, seedBuiltInResults, seedBuiltInSeasons } from './app/boot';
import { ToastProvider } from './components/Toasts';
import './styles/theme.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    await db.open();
    await seedBuiltInSeasons(db);
    await seedBuiltInResults(db);
  } catch (error) {
    root.render(
      <div className="page">
        <section className="empty" role="alert">
          <h1>Podium League could not open its database</h1>
          <p>{messageOf(error)}</p>
          <p className="faint">
            Another window of the app may be upgrading it, or the browser blocks storage for this site. Close
            other windows and reload.
          </p>
        </section>
      </div>,
    );
    return;
  }
  void requestPersistentStorage();
  root.render(
    <StrictMode>
      <ToastProvider>
        <RouterProvider router={createAppRouter()} />
      </ToastProvider>
    </StrictMode>,
  );
}

void start();
