import { useEffect } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { Icon } from '../components/Icon';
import { SCREENS } from './screens';
import { MODIFIER } from '../lib/shortcuts';
import { platform } from '../platform';
import { useActiveLeague } from '../hooks/useActiveLeague';
import { menuEvents } from './menu-events';
import { ReminderWatcher } from '../reminders/ReminderWatcher';
import { FolderSyncAgent } from '../sharing/folder-sync/FolderSyncAgent';

/** App frame: sidebar navigation, keyboard shortcuts, native menu commands. */
export function Layout() {
  const navigate = useNavigate();
  const { league, member } = useActiveLeague();

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
        Skip to content
      </a>
      <aside className="sidebar" aria-label="Sidebar">
        <div className="brand">
          <img src="./favicon.svg" alt="" />
          <div>
            <div className="brand-name">Podium League</div>
            <div className="brand-tag">GT World Series picks</div>
          </div>
        </div>
        <nav className="nav" aria-label="Main">
          {SCREENS.map((screen) => (
            <NavLink
              key={screen.path}
              to={screen.path}
              end={screen.path === '/'}
              aria-keyshortcuts={`${MODIFIER.aria}+${screen.key}`}
            >
              <Icon d={screen.icon} />
              <span>{screen.label}</span>
              <span className="nav-key" aria-hidden="true">
                {MODIFIER.label} {screen.key}
              </span>
            </NavLink>
          ))}
        </nav>
        <div className="sidebar-footer">
          {league ? (
            <>
              <span className="faint">League</span>
              <strong>{league.name}</strong>
              {member && <span className="muted">Picking as {member.name}</span>}
            </>
          ) : (
            <span className="faint">No league selected</span>
          )}
        </div>
      </aside>
      <ReminderWatcher />
      <FolderSyncAgent />
      <main className="main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
