import { closeSync, constants, fstatSync, openSync, promises as fs, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import { errorCodeOf } from '../shared/common/result';
import { MAX_FILE_BYTES } from '../shared/results/decode';
import type { CliIo } from './commands';
import { FileTooLargeError } from './errors';

/** A read refused before it could exhaust memory or hang; `code` tells the caller which words to use. */
export class BoundedReadError extends Error {
  constructor(
    readonly code: 'EFBIG' | 'ENOTREG',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads up to `maxBytes + 1` bytes so "exactly the limit" and "more" can be told apart.
 * The buffer starts at `expected + 1` bytes (a regular file's size: one read fills it and
 * sees the end) and doubles while more comes, never past the limit: zero-filling the whole
 * limit up front cost more than reading a league file.
 */
async function readUpTo(
  chunks:
    | AsyncIterable<Uint8Array>
    | {
        read(
          buffer: Uint8Array,
          offset: number,
          length: number,
          position: null,
        ): Promise<{ bytesRead: number }>;
      },
  maxBytes: number,
  what: string,
  expected = 64 * 1024,
): Promise<Uint8Array> {
  const limit = maxBytes + 1;
  let buffer = new Uint8Array(Math.min(limit, expected + 1));
  let filled = 0;
  /** Room for `more` bytes, as far as the limit allows. */
  const makeRoom = (more: number) => {
    if (buffer.length - filled >= more || buffer.length === limit) return;
    const grown = new Uint8Array(Math.min(limit, Math.max(buffer.length * 2, filled + more)));
    grown.set(buffer.subarray(0, filled));
    buffer = grown;
  };
  if (Symbol.asyncIterator in chunks) {
    for await (const chunk of chunks) {
      makeRoom(chunk.length);
      const room = buffer.length - filled;
      buffer.set(chunk.subarray(0, room), filled);
      filled += Math.min(room, chunk.length);
      if (filled > maxBytes) break;
    }
  } else {
    while (filled <= maxBytes) {
      makeRoom(1);
      const { bytesRead } = await chunks.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
  }
  if (filled > maxBytes) {
    throw new BoundedReadError(
      'EFBIG',
      `${what} is larger than ${maxBytes / (1024 * 1024)} MB; podium reads files up to that size`,
    );
  }
  return buffer.slice(0, filled);
}

/**
 * Reads a file named on the command line without ever holding more than
 * `maxBytes` (plus one) in memory. Only regular files are read: a device
 * (`/dev/zero`), a FIFO or a socket is refused at once instead of growing
 * without end or hanging; `-` reads standard input, which is bounded the same
 * way. The file is opened once and checked on its handle, so it cannot be
 * swapped between the check and the read.
 */
export async function readBoundedFile(
  file: string,
  maxBytes: number = MAX_FILE_BYTES,
  // Not a default of `process.stdin`: a default is evaluated on every call, and creating
  // the stdin stream loads Node's stream modules, which a file read does not need.
  stdinStream?: AsyncIterable<Uint8Array> & { destroy?(): void },
): Promise<Uint8Array> {
  if (file === '-') {
    const stdin = stdinStream ?? process.stdin;
    try {
      return await readUpTo(stdin, maxBytes, 'standard input');
    } finally {
      // Stop reading an endless producer (`yes | podium parse -`).
      stdin.destroy?.();
    }
  }
  // O_NONBLOCK: opening a FIFO for reading must not wait for a writer. Synchronous calls: the
  // command waits for the file anyway, and the promise API costs a fresh process more to load
  // than reading a league file takes.
  const fd = openSync(file, constants.O_RDONLY | ((constants.O_NONBLOCK as number | undefined) ?? 0));
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (!info.isFile()) {
      throw new BoundedReadError(
        'ENOTREG',
        `${file} is not a regular file (a device, pipe or socket); to read a stream, pass - and send it on standard input`,
      );
    }
    // Size first: a 10 GB file is refused, not read; the bounded read still
    // stops a file that grows after this check.
    if (info.size > maxBytes) throw new FileTooLargeError(info.size, maxBytes);
    const handle = {
      read: async (buffer: Uint8Array, offset: number, length: number, position: null) => ({
        bytesRead: readSync(fd, buffer, offset, length, position),
      }),
    };
    return await readUpTo(handle, maxBytes, file, info.size);
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces `file` atomically: a temporary file in the same folder, fsync,
 * rename. When `file` is a symbolic link the file it points to is replaced
 * (the temporary file goes next to it, so the rename stays on one file
 * system) and the link is kept.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  let target = file;
  try {
    target = await fs.realpath(file);
  } catch (error) {
    // A new file: written where it was named.
    if (errorCodeOf(error) !== 'ENOENT') throw error;
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await fs.open(temp, 'wx');
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes to standard output or error (`fd` 1 or 2) with synchronous writes, as Node's own
 * stream does for files, terminals and pipes on Linux, without creating the stream: that
 * loads Node's stream modules, a few milliseconds of a short command. A descriptor that
 * refuses a synchronous write (a full non-blocking pipe) gets the stream, for that write
 * and every later one, so the output stays in order. Once the reader has gone
 * (`podium standings league.json | head -3`), the rest is dropped without a word.
 */
export function standardOutput(
  fd: number,
  stream: () => { write(chunk: Uint8Array): unknown },
  write: (fd: number, bytes: Uint8Array, offset: number) => number = writeSync,
): (text: string) => void {
  let fallback: { write(chunk: Uint8Array): unknown } | null = null;
  let readerGone = false;
  return (text) => {
    if (readerGone) return;
    const bytes = Buffer.from(text, 'utf8');
    if (fallback) {
      fallback.write(bytes);
      return;
    }
    let written = 0;
    try {
      while (written < bytes.length) written += write(fd, bytes, written);
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === 'EPIPE') {
        readerGone = true;
        return;
      }
      if (code !== 'EAGAIN') throw error;
      fallback = stream();
      fallback.write(bytes.subarray(written));
    }
  };
}

/** Real file-system IO for the CLI. */
export function nodeIo(version: string): CliIo {
  return {
    stdout: standardOutput(1, () => process.stdout),
    stderr: standardOutput(2, () => process.stderr),
    readFile: (file) => readBoundedFile(file),
    writeFileAtomic,
    copyFile: (from, to) => fs.copyFile(from, to),
    version,
  };
}
