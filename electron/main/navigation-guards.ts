import type { WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/** In-app navigation stays on the app origin; everything else is refused. */
export function isNavigationAllowed(url: string, devServerUrl?: string): boolean {
  return isAppUrl(url, devServerUrl);
}

export interface GuardOptions {
  devServerUrl?: string;
}

/**
 * Locks a webContents to the app: no new windows, no navigation or
 * redirects away from app://podium, no <webview>. Applied to every
 * webContents from app 'web-contents-created'. External links are not opened
 * in the browser either: the app shows no remote content and links nowhere,
 * so shell.openExternal is not used at all.
 */
export function attachNavigationGuards(contents: WebContents, { devServerUrl }: GuardOptions = {}): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  const blockUnlessApp = (event: { preventDefault(): void; url: string }) => {
    if (!isNavigationAllowed(event.url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', blockUnlessApp);
  contents.on('will-frame-navigate', blockUnlessApp);
  contents.on('will-redirect', blockUnlessApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
