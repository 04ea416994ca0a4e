import { readFile, stat } from 'node:fs/promises';
import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { SECURITY_HEADERS } from './csp';

export type ResolvedAppPath =
  { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404; reason: string };

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/** Characters that never appear in our build output but help escape a directory on some OS. */
const FORBIDDEN_IN_SEGMENT = /[\\:\0]/;

/**
 * Maps an app:// URL to a file inside `rootDir`, or refuses. Pure apart from
 * path arithmetic, so the containment rules are unit-tested; `pathApi` lets
 * the tests check Windows path rules on any OS.
 */
export function resolveAppPath(
  rawUrl: string,
  rootDir: string,
  pathApi: PathApi = nodePath,
): ResolvedAppPath {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 400, reason: 'Malformed URL' };
  }
  if (
    url.protocol !== `${APP_SCHEME}:` ||
    url.host.toLowerCase() !== APP_HOST ||
    url.username ||
    url.password
  ) {
    return { ok: false, status: 403, reason: 'Not the app origin' };
  }
  // Check the still-encoded path too: an encoded backslash must not survive decoding.
  if (/%5c/i.test(url.pathname)) return { ok: false, status: 403, reason: 'Backslash in path' };

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'Malformed percent-encoding' };
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) segments.push('index.html');
  for (const segment of segments) {
    if (segment === '.' || segment === '..' || FORBIDDEN_IN_SEGMENT.test(segment)) {
      return { ok: false, status: 403, reason: 'Path escapes the app directory' };
    }
  }

  const root = pathApi.resolve(rootDir);
  const filePath = pathApi.resolve(root, ...segments);
  const relative = pathApi.relative(root, filePath);
  // Belt and braces after the segment checks: whatever resolve() did, the
  // result must sit strictly inside the root.
  if (relative === '' || relative.startsWith('..') || pathApi.isAbsolute(relative)) {
    return { ok: false, status: 403, reason: 'Path escapes the app directory' };
  }
  return { ok: true, filePath };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[nodePath.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function refuse(status: number, reason: string): Response {
  return new Response(reason, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS },
  });
}

export interface AppFileSystem {
  isFile(path: string): Promise<boolean>;
  read(path: string): Promise<Uint8Array>;
}

const nodeFileSystem: AppFileSystem = {
  isFile: async (path) => {
    try {
      return (await stat(path)).isFile();
    } catch {
      return false;
    }
  },
  read: (path) => readFile(path),
};

/**
 * The `protocol.handle('app', …)` handler: serves the built renderer with
 * the security headers, read-only (GET/HEAD), nothing outside `rootDir`.
 * Uses only web-standard Request/Response so it runs under Node in tests.
 */
export function createAppProtocolHandler(
  rootDir: string,
  fileSystem: AppFileSystem = nodeFileSystem,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
    const resolved = resolveAppPath(request.url, rootDir);
    if (!resolved.ok) return refuse(resolved.status, resolved.reason);
    if (!(await fileSystem.isFile(resolved.filePath))) return refuse(404, 'Not found');
    // A copy into a plain ArrayBuffer: Response accepts no shared/pooled buffer views under the DOM typings.
    const body = request.method === 'HEAD' ? null : new Uint8Array(await fileSystem.read(resolved.filePath));
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': contentTypeFor(resolved.filePath), ...SECURITY_HEADERS },
    });
  };
}
