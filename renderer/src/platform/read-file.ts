import { fail } from '../../../shared/common/result';
import { fileProblem } from '../../../shared/files/problems';
import { MAX_FILE_BYTES, type Result } from '../../../shared/ipc/contract';
import type { PlatformFile } from './types';

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Reads a browser File's bytes with the same size limits main applies to dialog-chosen files. */
export async function readBrowserFile(
  file: File,
  maxBytes: number = MAX_FILE_BYTES,
): Promise<Result<PlatformFile>> {
  if (file.size > maxBytes) {
    return fail(
      fileProblem(
        'too-large',
        `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; files over ${megabytes(maxBytes)} are refused.`,
        { file: file.name, limitMb: Math.round(maxBytes / 1024 / 1024) },
      ),
    );
  }
  return { ok: true, value: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
}
