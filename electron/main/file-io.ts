import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_FILE_BYTES, type OpenedFile } from '../../shared/ipc/contract';
import { messageOf, type Result } from '../../shared/common/result';

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

export type ReadFileResult = Result<OpenedFile>;

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
    if (!info.isFile()) return { ok: false, problems: [`“${name}” is not a file.`] };
    size = info.size;
  } catch (error) {
    return { ok: false, problems: [`Could not open “${name}”: ${describeFsError(error)}`] };
  }
  if (size > maxBytes) return { ok: false, problems: [tooLargeMessage(name, size, maxBytes)] };

  try {
    const buffer = await readFile(filePath);
    // A plain Uint8Array over the same memory: it crosses IPC as bytes, not as a Node Buffer.
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    return { ok: true, value: { name, bytes } };
  } catch (error) {
    return { ok: false, problems: [`Could not read “${name}”: ${describeFsError(error)}`] };
  }
}

/** Where the file was written. */
export type WriteResult = Result<string>;

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
    return { ok: false, problems: [`Could not save “${basename(filePath)}”: ${describeFsError(error)}`] };
  }
}

/** Plain words for the errors people actually hit, instead of errno codes. */
export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
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
