import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand, ScreenPath } from '../../shared/ipc/contract';
import { buildMenuTemplate, englishMenuLabels, menuLanguage, sameMenuLabels } from '../../electron/main/menu';
import { readFileSync } from 'node:fs';
import { MENU_LABEL_KEYS, type MenuLabelKey, type MenuLabels } from '../../shared/ipc/menu-labels';
import { SCREENS } from '../../shared/app/screens';

function build(platform: NodeJS.Platform, isDev = false) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const template = buildMenuTemplate({ platform, appName: 'Podium League', isDev, send });
  return { template, send };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  // The click handler ignores its arguments; the menu passes Electron objects we do not have here.
  (item?.click as (() => void) | undefined)?.();
}

describe('buildMenuTemplate on Windows and Linux', () => {
  it('has File, Edit, View and Help with Alt mnemonics', () => {
    expect(build('linux').template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(build('win32').template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('File: import, export, backup send their commands; Quit quits', () => {
    const { template, send } = build('linux');
    const file = submenu(template, 'File');
    expect(file.map((item) => item.label ?? item.type)).toEqual([
      'Import results…',
      'Export league…',
      'Backup…',
      'separator',
      'Quit',
    ]);
    expect(file.map((item) => item.accelerator)).toEqual([
      'CmdOrCtrl+I',
      'CmdOrCtrl+E',
      'CmdOrCtrl+Shift+B',
      undefined,
      'Ctrl+Q',
    ]);
    expect(file[4]?.role).toBe('quit');
    file.slice(0, 3).forEach(click);
    expect(send.mock.calls.map(([command]) => command)).toEqual([
      { type: 'import-results' },
      { type: 'export-league' },
      { type: 'backup' },
    ]);
  });

  it('View: every screen in navigation order, Ctrl+1…7, each navigating to its route', () => {
    const { template, send } = build('linux');
    const screens = submenu(template, 'View').slice(0, SCREENS.length);
    expect(screens.map((item) => [item.label, item.accelerator])).toEqual([
      ['Home', 'CmdOrCtrl+1'],
      ['Round', 'CmdOrCtrl+2'],
      ['Results', 'CmdOrCtrl+3'],
      ['Leaderboard', 'CmdOrCtrl+4'],
      ['League', 'CmdOrCtrl+5'],
      ['Season', 'CmdOrCtrl+6'],
      ['Settings', 'CmdOrCtrl+7'],
    ]);
    screens.forEach(click);
    expect(send.mock.calls.map(([command]) => command)).toEqual([
      { type: 'navigate', path: '/' },
      { type: 'navigate', path: '/round' },
      { type: 'navigate', path: '/results' },
      { type: 'navigate', path: '/leaderboard' },
      { type: 'navigate', path: '/league' },
      { type: 'navigate', path: '/season' },
      { type: 'navigate', path: '/settings' },
    ]);
  });

  it('View: zoom and full screen, developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      submenu(build('linux', isDev).template, 'View')
        .map((item) => item.role)
        .filter(Boolean);
    expect(roles(false)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(true)).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      'reload',
      'toggleDevTools',
    ]);
  });

  it('Edit has the clipboard roles; Help → About shows the about panel', () => {
    const { template } = build('win32');
    expect(submenu(template, 'Edit').map((item) => item.role ?? item.type)).toEqual([
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    expect(submenu(template, 'Help')).toEqual([{ role: 'about', label: 'About Podium League' }]);
  });

  it('accelerators are unique', () => {
    const accelerators = build('linux')
      .template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
      .map((item) => item.accelerator)
      .filter((value): value is string => typeof value === 'string');
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});

describe('buildMenuTemplate on macOS', () => {
  it('adds the application menu and Window menu, no mnemonics', () => {
    const { template } = build('darwin');
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      'Podium League',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
  });

  it('moves Quit to the application menu and has Settings on Cmd+,', () => {
    const { template, send } = build('darwin');
    const appMenu = submenu(template, 'Podium League');
    expect(appMenu.at(-1)).toEqual({ role: 'quit', label: 'Quit Podium League' });
    const settings = appMenu.find((item) => item.label === 'Settings…');
    expect(settings?.accelerator).toBe('Cmd+,');
    click(settings);
    expect(send).toHaveBeenCalledWith({ type: 'navigate', path: '/settings' });
    expect(submenu(template, 'File').at(-1)).toEqual({ role: 'close', label: 'Close' });
  });
});

/** A Spanish label set, as the renderer sends it: read from the es catalogue files. */
function spanish(): MenuLabels {
  const read = (ns: string) =>
    JSON.parse(readFileSync(`renderer/src/i18n/locales/es/${ns}.json`, 'utf8')) as Record<string, unknown>;
  const menu = read('menu') as Record<string, string>;
  const nav = (read('common') as { nav: Record<string, string> }).nav;
  const labels = Object.fromEntries(
    MENU_LABEL_KEYS.map((key) => [key, menu[key]!.replace('{{name}}', 'Podium League')]),
  ) as Record<MenuLabelKey, string>;
  const screens = Object.fromEntries(
    SCREENS.map(({ path }) => [path, nav[path === '/' ? 'home' : path.slice(1)]!]),
  ) as Record<ScreenPath, string>;
  return { ...labels, language: 'es', screens };
}

describe('the menu in the app language', () => {
  it('builds every menu, item and role label from the labels it is given', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const template = buildMenuTemplate({
      platform: 'linux',
      appName: 'Podium League',
      isDev: false,
      send,
      labels: spanish(),
    });
    expect(template.map((item) => item.label)).toEqual(['&Archivo', '&Edición', '&Ver', '&Ayuda']);
    expect(submenu(template, 'Archivo')[0]?.label).toBe('Importar resultados…');
    expect(submenu(template, 'Archivo').at(-1)).toMatchObject({ role: 'quit', label: 'Salir' });
    expect(submenu(template, 'Edición')[0]).toEqual({ role: 'undo', label: 'Deshacer' });
    expect(
      submenu(template, 'Ver')
        .slice(0, 4)
        .map((item) => item.label),
    ).toEqual(['Inicio', 'Ronda', 'Resultados', 'Clasificación']);
    expect(submenu(template, 'Ayuda')).toEqual([{ role: 'about', label: 'Acerca de Podium League' }]);
  });

  it('rebuilds only when a label set differs from the one in place', () => {
    const install = vi.fn<(labels: MenuLabels) => void>();
    const menu = menuLanguage(englishMenuLabels('Podium League'), install);
    expect(install).toHaveBeenCalledTimes(1);
    expect(menu.apply(englishMenuLabels('Podium League'))).toBe(false);
    expect(menu.apply(spanish())).toBe(true);
    expect(menu.apply(spanish())).toBe(false);
    expect(install.mock.calls.map(([labels]) => labels.language)).toEqual(['en', 'es']);
  });

  it('compares every label, screen names included', () => {
    const english = englishMenuLabels('Podium League');
    expect(sameMenuLabels(english, englishMenuLabels('Podium League'))).toBe(true);
    expect(sameMenuLabels(english, { ...english, zoomIn: 'Acercar' })).toBe(false);
    expect(sameMenuLabels(english, { ...english, screens: { ...english.screens, '/round': 'Ronda' } })).toBe(
      false,
    );
  });
});
