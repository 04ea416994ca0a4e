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
import { errorCodeOf, fail, ok, type Result } from '../../shared/common/result';
import { decodeTextBytes } from '../../shared/results/decode';
import { fileProblem, unexpectedProblem, type FileProblem } from '../../shared/files/problems';
import { randomBytes } from 'node:crypto';
import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { constants } from 'node:fs';
import { lstat, open, opendir, realpath, rename, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseSlip } from '../../shared/exchange';
import { slipFileName } from '../../shared/exchange/slip-file-name';
import {
  SYNC_LIMITS,
  SYNC_SLIP_SUFFIX,
  type SyncFolderChange,
  type SyncFolderListing,
  type WrittenSyncSlip,
  type SyncSlipEntry,
} from '../../shared/ipc/contract';
import { describeFsError, fsProblem } from './file-io';

/**
 * `<leagueId>--<memberId>.podium-slip.json`: letters, digits, `_`, `-` and
 * `.` only, never starting with a dot (sync tools and this module use hidden
 * names for temporary files), no separators, the fixed suffix.
 */
const SLIP_FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,150}\.podium-slip\.json$/;

export function isSlipFileName(name: string): boolean {
  return SLIP_FILE_NAME.test(name) && !name.includes('..') && name.endsWith(SYNC_SLIP_SUFFIX);
}

/**
 * A slip file must hold a valid slip of the league and member its name
 * says: a file named for one member can never speak for another, and a slip
 * the app writes is one the app reads back.
 */
export function checkSlipForFile(text: string, fileName: string): Result<true, FileProblem> {
  const parsed = parseSlip(text);
  if (!parsed.ok) return fail(...parsed.problems.slice(0, 2));
  const expected = slipFileName(parsed.value.leagueId, parsed.value.member.id);
  if (expected !== fileName)
    return fail(
      fileProblem(
        'slip-file-name',
        `the slip inside is ${parsed.value.member.name}'s, whose file is ${expected}`,
        {
          member: parsed.value.member.name,
          expected,
        },
      ),
    );
  return ok(true);
}

/** Why a slip file was refused, in English (logs, the write error). */
export function slipRefusalReason(problems: readonly FileProblem[]): string {
  const messages = problems.map((p) => p.message).join(' ');
  return problems.some((p) => p.code === 'slip-file-name') ? messages : `not a valid pick slip (${messages})`;
}

export type SyncWriteResult = Result<WrittenSyncSlip, FileProblem>;

function unreadableEntry(fileName: string, error: unknown): SyncSlipEntry {
  const reason = describeFsError(error);
  const fs = errorCodeOf(error);
  return {
    fileName,
    status: 'unreadable',
    reason,
    problems: [fileProblem('unreadable', reason, fs ? { fs } : {})],
  };
}

function invalidEntry(fileName: string, problem: FileProblem): SyncSlipEntry {
  return { fileName, status: 'invalid', reason: problem.message, problems: [problem] };
}

