import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { requestHeadingFocus } from './heading-focus';
import type { ScreenPath } from '../../../shared/ipc/contract';
import { Icon } from '../components/Icon';
import { SCREENS } from './screens';
import { MODIFIER } from '../lib/shortcuts';
import { platform } from '../platform';
import { useActiveLeague } from '../hooks/useActiveLeague';
import { menuEvents } from './menu-events';
import { ReminderWatcher } from '../reminders/ReminderWatcher';
import { FolderSyncAgent } from '../sharing/folder-sync/FolderSyncAgent';

/** Navigation labels by screen, as literal keys so the catalogue check sees each one. */
function screenLabel(t: TFunction, path: ScreenPath): string {
  switch (path) {
    case '/':
      return t('common:nav.home');
    case '/round':
      return t('common:nav.round');
    case '/results':
      return t('common:nav.results');
    case '/leaderboard':
      return t('common:nav.leaderboard');
    case '/league':
      return t('common:nav.league');
    case '/season':
      return t('common:nav.season');
    case '/settings':
      return t('common:nav.settings');
  }
}

/** What the main area shows while a screen's code or catalogue loads. */
export function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <p className="page faint" role="status">
      {t('common:shell.loading')}
    </p>
  );
}

/** App frame: sidebar navigation, keyboard shortcuts, native menu commands. */
export function Layout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { league, member } = useActiveLeague();
  const shownPath = useRef(pathname);

  useEffect(() => {
    // Not on the first load (the page starts at the top anyway), nor for a change of tab or
    // option within a screen (same path).
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    requestHeadingFocus();
  }, [pathname]);

  useEffect(() => {
    // Ctrl + digit (⌘ + digit on macOS) jumps to a screen, like the native View menu.
    const onKey = (event: KeyboardEvent) => {
      if (!MODIFIER.held(event) || event.altKey || event.shiftKey) return;
      const screen = SCREENS.find((s) => s.key === event.key);
      if (screen) {
        event.preventDefault();
        void navigate(screen.path);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command.type === 'navigate') void navigate(command.path);
        else menuEvents.emit(command, navigate);
      }),
    [navigate],
  );

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('common:nav.skipToContent')}
      </a>
      <aside className="sidebar" aria-label={t('common:nav.sidebar')}>
        <div className="brand">
          <img src="./favicon.svg" alt="" />
          <div>
            <div className="brand-name">{t('common:app.name')}</div>
            <div className="brand-tag">{t('common:app.tagline')}</div>
          </div>
        </div>
        <nav className="nav" aria-label={t('common:nav.main')}>
          {SCREENS.map((screen) => (
            <NavLink
              key={screen.path}
              to={screen.path}
              end={screen.path === '/'}
              aria-keyshortcuts={`${MODIFIER.aria}+${screen.key}`}
            >
              <Icon d={screen.icon} />
              <span>{screenLabel(t, screen.path)}</span>
              <span className="nav-key" aria-hidden="true">
                {/* macOS shows ⌘; elsewhere the key's name follows the language (German keyboards say Strg). */}
                {MODIFIER.aria === 'Meta'
                  ? `${MODIFIER.label} ${screen.key}`
                  : t('common:nav.shortcut', { key: screen.key })}
              </span>
            </NavLink>
          ))}
        </nav>
        <div className="sidebar-footer">
          {league ? (
            <>
              <span className="faint">{t('common:shell.league')}</span>
              <strong>{league.name}</strong>
              {member && <span className="muted">{t('common:shell.pickingAs', { name: member.name })}</span>}
            </>
          ) : (
            <span className="faint">{t('common:shell.noLeague')}</span>
          )}
        </div>
      </aside>
      <ReminderWatcher />
      <FolderSyncAgent />
      <main className="main" id="main" tabIndex={-1}>
        {/* A screen waits here (the shell stays) while its catalogue loads. */}
        <Suspense fallback={<ScreenLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
