/**
 * Shared-folder sync on the main side: atomic writes of this
 * machine's slip file, tolerant reads of everyone's, and a watcher. Plain Node
 * so it is tested against real temporary folders (the Electron binary is not
 * available on build machines).
 *
 * What it assumes about the folder: a file-sync tool copies whole files
 * between machines, possibly writing them in place (so a reader can see a
 * truncated file) and possibly deleting or replacing them at any moment. The
 * app never merges two writers into one file: each machine writes only its own.
 */
import type { Result } from '../../shared/common/result';
import { decodeTextBytes } from '../../shared/results/decode';
import { randomBytes } from 'node:crypto';
import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { lstat, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  MAX_FILE_BYTES,
  SYNC_SLIP_SUFFIX,
  type SyncFolderChange,
  type SyncFolderListing,
  type WrittenSyncSlip,
  type SyncSlipEntry,
} from '../../shared/ipc/contract';
import { describeFsError } from './file-io';

/**
 * `<leagueId>--<memberId>.podium-slip.json`: letters, digits, `_`, `-` and
 * `.` only, never starting with a dot (sync tools and this module use hidden
 * names for temporary files), no separators, the fixed suffix.
 */
const SLIP_FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,150}\.podium-slip\.json$/;

export function isSlipFileName(name: string): boolean {
  return SLIP_FILE_NAME.test(name) && !name.includes('..') && name.endsWith(SYNC_SLIP_SUFFIX);
}

export type SyncWriteResult = Result<WrittenSyncSlip>;

/** Errors a rename hits on Windows while another program (the sync tool, a reader) has the target open. */
const TRANSIENT_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY']);

const errorCode = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writes `text` to `folder/fileName` so that readers (and the sync tool) see
 * either the old file or the new one, never a mix: a hidden temporary file in
 * the same folder (same file system, so rename is atomic), fsync, then rename
 * over the target.
 */
