/**
 * The folders the user chose for shared-folder sync, persisted in a JSON file
 * in userData. Main refuses every folder path from the renderer that is not in
 * this list, so a compromised page cannot make the app write anywhere else.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import * as z from 'zod';

/** A long list means something is wrong; the oldest choices go first. */
const MAX_FOLDERS = 50;

/**
 * Slip files this computer may write in one folder: one per league it
 * syncs there and member it writes for. A page asking for more is not
 * doing what the app does.
 */
export const MAX_OWNED_SLIPS_PER_FOLDER = 20;

const fileSchema = z.object({
  version: z.literal(1),
  folders: z.array(z.string().min(1).max(4096)).max(MAX_FOLDERS),
  /** Per folder, the slip files this computer created there (so it may replace them). */
  owned: z
    .record(z.string().max(4096), z.array(z.string().max(255)).max(MAX_OWNED_SLIPS_PER_FOLDER))
    .optional(),
});

/** The form a folder is stored and compared in: absolute, normalised, no trailing separator. */
export function canonicalFolder(folder: string): string {
  // resolve() normalises `.`/`..` and drops trailing separators (except a root's).
  return resolve(folder);
}

export interface SyncFolderRegistry {
  /** True when the user chose exactly this folder (after canonicalisation). */
  has(folder: string): boolean;
  add(folder: string): Promise<string>;
  remove(folder: string): Promise<void>;
  list(): string[];
  /** Slip files this computer created in the folder. */
  ownedSlips(folder: string): string[];
  /** Records that this computer writes `fileName` in the folder from now on. */
  claimSlip(folder: string, fileName: string): Promise<void>;
}

/**
 * Loads the registry from `filePath`. A missing, unreadable or malformed file
 * starts an empty list: the user only has to choose the folder again.
 */
export async function loadSyncFolderRegistry(filePath: string): Promise<SyncFolderRegistry> {
  let folders: string[] = [];
  let owned = new Map<string, string[]>();
  try {
    const parsed = fileSchema.safeParse(JSON.parse(await readFile(filePath, 'utf8')));
    if (parsed.success) {
      folders = parsed.data.folders.filter(isAbsolute).map(canonicalFolder);
      owned = new Map(Object.entries(parsed.data.owned ?? {}).filter(([folder]) => folders.includes(folder)));
    }
  } catch {
    folders = [];
  }

  const save = async () => {
    await mkdir(dirname(filePath), { recursive: true });
    const temporary = `${filePath}.tmp`;
    const file = { version: 1, folders, owned: Object.fromEntries(owned) };
    await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`);
    await rename(temporary, filePath);
  };

  return {
    has: (folder) => isAbsolute(folder) && folders.includes(canonicalFolder(folder)),
    async add(folder) {
      const canonical = canonicalFolder(folder);
      folders = [...folders.filter((f) => f !== canonical), canonical].slice(-MAX_FOLDERS);
      await save();
      return canonical;
    },
    async remove(folder) {
      const canonical = canonicalFolder(folder);
      if (!folders.includes(canonical)) return;
      folders = folders.filter((f) => f !== canonical);
      owned.delete(canonical);
      await save();
    },
    list: () => [...folders],
    ownedSlips: (folder) => [...(owned.get(canonicalFolder(folder)) ?? [])],
    async claimSlip(folder, fileName) {
      const canonical = canonicalFolder(folder);
      const names = owned.get(canonical) ?? [];
      if (names.includes(fileName)) return;
      if (names.length >= MAX_OWNED_SLIPS_PER_FOLDER) throw new TooManyOwnSlips(MAX_OWNED_SLIPS_PER_FOLDER);
      owned.set(canonical, [...names, fileName]);
      await save();
    },
  };
}

/** Thrown by `claimSlip` when this computer already writes `max` slip files in the folder. */
export class TooManyOwnSlips extends Error {
  constructor(readonly max: number) {
    super(`this computer already writes ${max} slip files in this folder`);
  }
}
