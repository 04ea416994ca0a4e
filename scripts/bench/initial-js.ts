/**
 * The renderer's initial JavaScript as a fresh start loads it (see
 * {@link scriptsBeforeFirstScreen}); kept apart from the leaderboard timings.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/**
 * Gzipped bytes of every script a fresh start requests before the home screen's heading
 * shows: the static entry and preloads plus whatever boot imports on demand first (the
 * language's catalogues, country names), which the static list does not see.
 */
export async function scriptsBeforeFirstScreen(
  browser: Browser,
  url: string,
  root: string,
): Promise<{ bytes: number; files: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const files: string[] = [];
  let shown = false;
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname;
    if (!shown && file.endsWith('.js')) files.push(file.slice(1));
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  shown = true;
  await context.close();
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length,
    0,
  );
  return { bytes, files };
}
