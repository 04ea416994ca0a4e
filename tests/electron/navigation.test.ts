import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/main/app-origin';
import { attachNavigationGuards, isNavigationAllowed } from '../../electron/main/navigation-guards';
import { GRANTED_PERMISSIONS, isPermissionGranted } from '../../electron/main/permissions';

const DEV = 'http://localhost:5173';

describe('isNavigationAllowed', () => {
  it.each([
    APP_ENTRY_URL,
    'app://podium/',
    'app://podium/index.html#/leaderboard',
    'app://PODIUM/index.html',
  ])('allows the app origin: %s', (url) => expect(isNavigationAllowed(url)).toBe(true));

  it.each([
    'https://www.gran-turismo.com/world-series/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://evil/index.html',
    'app://podium.evil.com/',
    'app://user@podium/',
    'about:blank',
    'chrome://settings',
    'not a url',
    '',
  ])('refuses everything else: %s', (url) => expect(isNavigationAllowed(url)).toBe(false));

  it('allows the dev server only when one is configured', () => {
    expect(isNavigationAllowed('http://localhost:5173/#/round', DEV)).toBe(true);
    expect(isNavigationAllowed('http://localhost:5174/', DEV)).toBe(false);
    expect(isNavigationAllowed('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'not a url')).toBe(false);
  });
});

/** A webContents stand-in: real events, a recorded window-open handler. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler(handler: typeof openHandler) {
      openHandler = handler;
    },
  });
  return {
    contents: contents as unknown as WebContents,
    open: (url: string) => openHandler?.({ url }),
    navigate(event: string, url: string) {
      let prevented = false;
      emitter.emit(event, { url, preventDefault: () => (prevented = true) });
      return prevented;
    },
  };
}

describe('attachNavigationGuards', () => {
  it('denies every new window, whatever the URL', () => {
    const fake = fakeContents();
    attachNavigationGuards(fake.contents);
    expect(fake.open('https://www.gran-turismo.com/')).toEqual({ action: 'deny' });
    expect(fake.open('app://podium/index.html')).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: blocks other origins only',
    (event) => {
      const fake = fakeContents();
      attachNavigationGuards(fake.contents);
      expect(fake.navigate(event, 'https://evil.example/')).toBe(true);
      expect(fake.navigate(event, 'file:///etc/passwd')).toBe(true);
      expect(fake.navigate(event, 'app://podium/index.html#/season')).toBe(false);
    },
  );

  it('allows the dev server in development', () => {
    const fake = fakeContents();
    attachNavigationGuards(fake.contents, { devServerUrl: DEV });
    expect(fake.navigate('will-navigate', `${DEV}/`)).toBe(false);
    expect(fake.navigate('will-navigate', 'http://localhost:9999/')).toBe(true);
  });

  it('refuses to attach <webview>', () => {
    const fake = fakeContents();
    attachNavigationGuards(fake.contents);
    expect(fake.navigate('will-attach-webview', 'app://podium/')).toBe(true);
  });
});

describe('isPermissionGranted', () => {
  it('grants persistent storage and clipboard writes to the app only', () => {
    expect([...GRANTED_PERMISSIONS].sort()).toEqual(['clipboard-sanitized-write', 'persistent-storage']);
    expect(isPermissionGranted('persistent-storage', 'app://podium/index.html')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'app://podium')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://podium/')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'https://evil.example/')).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid', 'unknown'])(
    'refuses %s',
    (permission) => expect(isPermissionGranted(permission, 'app://podium/index.html')).toBe(false),
  );
});
