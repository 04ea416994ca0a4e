import type { WebContents } from 'electron';
import { isAppUrl, parseUrl } from './app-origin';

/** In-app navigation stays on the app origin; everything else is refused. */
export function isNavigationAllowed(url: string, devServerUrl?: string): boolean {
  return isAppUrl(url, devServerUrl);
}

/**
 * A link the user may open in their own browser: plain https to a named
 * host, no credentials. Everything else (file:, javascript:, custom schemes
 * that launch other programs) is dropped.
 */
export function externalLinkTarget(raw: string): string | null {
  const url = parseUrl(raw);
  if (!url || url.protocol !== 'https:' || !url.hostname || url.username || url.password) return null;
  return url.href;
}

export interface GuardOptions {
  devServerUrl?: string;
  /** Opens a vetted https link in the default browser (shell.openExternal). */
  openExternal: (url: string) => void;
}

/**
 * Locks a webContents to the app: no new windows (https links go to the
 * browser instead), no navigation or redirects away from app://podium, no
 * <webview>. Applied to every webContents from app 'web-contents-created'.
 */
export function attachNavigationGuards(contents: WebContents, { devServerUrl, openExternal }: GuardOptions): void {
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalLinkTarget(url);
    if (external) openExternal(external);
    return { action: 'deny' };
  });

  const blockUnlessApp = (event: { preventDefault(): void; url: string }) => {
    if (!isNavigationAllowed(event.url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', blockUnlessApp);
  contents.on('will-frame-navigate', blockUnlessApp);
  contents.on('will-redirect', blockUnlessApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
