/** One screen list for the sidebar, the router and the native menu; the platform's own modifier key. */
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { createAppRouter } from '../../../renderer/src/app/router';
import { SCREENS as SIDEBAR } from '../../../renderer/src/app/screens';
import { modifierFor } from '../../../renderer/src/lib/shortcuts';
import { SCREENS } from '../../../shared/app/screens';

describe('the screen list', () => {
  it('gives the router one route per screen, in order, plus the not-found page', () => {
    const children = createAppRouter().routes[0]!.children!;
    expect(children.map((route) => (route.index ? '/' : `/${route.path}`))).toEqual([
      ...SCREENS.map((s) => s.path),
      '/*',
    ]);
  });

  it('gives the sidebar and the View menu the same screens and digits', () => {
    const view = buildMenuTemplate({
      platform: 'darwin',
      appName: 'Podium League',
      isDev: false,
      send: () => {},
    }).find((item) => item.label === 'View')!.submenu as { label?: string; accelerator?: string }[];
    const menu = view.slice(0, SCREENS.length).map((item) => [item.label, item.accelerator]);
    expect(menu).toEqual(SIDEBAR.map((s) => [s.label, `CmdOrCtrl+${s.key}`]));
  });
});

describe('modifierFor', () => {
  it('is ⌘ (Meta) on macOS and listens to the Command key only', () => {
    const mac = modifierFor('MacIntel Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)');
    expect([mac.label, mac.aria]).toEqual(['⌘', 'Meta']);
    expect(mac.held({ metaKey: true, ctrlKey: false })).toBe(true);
    expect(mac.held({ metaKey: false, ctrlKey: true })).toBe(false);
  });

  it('is Ctrl (Control) on Windows and Linux', () => {
    for (const platform of ['Win32', 'Linux x86_64']) {
      const other = modifierFor(platform);
      expect([other.label, other.aria]).toEqual(['Ctrl', 'Control']);
      expect(other.held({ metaKey: false, ctrlKey: true })).toBe(true);
      expect(other.held({ metaKey: true, ctrlKey: false })).toBe(false);
    }
  });
});
