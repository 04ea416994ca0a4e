/**
 * The app's fixed origin. IndexedDB data belongs to the page's origin, so this
 * must never change after the first release.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'podium';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Parses without throwing: untrusted strings reach here from navigation events and IPC. */
export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True when `raw` is a page of the app itself: the app:// origin, or in
 * development the electron-vite dev server origin (never in a packaged app).
 */
export function isAppUrl(raw: string, devServerUrl?: string): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  if (
    url.protocol === `${APP_SCHEME}:` &&
    url.host.toLowerCase() === APP_HOST &&
    !url.username &&
    !url.password
  )
    return true;
  if (!devServerUrl) return false;
  const dev = parseUrl(devServerUrl);
  return dev !== null && url.origin === dev.origin;
}
