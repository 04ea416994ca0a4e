import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
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
  /**
   * The bytes of `filePath` when it is a regular file reached from `rootDir`
   * without any symbolic link on the way (the folders or the file itself);
   * null otherwise (missing, a folder, a device, a link, outside the root).
   */
  readContained(rootDir: string, filePath: string): Promise<Uint8Array | null>;
}

/** The renderer bundle never holds anything this large; a bigger file is not ours. */
export const MAX_APP_FILE_BYTES = 64 * 1024 * 1024;

const NO_FOLLOW = (constants.O_NOFOLLOW as number | undefined) ?? 0;
const NON_BLOCK = (constants.O_NONBLOCK as number | undefined) ?? 0;

/**
 * Containment on the real path: realpath() of the file must be the file's own
 * path under the real root, so a link anywhere on the way (a linked folder,
 * a linked file) is refused. The file is then opened without following a
 * link and checked on its handle, so a link swapped in after the check is
 * refused by the kernel rather than followed.
 */
export const nodeAppFileSystem: AppFileSystem = {
  async readContained(rootDir, filePath) {
    let handle;
    try {
      const realRoot = await realpath(rootDir);
      const expected = nodePath.join(realRoot, nodePath.relative(nodePath.resolve(rootDir), filePath));
      if ((await realpath(filePath)) !== expected) return null;
      handle = await open(expected, constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
      const info = await handle.stat();
      if (!info.isFile() || info.size > MAX_APP_FILE_BYTES) return null;
      return new Uint8Array(await handle.readFile());
    } catch {
      return null;
    } finally {
      await handle?.close();
    }
  },
};

/**
 * The `protocol.handle('app', …)` handler: serves the built renderer with
 * the security headers, read-only (GET/HEAD), only regular files inside
 * `rootDir`, never through a symbolic link.
 * Uses only web-standard Request/Response so it runs under Node in tests.
 */
export function createAppProtocolHandler(
  rootDir: string,
  fileSystem: AppFileSystem = nodeAppFileSystem,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
    const resolved = resolveAppPath(request.url, rootDir);
    if (!resolved.ok) return refuse(resolved.status, resolved.reason);
    const bytes = await fileSystem.readContained(rootDir, resolved.filePath);
    if (bytes === null) return refuse(404, 'Not found');
    // A copy into a plain ArrayBuffer: Response accepts no shared/pooled buffer views under the DOM typings.
    const body = request.method === 'HEAD' ? null : new Uint8Array(bytes);
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': contentTypeFor(resolved.filePath), ...SECURITY_HEADERS },
    });
  };
}
