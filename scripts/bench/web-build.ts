/**
 * The production web build and a static server for it, shared by the benches
 * that measure the app in Chromium. The build goes to a temporary folder so a
 * build running in parallel (dist-web) cannot change files under a bench.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as PlaywrightCore from 'playwright-core';
import type { Browser } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../tests/e2e/harness.mjs';

// The benches run as bundles in a temporary folder, where `require('playwright-core')`
// would not find the project's node_modules: resolve it from the project instead.
const { chromium } = createRequire(path.resolve('package.json'))('playwright-core') as typeof PlaywrightCore;

/** Builds the web app into a new temporary folder named after `prefix`; returns that folder. */
export function buildWeb(prefix: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), prefix));
  const run = spawnSync(
    process.execPath,
    [
      path.resolve('node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'vite.web.config.mts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (run.status !== 0) throw new Error('vite build failed');
  return outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain',
};

/** A static file server for the build (what `vite preview` does, without bundling Vite into the bench). */
export function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, urlPath === '/' ? 'index.html' : urlPath);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

/**
 * Builds the web app, serves it and opens Chromium, runs `measure`, then closes the browser,
 * stops the server and deletes the build, whatever `measure` did.
 */
export async function withBuiltApp(
  prefix: string,
  measure: (app: { browser: Browser; url: string; root: string }) => Promise<void>,
): Promise<void> {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error('No Chromium found (set CHROMIUM_PATH or install Debian chromium).');
  const root = buildWeb(prefix);
  const { server, url } = await serve(root);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    await measure({ browser, url, root });
  } finally {
    await browser.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
}