export async function writeSlipAtomically(
  folder: string,
  fileName: string,
  text: string,
): Promise<SyncWriteResult> {
  if (!isSlipFileName(fileName)) return { ok: false, problems: [`“${fileName}” is not a slip file name.`] };
  const target = join(folder, fileName);
  const temporary = join(folder, `.${fileName}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problems: [`The slip is too large to write.`] };
  try {
    // 'wx': never follow or reuse something already at the temporary name.
    const handle = await open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await rename(temporary, target);
        break;
      } catch (error) {
        if (attempt >= 5 || !TRANSIENT_RENAME.has(errorCode(error))) throw error;
        await sleep(20 * 2 ** attempt);
      }
    }
    await syncDirectory(folder);
    return { ok: true, value: { fileName, bytes: bytes.length } };
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    return {
      ok: false,
      problems: [`Could not write “${fileName}” in the shared folder: ${describeFsError(error)}`],
    };
  }
}

/** Makes the rename itself durable on POSIX; Windows cannot open a directory, and does not need to. */
async function syncDirectory(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some network file systems refuse fsync on directories; the data file is already synced.
  }
}

/** The file-system calls a read uses; tests replace them to delete a file between list and read. */
export interface ReadFs {
  readdir(folder: string): Promise<string[]>;
  lstat(path: string): Promise<{ isFile(): boolean; size: number; mtimeMs: number }>;
  readFile(path: string): Promise<Uint8Array>;
}

const nodeReadFs: ReadFs = {
  readdir: (folder) => readdir(folder),
  lstat: (path) => lstat(path),
  readFile: (path) => readFile(path),
};

/**
 * Reads every slip file of the folder. Never throws for a single file: one
 * that vanished between listing and reading is left out, an oversized one is
 * reported without being read, one that is not valid JSON yet is reported as
 * incomplete so the caller retries later instead of merging half a file.
 */
export async function readSlipFolder(
  folder: string,
  fs: ReadFs = nodeReadFs,
  now: () => Date = () => new Date(),
): Promise<Result<SyncFolderListing>> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    return { ok: false, problems: [`Could not read the shared folder: ${describeFsError(error)}`] };
  }
  const entries: SyncSlipEntry[] = [];
  for (const fileName of names.filter(isSlipFileName).sort()) {
    const entry = await readSlipEntry(join(folder, fileName), fileName, fs);
    if (entry) entries.push(entry);
  }
  return { ok: true, value: { folder, readAt: now().toISOString(), entries } };
}

async function readSlipEntry(path: string, fileName: string, fs: ReadFs): Promise<SyncSlipEntry | null> {
  try {
    // lstat, not stat: a symbolic link planted in a shared folder must not make the app read elsewhere.
    const info = await fs.lstat(path);
    if (!info.isFile()) return null;
    if (info.size > MAX_FILE_BYTES) return { fileName, status: 'too-large', bytes: info.size };
    const bytes = await fs.readFile(path);
    // The file may have grown between lstat and read.
    if (bytes.length > MAX_FILE_BYTES) return { fileName, status: 'too-large', bytes: bytes.length };
    // The one shared decoder: a slip saved as UTF-16 or with a BOM reads like any other file.
    const decoded = decodeTextBytes(bytes);
    if (!decoded.ok) return { fileName, status: 'incomplete', reason: 'not readable text yet' };
    const text = decoded.value.text;
    if (text.trim() === '') return { fileName, status: 'incomplete', reason: 'the file is empty' };
    try {
      JSON.parse(text);
    } catch {
      return { fileName, status: 'incomplete', reason: 'not complete JSON yet' };
    }
    return { fileName, status: 'ok', text };
  } catch (error) {
    // Deleted or replaced by the sync tool between listing and reading: the next read sees the new state.
    if (errorCode(error) === 'ENOENT') return null;
    return { fileName, status: 'unreadable', reason: describeFsError(error) };
  }
}

/** What the watcher looks at to decide the folder changed: names, sizes and modification times. */
async function folderSignature(folder: string, fs: ReadFs): Promise<string> {
  try {
    const names = (await fs.readdir(folder)).filter(isSlipFileName).sort();
    const parts: string[] = [];
    for (const name of names) {
      try {
        const info = await fs.lstat(join(folder, name));
        parts.push(`${name}:${info.size}:${info.mtimeMs}`);
      } catch {
        parts.push(`${name}:gone`);
      }
    }
    return parts.join('|');
  } catch (error) {
    return `error:${errorCode(error)}`;
  }
}

export interface WatchOptions {
  /** Quiet time after the last event before `onChange` fires: sync tools write in bursts. */
  debounceMs?: number;
  /**
   * Rescan period. fs.watch misses changes on network shares and some sync
   * tools, and fails outright when the system runs out of watches; the rescan
   * compares a signature of the folder and reports a change when it differs.
   */
  rescanMs?: number;
  /** Replaceable for tests (e.g. a watch that throws, as on a share without notifications). */
  watch?: (folder: string, listener: (event: string, name: string | null) => void) => FSWatcher;
  fs?: ReadFs;
}

export interface FolderWatch {
  /** True while fs.watch events are arriving; false when only the rescan is running. */
  readonly usingEvents: boolean;
  close(): void;
}

/** Watches one folder; calls `onChange` (debounced) when its slip files may have changed. */
export function watchSlipFolder(
  folder: string,
  onChange: (change: SyncFolderChange) => void,
  options: WatchOptions = {},
): FolderWatch {
  const debounceMs = options.debounceMs ?? 400;
  const rescanMs = options.rescanMs ?? 30_000;
  const fs = options.fs ?? nodeReadFs;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let signature: Promise<string> = folderSignature(folder, fs);
  let watcher: FSWatcher | null = null;

  const fire = (cause: SyncFolderChange['cause']) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (closed) return;
      // Refresh the signature so the next rescan does not report the same change again.
      signature = folderSignature(folder, fs);
      onChange({ folder, cause });
    }, debounceMs);
  };

  try {
    watcher = (options.watch ?? ((path, listener) => fsWatch(path, { persistent: false }, listener)))(
      folder,
      (_event, name) => {
        // Temporary files (ours or the sync tool's) come and go; only slip files matter.
        if (name === null || isSlipFileName(basename(name))) fire('watch');
      },
    );
    watcher.on('error', () => {
      watcher?.close();
      watcher = null;
    });
  } catch {
    watcher = null;
  }

  const interval = setInterval(() => {
    void (async () => {
      const [before, after] = await Promise.all([signature, folderSignature(folder, fs)]);
      if (closed || before === after) return;
      signature = Promise.resolve(after);
      fire('rescan');
    })();
  }, rescanMs);
  // Never keep the app alive just to rescan.
  interval.unref?.();

  return {
    get usingEvents() {
      return watcher !== null;
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      clearInterval(interval);
      watcher?.close();
      watcher = null;
    },
  };
}

/** One watch per folder, however many times the renderer asks (e.g. after a reload). */
export class FolderWatchers {
  private readonly watches = new Map<string, FolderWatch>();

  constructor(
    private readonly send: (change: SyncFolderChange) => void,
    private readonly options: WatchOptions = {},
  ) {}

  watch(folder: string): void {
    if (!this.watches.has(folder)) this.watches.set(folder, watchSlipFolder(folder, this.send, this.options));
  }

  unwatch(folder: string): void {
    this.watches.get(folder)?.close();
    this.watches.delete(folder);
  }

  has(folder: string): boolean {
    return this.watches.has(folder);
  }

  closeAll(): void {
    for (const folder of [...this.watches.keys()]) this.unwatch(folder);
  }
}
