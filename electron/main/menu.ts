import type { MenuItemConstructorOptions } from 'electron';
import { SCREENS } from '../../shared/app/screens';
import type { MenuCommand, ScreenPath } from '../../shared/ipc/contract';
import { MENU_LABEL_KEYS, type MenuLabels } from '../../shared/ipc/menu-labels';

export interface MenuOptions {
  /** `process.platform`: macOS gets the application menu and Window menu it expects. */
  platform: NodeJS.Platform;
  appName: string;
  /** Developer tools and reload appear only in development builds. */
  isDev: boolean;
  /** Delivers a command to the focused window's renderer. */
  send: (command: MenuCommand) => void;
  /** The words, in the app's language; English until the renderer sends its own. */
  labels?: MenuLabels;
}

/**
 * The menu before the window has said which language it speaks (the same
 * words as the renderer's English catalogue; a test keeps them in step).
 */
export function englishMenuLabels(appName: string): MenuLabels {
  return {
    language: 'en',
    file: 'File',
    importResults: 'Import results…',
    exportLeague: 'Export league…',
    backup: 'Backup…',
    quit: 'Quit',
    close: 'Close',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    help: 'Help',
    about: `About ${appName}`,
    settings: 'Settings…',
    services: 'Services',
    hide: `Hide ${appName}`,
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quitApp: `Quit ${appName}`,
    window: 'Window',
    screens: Object.fromEntries(SCREENS.map(({ path, label }) => [path, label])) as Record<
      ScreenPath,
      string
    >,
  };
}

/** Whether two label sets would build the same menu (the renderer resends on every language change). */
export function sameMenuLabels(a: MenuLabels, b: MenuLabels): boolean {
  return (
    a.language === b.language &&
    MENU_LABEL_KEYS.every((key) => a[key] === b[key]) &&
    SCREENS.every(({ path }) => a.screens[path] === b.screens[path])
  );
}

/**
 * Keeps the menu in the window's language: `install` builds and sets the
 * menu, called at start and again only when a label set actually differs.
 */
export function menuLanguage(initial: MenuLabels, install: (labels: MenuLabels) => void) {
  let current = initial;
  install(current);
  return {
    apply(labels: MenuLabels): boolean {
      if (sameMenuLabels(current, labels)) return false;
      current = labels;
      install(labels);
      return true;
    },
  };
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
  labels = englishMenuLabels(appName),
}: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  // `&` marks the Alt-key mnemonic on Windows and Linux; macOS has no mnemonics.
  const top = (label: string): string => (isMac ? label : `&${label}`);

  const file: MenuItemConstructorOptions = {
    label: top(labels.file),
    submenu: [
      command(labels.importResults, 'CmdOrCtrl+I', { type: 'import-results' }, send),
      command(labels.exportLeague, 'CmdOrCtrl+E', { type: 'export-league' }, send),
      command(labels.backup, 'CmdOrCtrl+Shift+B', { type: 'backup' }, send),
      { type: 'separator' },
      // On macOS Quit lives in the application menu; Close is the File menu's last item there.
      isMac
        ? { role: 'close', label: labels.close }
        : { role: 'quit', label: labels.quit, accelerator: 'Ctrl+Q' },
    ],
  };

  // Without an Edit menu, copy/paste shortcuts do not work in text fields on macOS.
  const edit: MenuItemConstructorOptions = {
    label: top(labels.edit),
    submenu: [
      { role: 'undo', label: labels.undo },
      { role: 'redo', label: labels.redo },
      { type: 'separator' },
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      { role: 'selectAll', label: labels.selectAll },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: top(labels.view),
    submenu: [
      // The app's one screen list, with the same digits the sidebar shows.
      ...SCREENS.map(({ path, key }) =>
        command(labels.screens[path], `CmdOrCtrl+${key}`, { type: 'navigate', path }, send),
      ),
      { type: 'separator' },
      // Zoom keeps the tables readable on 4K screens and small laptops alike.
      { role: 'resetZoom', label: labels.resetZoom },
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: labels.toggleFullScreen },
      ...(isDev
        ? ([
            { type: 'separator' },
            { role: 'reload', label: labels.reload },
            { role: 'toggleDevTools', label: labels.toggleDevTools },
          ] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: top(labels.help),
    submenu: [{ role: 'about', label: labels.about }],
  };

  if (!isMac) return [file, edit, view, help];

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about', label: labels.about },
      { type: 'separator' },
      command(labels.settings, 'Cmd+,', { type: 'navigate', path: '/settings' }, send),
      { type: 'separator' },
      { role: 'services', label: labels.services },
      { type: 'separator' },
      { role: 'hide', label: labels.hide },
      { role: 'hideOthers', label: labels.hideOthers },
      { role: 'unhide', label: labels.showAll },
      { type: 'separator' },
      { role: 'quit', label: labels.quitApp },
    ],
  };
  return [appMenu, file, edit, view, { role: 'windowMenu', label: labels.window }, help];
}
