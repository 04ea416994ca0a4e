import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_FILE_BYTES, type OpenedFile } from '../../shared/ipc/contract';
import { errorCodeOf, messageOf, type Result } from '../../shared/common/result';
import { fileProblem, type FileProblem } from '../../shared/files/problems';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeMessage(name: string, size: number, maxBytes: number = MAX_FILE_BYTES): string {
  return maxBytes === MAX_FILE_BYTES
    ? `“${name}” is ${formatBytes(size)}. Podium League reads files up to ${formatBytes(MAX_FILE_BYTES)}: result tables, CSV and JSON files are far smaller, so this is probably not the file you meant.`
    : `“${name}” is ${formatBytes(size)}. Podium League reads backups up to ${formatBytes(maxBytes)}, the largest it writes, so this is probably not one of its backups.`;
}

export type ReadFileResult = Result<OpenedFile, FileProblem>;

/**
 * Reads a file the user chose, checking the size (`maxBytes`: the import
 * limit, or the backup limit for a backup) before loading anything into
 * memory. The bytes go to the renderer as they are: decoding happens in one
 * place in shared/, for the app and the CLI alike.
 */
export async function readFileBytes(
  filePath: string,
  maxBytes: number = MAX_FILE_BYTES,
): Promise<ReadFileResult> {
  const name = basename(filePath);
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile())
      return {
        ok: false,
        problems: [fileProblem('not-regular-file', `“${name}” is not a file.`, { file: name })],
      };
    size = info.size;
  } catch (error) {
    return { ok: false, problems: [fsProblem('cannot-open', `Could not open “${name}”`, name, error)] };
  }
  if (size > maxBytes) {
    const limitMb = Math.round(maxBytes / (1024 * 1024));
    const tooLarge = fileProblem('too-large', tooLargeMessage(name, size, maxBytes), { file: name, limitMb });
    return { ok: false, problems: [tooLarge] };
  }

  try {
    const buffer = await readFile(filePath);
    // A plain Uint8Array over the same memory: it crosses IPC as bytes, not as a Node Buffer.
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    return { ok: true, value: { name, bytes } };
  } catch (error) {
    return { ok: false, problems: [fsProblem('cannot-open', `Could not read “${name}”`, name, error)] };
  }
}

/** Where the file was written. */
export type WriteResult = Result<string, FileProblem>;

/** Writes text as UTF-8, or base64 content as its bytes (exported images). */
export async function writeFileContent(
  filePath: string,
  content: string,
  encoding: 'utf8' | 'base64' = 'utf8',
): Promise<WriteResult> {
  try {
    await writeFile(filePath, encoding === 'base64' ? Buffer.from(content, 'base64') : content);
    return { ok: true, value: filePath };
  } catch (error) {
    const name = basename(filePath);
    return { ok: false, problems: [fsProblem('cannot-save', `Could not save “${name}”`, name, error)] };
  }
}

/**
 * A failed file operation as a problem the screens word: the system's error
 * code as `fs`, the file's name as `file`; `message` is `what` and the
 * reason in English, for logs.
 */
export function fsProblem(
  code: 'cannot-open' | 'cannot-save' | 'cannot-write-slip' | 'cannot-read-folder',
  what: string,
  file: string | null,
  error: unknown,
): FileProblem {
  const params = { fs: errorCodeOf(error), ...(file === null ? {} : { file }) };
  return fileProblem(code, `${what}: ${describeFsError(error)}`, params);
}

/** Plain words for the errors people actually hit, instead of errno codes (logs and the CLI). */
export function describeFsError(error: unknown): string {
  switch (errorCodeOf(error)) {
    case 'ENOENT':
      return 'the file or folder does not exist.';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied.';
    case 'EISDIR':
      return 'that is a folder, not a file.';
    case 'ENOSPC':
      return 'the disk is full.';
    case 'EROFS':
      return 'the disk is read-only.';
    case 'EBUSY':
      return 'the file is in use by another program.';
    default:
      return messageOf(error);
  }
}
