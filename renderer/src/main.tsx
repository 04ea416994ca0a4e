import { messageOf } from '../../shared/common/result';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createAppRouter } from './app/router';
import { db } from './db';
import { requestPersistentStorage, seedBuiltInResults, seedBuiltInSeasons } from './app/boot';
import { ToastProvider } from './components/Toasts';
import { i18n, initI18n } from './i18n/setup';
import { keepMenuInLanguage } from './i18n/menu-labels';
import { platform } from './platform';
import './styles/theme.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  // Catalogues and the database load side by side; the first paint is already in the user's language.
  const translations = initI18n();
  try {
    await db.open();
    await seedBuiltInSeasons(db);
    await seedBuiltInResults(db);
  } catch (error) {
    await translations;
    root.render(
      <div className="page">
        <section className="empty" role="alert">
          <h1>{i18n.t('errors:database.title')}</h1>
          <p>{messageOf(error)}</p>
          <p className="faint">{i18n.t('errors:database.hint')}</p>
        </section>
      </div>,
    );
    return;
  }
  await translations;
  // The browser build has no native menu: its labels are not even loaded there.
  if (platform.kind === 'electron') keepMenuInLanguage((labels) => platform.setMenuLabels(labels));
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
