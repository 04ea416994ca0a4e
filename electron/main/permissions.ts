import { isAppUrl } from './app-origin';

/**
 * Web permissions the app's own pages may use; every other permission, and
 * every request from anywhere else, is refused. `persistent-storage` keeps the
 * browser from evicting the IndexedDB league data;
 * `clipboard-sanitized-write` lets "copy pick slip" use navigator.clipboard.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set([
  'persistent-storage',
  'clipboard-sanitized-write',
]);

export function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  devServerUrl?: string,
): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, devServerUrl);
}
