import type { MenuItemConstructorOptions } from 'electron';
import { SCREENS } from '../../shared/app/screens';
import type { MenuCommand } from '../../shared/ipc/contract';

export interface MenuOptions {
  /** `process.platform`: macOS gets the application menu and Window menu it expects. */
  platform: NodeJS.Platform;
  appName: string;
  /** Developer tools and reload appear only in development builds. */
  isDev: boolean;
  /** Delivers a command to the focused window's renderer. */
  send: (command: MenuCommand) => void;
}

function command(
  label: string,
  accelerator: string | undefined,
  cmd: MenuCommand,
  send: MenuOptions['send'],
): MenuItemConstructorOptions {
  return { label, ...(accelerator ? { accelerator } : {}), click: () => send(cmd) };
}

/**
 * The native menu as data: a pure function so tests can check every label,
 * accelerator and the command each item sends without launching Electron.
 */
export function buildMenuTemplate({
  platform,
  appName,
  isDev,
  send,
}: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  // `&` marks the Alt-key mnemonic on Windows and Linux; macOS has no mnemonics.
  const top = (label: string): string => (isMac ? label : `&${label}`);

  const file: MenuItemConstructorOptions = {
    label: top('File'),
    submenu: [
      command('Import results…', 'CmdOrCtrl+I', { type: 'import-results' }, send),
      command('Export league…', 'CmdOrCtrl+E', { type: 'export-league' }, send),
      command('Backup…', 'CmdOrCtrl+Shift+B', { type: 'backup' }, send),
      { type: 'separator' },
      // On macOS Quit lives in the application menu; Close is the File menu's last item there.
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };

  // Without an Edit menu, copy/paste shortcuts do not work in text fields on macOS.
  const edit: MenuItemConstructorOptions = {
    label: top('Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: top('View'),
    submenu: [
      // The app's one screen list, with the same digits the sidebar shows.
      ...SCREENS.map(({ label, path, key }) =>
        command(label, `CmdOrCtrl+${key}`, { type: 'navigate', path }, send),
      ),
      { type: 'separator' },
      // Zoom keeps the tables readable on 4K screens and small laptops alike.
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isDev
        ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
        : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: top('Help'),
    submenu: [{ role: 'about', label: `About ${appName}` }],
  };

  if (!isMac) return [file, edit, view, help];

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about', label: `About ${appName}` },
      { type: 'separator' },
      command('Settings…', 'Cmd+,', { type: 'navigate', path: '/settings' }, send),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: `Quit ${appName}` },
    ],
  };
  return [appMenu, file, edit, view, { role: 'windowMenu' }, help];
}
