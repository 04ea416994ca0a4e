/**
 * The folders the user chose for shared-folder sync, persisted in a JSON file
 * in userData. Main refuses every folder path from the renderer that is not in
 * this list, so a compromised page cannot make the app write anywhere else.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

/** A long list means something is wrong; the oldest choices go first. */
const MAX_FOLDERS = 50;

const fileSchema = z.object({
  version: z.literal(1),
  folders: z.array(z.string().min(1).max(4096)).max(MAX_FOLDERS),
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
}

/**
 * Loads the registry from `filePath`. A missing, unreadable or malformed file
 * starts an empty list: the user only has to choose the folder again.
 */
export async function loadSyncFolderRegistry(filePath: string): Promise<SyncFolderRegistry> {
  let folders: string[] = [];
  try {
    const parsed = fileSchema.safeParse(JSON.parse(await readFile(filePath, 'utf8')));
    if (parsed.success) folders = parsed.data.folders.filter(isAbsolute).map(canonicalFolder);
  } catch {
    folders = [];
  }

  const save = async () => {
    await mkdir(dirname(filePath), { recursive: true });
    const temporary = `${filePath}.tmp`;
    await writeFile(temporary, `${JSON.stringify({ version: 1, folders }, null, 2)}\n`);
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
      await save();
    },
    list: () => [...folders],
  };
}
