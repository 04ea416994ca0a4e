// Helpers for `npm start`, kept apart from start.mjs so tests can import them.
// Deliberately never `require('electron')`: since Electron 45 that call tries
// to download the binary, which hangs or fails on an offline machine.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Finds the Electron executable the way node_modules/electron/index.js does,
 * minus the download.
 * @param {{ electronDir: string | null, env?: Record<string, string | undefined>, exists?: (path: string) => boolean }} options
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function locateElectronBinary({ electronDir, env = process.env, exists = existsSync }) {
  if (!electronDir || !exists(join(electronDir, 'package.json'))) {
    return { ok: false, reason: 'the electron package is not installed (node_modules/electron is missing)' };
  }
  const pathFile = join(electronDir, 'path.txt');
  if (!exists(pathFile)) {
    return { ok: false, reason: 'node_modules/electron has no downloaded binary (path.txt is missing)' };
  }
  const executable = readFileSync(pathFile, 'utf8').trim();
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, executable || 'electron') : join(electronDir, 'dist', executable);
  if (!exists(binary)) return { ok: false, reason: `the Electron executable is missing: ${binary}` };
  return { ok: true, path: binary };
}

/**
 * What `npm start` prints when it cannot launch Electron: why, how to fix
 * it, and how to use the same app without Electron.
 * @param {string} reason
 */
export function missingBinaryMessage(reason) {
  return [
    'Podium League cannot start the desktop app: the Electron binary is not installed.',
    '',
    `  Why: ${reason}.`,
    '       This happens when packages are installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1',
    '       (as on machines without internet access) or when the download failed.',
    '',
    '  To get it (needs an internet connection), then run `npm start` again:',
    '       node node_modules/electron/install.js',
    '',
    '  Or open the same app in your browser, no Electron needed:',
    '       npm run web',
    '',
  ].join('\n');
}

/** Newest modification time under `path` (a file or a folder), 0 if it does not exist. */
function newestMtime(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** What electron-vite builds from, relative to the project root. */
export const BUILD_INPUTS = ['electron', 'renderer', 'shared', 'electron.vite.config.ts', 'package.json'];
/** What electron-vite writes; all must exist for the build to count as done. */
export const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

/**
 * True when out/ is missing a file or older than any source, so `npm start`
 * rebuilds only when needed.
 * @param {string} root
 * @returns {{ stale: boolean, why: string }}
 */
export function buildStatus(root) {
  let oldestOutput = Infinity;
  for (const output of BUILD_OUTPUTS) {
    const mtime = newestMtime(join(root, output));
    if (mtime === 0) return { stale: true, why: `${output} does not exist` };
    oldestOutput = Math.min(oldestOutput, mtime);
  }
  for (const input of BUILD_INPUTS) {
    if (newestMtime(join(root, input)) > oldestOutput) {
      return { stale: true, why: `${relative(root, join(root, input))} changed since the last build` };
    }
  }
  return { stale: false, why: 'up to date' };
}
