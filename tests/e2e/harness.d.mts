// Types for the parts of harness.mjs that TypeScript code (the benches) imports.

/** Installed browsers to try, in order: $CHROMIUM_PATH, the system's, Playwright's. */
export function localChromiumCandidates(env?: Record<string, string | undefined>): (string | undefined)[];

/** Unpacks the Chromium of the `@sparticuz/chromium` package and returns its path. */
export function packagedChromium(): Promise<string>;

/**
 * Path of a Chromium to drive: an installed one, else the packaged one; null if none.
 * `PODIUM_E2E_PACKAGED_CHROMIUM=1` skips the system and Playwright browsers.
 */
export function findChromium(deps?: {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  packaged?: () => Promise<string>;
}): Promise<string | null>;

/** Launch flags that work on the build machines (no sandbox as root, no background networking). */
export const CHROMIUM_ARGS: string[];
