// Types for the parts of harness.mjs that TypeScript code (the benches) imports.

/** Path of a Chromium to drive: $CHROMIUM_PATH, /usr/bin/chromium, or a Playwright-installed one; null if none. */
export function findChromium(): string | null;

/** Launch flags that work on the build machines (no sandbox as root, no background networking). */
export const CHROMIUM_ARGS: string[];
