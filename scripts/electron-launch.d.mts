// Types for tests importing the plain-JS helper.
export type ElectronLocation = { ok: true; path: string } | { ok: false; reason: string };

export function locateElectronBinary(options: {
  electronDir: string | null;
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
}): ElectronLocation;
export function missingBinaryMessage(reason: string): string;
export const BUILD_INPUTS: string[];
export const BUILD_OUTPUTS: string[];
export function buildStatus(root: string): { stale: boolean; why: string };