/** Errors a rename hits on Windows while another program (the sync tool, a reader) has the target open. */
const TRANSIENT_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY']);

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
  // The page writes only slips it made, so the first two are bugs: worded as unexpected, detail in English.
  if (!isSlipFileName(fileName))
    return fail(unexpectedProblem(`“${fileName}” is not a slip file name.`, { file: fileName }));
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > SYNC_LIMITS.maxSlipBytes)
    return fail(
      unexpectedProblem(`The slip is too large to write (over ${SYNC_LIMITS.maxSlipBytes} bytes).`, {
        file: fileName,
      }),
    );
  const checked = checkSlipForFile(text, fileName);
  if (!checked.ok)
    return fail(
      ...checked.problems.map((p) => ({
        ...p,
        params: { ...p.params, file: fileName },
        message: `Refused to write “${fileName}”: ${slipRefusalReason([p])}.`,
      })),
    );
  const target = join(folder, fileName);
  const temporary = join(folder, `.${fileName}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
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
        if (attempt >= 5 || !TRANSIENT_RENAME.has(errorCodeOf(error))) throw error;
        await sleep(20 * 2 ** attempt);
      }
    }
    await syncDirectory(folder);
    return { ok: true, value: { fileName, bytes: bytes.length } };
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    return {
      ok: false,
      problems: [
        fsProblem('cannot-write-slip', `Could not write “${fileName}” in the shared folder`, fileName, error),
      ],
    };
  }
}

/** True when anything — a file, a link, a folder — has that name in the folder. */
export async function slipExists(folder: string, fileName: string): Promise<boolean> {
  try {
    await lstat(join(folder, fileName));
    return true;
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return false;
    // Cannot tell: treat as taken, so nothing of someone else's is replaced.
    return true;
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

/** What a scan learns from an opened file's handle (never from the path: the path may change meanwhile). */
export interface OpenedFileInfo {
  isFile(): boolean;
  size: number;
  mtimeMs: number;
  dev: number;
  ino: number;
  nlink: number;
  ctimeMs: number;
}

/** An opened slip file. */
export interface SlipFileHandle {
  stat(): Promise<OpenedFileInfo>;
  /** Reads from the start, at most `maxBytes` bytes. */
  readUpTo(maxBytes: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** The file-system calls a read uses; tests replace them (a file deleted or swapped between calls). */
export interface ReadFs {
  /** Up to `limit` names of the folder. */
  list(folder: string, limit: number): Promise<string[]>;
  /**
   * Opens a file for reading without following a symbolic link in its last
   * component and without blocking on a FIFO or device.
   */
  open(path: string): Promise<SlipFileHandle>;
  /**
   * The path's own metadata (a link is not followed). For the watcher's
   * signature, and to reuse an earlier read of the very same file; never to
   * decide what to open.
   */
  lstat(path: string): Promise<OpenedFileInfo>;
}

/**
 * O_NOFOLLOW makes the kernel refuse a link at open time, so no check-then-open
 * race exists; O_NONBLOCK keeps a FIFO planted under a slip name from hanging
 * the scan. Windows has neither flag: there the handle's identity is compared
 * with the path's after opening (links there need administrator rights anyway).
 */
const NO_FOLLOW = constants.O_NOFOLLOW as number | undefined;
const OPEN_FLAGS =
  constants.O_RDONLY | (NO_FOLLOW ?? 0) | ((constants.O_NONBLOCK as number | undefined) ?? 0);

async function openNoFollow(path: string): Promise<SlipFileHandle> {
  const handle = await open(path, OPEN_FLAGS);
  try {
    if (NO_FOLLOW === undefined) {
      const [byHandle, byPath] = await Promise.all([handle.stat(), lstat(path)]);
      if (byPath.isSymbolicLink() || byPath.ino !== byHandle.ino || byPath.dev !== byHandle.dev) {
        throw Object.assign(new Error('a link'), { code: 'ELOOP' });
      }
    }
  } catch (error) {
    await handle.close();
    throw error;
  }
  return {
    stat: () => handle.stat(),
    async readUpTo(maxBytes) {
      // Unfilled bytes are never exposed: only the part read is returned.
      const buffer = Buffer.allocUnsafe(maxBytes);
      let filled = 0;
      while (filled < maxBytes) {
        const { bytesRead } = await handle.read(buffer, filled, maxBytes - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buffer.subarray(0, filled);
    },
    close: () => handle.close(),
  };
}

async function listNames(folder: string, limit: number): Promise<string[]> {
  const names: string[] = [];
  const dir = await opendir(folder);
  try {
    for await (const entry of dir) {
      names.push(entry.name);
      if (names.length >= limit) break;
    }
  } finally {
    await dir.close().catch(() => undefined);
  }
  return names;
}

/** The real file system; exported so tests can wrap single calls of it. */
export const defaultReadFs: ReadFs = {
  list: listNames,
  open: openNoFollow,
  lstat: (path) => lstat(path),
};

/**
 * A slip that is not valid JSON and changed less than this long ago is
 * reported as still being copied (and read again); older, it is invalid until
 * it changes. Sync tools that write in place finish well within this.
 */
export const SETTLE_MS = 15_000;

/** What a file's read depends on: same identity, size and time ⇒ same result. */
const versionOf = (info: OpenedFileInfo) =>
  `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;

/**
 * Results of earlier reads of one folder, by file name and file version, so a
 * rescan re-reads only changed files and a permanent problem is not retried
 * until the file changes. Holds at most one entry per slip name the scan
 * limits allow.
 */
export class SlipReadCache {
  private readonly entries = new Map<string, { version: string; entry: SyncSlipEntry }>();

  get(fileName: string, version: string): SyncSlipEntry | undefined {
    const cached = this.entries.get(fileName);
    return cached?.version === version ? cached.entry : undefined;
  }

  set(fileName: string, version: string, entry: SyncSlipEntry): void {
    // Still being copied: the next read must look again.
    if (entry.status === 'incomplete') this.entries.delete(fileName);
    else this.entries.set(fileName, { version, entry });
  }

  /** Forgets files that are gone, so the cache never outgrows the folder. */
  retain(fileNames: ReadonlySet<string>): void {
    for (const name of this.entries.keys()) if (!fileNames.has(name)) this.entries.delete(name);
  }
}

export interface ReadFolderOptions {
  fs?: ReadFs;
  now?: () => Date;
  cache?: SlipReadCache;
  /** Lower limits for tests; the app uses SYNC_LIMITS. */
  limits?: Partial<Record<keyof typeof SYNC_LIMITS, number>>;
}

const describeBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : `${Math.round(bytes / 1024)} KB`;

/**
 * Reads the slip files of the folder within SYNC_LIMITS. Never throws for a
 * single file: one that vanished between listing and reading is left out,
 * an oversized one is reported without being read, a file still being copied
 * is reported as incomplete (read again later), anything else that is not a
 * slip is reported as invalid (read again only when it changes).
 */
export async function readSlipFolder(
  folder: string,
  options: ReadFolderOptions = {},
): Promise<Result<SyncFolderListing, FileProblem>> {
  const fs = options.fs ?? defaultReadFs;
  const now = options.now ?? (() => new Date());
  const limits = { ...SYNC_LIMITS, ...options.limits };
  let names: string[];
  try {
    names = await fs.list(folder, limits.maxListedNames);
  } catch (error) {
    return fail(fsProblem('cannot-read-folder', 'Could not read the shared folder', null, error));
  }
  const slipNames = names.filter(isSlipFileName).sort();
  const entries: SyncSlipEntry[] = [];
  const seenFiles = new Map<string, string>();
  let textBytes = 0;
  let skipped: SyncFolderListing['skipped'];
  const skip = (index: number, reason: string, limit: 'slips' | 'bytes', max: number) => {
    const files = slipNames.length - index;
    skipped = { files, reason, problem: fileProblem('scan-limit', reason, { limit, max, files }) };
  };
  if (names.length >= limits.maxListedNames) {
    const reason = `The folder holds more than ${limits.maxListedNames} files; only the first ${limits.maxListedNames} were looked at.`;
    skipped = {
      files: 0,
      reason,
      problem: fileProblem('scan-limit', reason, { limit: 'names', max: limits.maxListedNames, files: 0 }),
    };
  }
  for (const [index, fileName] of slipNames.entries()) {
    if (index >= limits.maxSlipsPerScan) {
      skip(
        index,
        `The folder holds more than ${limits.maxSlipsPerScan} slip files; the others were not read.`,
        'slips',
        limits.maxSlipsPerScan,
      );
      break;
    }
    const entry = await readSlipEntry(
      folder,
      fileName,
      fs,
      now(),
      limits.maxSlipBytes,
      seenFiles,
      options.cache,
    );
    if (!entry) continue;
    if (entry.status === 'ok') {
      textBytes += entry.text.length;
      if (textBytes > limits.maxScanBytes) {
        skip(
          index,
          `Slip files in the folder add up to more than ${describeBytes(limits.maxScanBytes)}; the others were not read.`,
          'bytes',
          limits.maxScanBytes / (1024 * 1024),
        );
        break;
      }
    }
    entries.push(entry);
  }
  options.cache?.retain(new Set(slipNames));
  const listing: SyncFolderListing = { folder, readAt: now().toISOString(), entries };
  if (skipped) listing.skipped = skipped;
  return ok(listing);
}

async function readSlipEntry(
  folder: string,
  fileName: string,
  fs: ReadFs,
  now: Date,
  maxBytes: number,
  seenFiles: Map<string, string>,
  cache: SlipReadCache | undefined,
): Promise<SyncSlipEntry | null> {
  if (cache) {
    // The same regular file (identity, size, times) as a read made through an opened handle:
    // its result stands, and nothing is opened. A link in its place has other metadata.
    try {
      const info = await fs.lstat(join(folder, fileName));
      const cached = info.isFile() && info.nlink === 1 ? cache.get(fileName, versionOf(info)) : undefined;
      if (cached) return cached;
    } catch {
      // Gone or unreadable: the open below reports it.
    }
  }
  let handle: SlipFileHandle;
  try {
    handle = await fs.open(join(folder, fileName));
  } catch (error) {
    const code = errorCodeOf(error);
    // Deleted or replaced by the sync tool between listing and reading: the next read sees the new state.
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP' || code === 'EMLINK')
      return invalidEntry(
        fileName,
        fileProblem('linked-file', 'a link to another file; links are not followed'),
      );
    return unreadableEntry(fileName, error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return invalidEntry(fileName, fileProblem('not-regular-file', 'not a regular file'));
    // Only files with several names count: a closed file's number may be reused by a new file meanwhile.
    const identity = info.nlink > 1 ? `${info.dev}:${info.ino}` : null;
    const twin = identity === null ? undefined : seenFiles.get(identity);
    if (identity !== null && twin !== undefined)
      return invalidEntry(
        fileName,
        fileProblem('hard-link', `the same file as ${twin} (a hard link)`, { twin }),
      );
    if (identity !== null) seenFiles.set(identity, fileName);
    if (info.size > maxBytes) return { fileName, status: 'too-large', bytes: info.size };
    const version = versionOf(info);
    const cached = cache?.get(fileName, version);
    if (cached) return cached;
    const entry = await readOpenedSlip(handle, fileName, info, now, maxBytes);
    cache?.set(fileName, version, entry);
    return entry;
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return null;
    return unreadableEntry(fileName, error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function readOpenedSlip(
  handle: SlipFileHandle,
  fileName: string,
  info: OpenedFileInfo,
  now: Date,
  maxBytes: number,
): Promise<SyncSlipEntry> {
  // One byte more than fstat said tells a file that grew since from one that did not.
  const bytes = await handle.readUpTo(Math.min(info.size, maxBytes) + 1);
  if (bytes.length > maxBytes) return { fileName, status: 'too-large', bytes: bytes.length };
  if (bytes.length > info.size) return { fileName, status: 'incomplete', reason: 'still being written' };
  const settling = now.getTime() - info.mtimeMs < SETTLE_MS;
  const notYet = (stillCopying: string, invalid: FileProblem): SyncSlipEntry =>
    settling ? { fileName, status: 'incomplete', reason: stillCopying } : invalidEntry(fileName, invalid);
  // The one shared decoder: a slip saved as UTF-16 or with a BOM reads like any other file.
  const decoded = decodeTextBytes(bytes, maxBytes);
  if (!decoded.ok) return notYet('not readable text yet', fileProblem('not-text', 'not a text file'));
  const text = decoded.value.text;
  if (text.trim() === '') return notYet('the file is empty', fileProblem('empty', 'the file is empty'));
  const slip = checkSlipForFile(text, fileName);
  if (slip.ok) return { fileName, status: 'ok', text };
  // Only a file that is not JSON at all may still be arriving; a complete JSON file that is not this slip is final.
  const notJson = slip.problems.find((p) => p.code === 'not-json');
  if (notJson) return notYet('not complete JSON yet', { ...notJson, message: 'not valid JSON' });
  return { fileName, status: 'invalid', reason: slipRefusalReason(slip.problems), problems: slip.problems };
}

/** What the watcher looks at to decide the folder changed: names, sizes and modification times. */
async function folderSignature(folder: string, fs: ReadFs): Promise<string> {
  try {
    const names = (await fs.list(folder, SYNC_LIMITS.maxListedNames)).filter(isSlipFileName).sort();
    const parts: string[] = [];
    for (const name of names.slice(0, SYNC_LIMITS.maxSlipsPerScan)) {
      try {
        const info = await fs.lstat(join(folder, name));
        parts.push(`${name}:${info.size}:${info.mtimeMs}`);
      } catch {
        parts.push(`${name}:gone`);
      }
    }
    return parts.join('|');
  } catch (error) {
    return `error:${errorCodeOf(error)}`;
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
  const fs = options.fs ?? defaultReadFs;
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

/** The folder's canonical path: links and `.`/`..` resolved, so two spellings of one folder are one key. */
export async function realFolder(folder: string): Promise<string> {
  try {
    return await realpath(folder);
  } catch {
    // A folder that is gone (unmounted share) still has to be unwatchable by its name.
    return folder;
  }
}

/**
 * One watch per real folder, however many times or however differently the
 * renderer names it (a trailing slash, `.` segments, a link to it). Changes
 * are reported under every name the folder was asked for (those names are
 * ones the user chose, so there are few), so the page recognises them.
 */
export class FolderWatchers {
  private readonly watches = new Map<string, { watch: FolderWatch; names: Set<string> }>();
  /** Serialises watch/unwatch so two quick calls for one folder cannot both create a watch. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly send: (change: SyncFolderChange) => void,
    private readonly options: WatchOptions = {},
  ) {}

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  watch(folder: string): Promise<void> {
    return this.serial(async () => {
      const real = await realFolder(folder);
      const existing = this.watches.get(real);
      if (existing) {
        existing.names.add(folder);
        return;
      }
      const names = new Set([folder]);
      const watch = watchSlipFolder(
        real,
        (change) => {
          for (const name of names) this.send({ ...change, folder: name });
        },
        this.options,
      );
      this.watches.set(real, { watch, names });
    });
  }

  unwatch(folder: string): Promise<void> {
    return this.serial(async () => {
      const real = await realFolder(folder);
      const key = this.watches.has(real)
        ? real
        : [...this.watches].find(([, entry]) => entry.names.has(folder))?.[0];
      if (key === undefined) return;
      this.watches.get(key)?.watch.close();
      this.watches.delete(key);
    });
  }

  /** Real folders being watched. */
  get size(): number {
    return this.watches.size;
  }

  async has(folder: string): Promise<boolean> {
    return this.watches.has(await realFolder(folder));
  }

  closeAll(): void {
    for (const { watch } of this.watches.values()) watch.close();
    this.watches.clear();
  }
}
