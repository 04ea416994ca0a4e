import { fail, type Result } from '../../../shared/common/result';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import type { PlatformFile } from './types';

/** Reads a browser File's bytes with the same size limit main applies to dialog-chosen files. */
export async function readBrowserFile(file: File): Promise<Result<PlatformFile>> {
  if (file.size > MAX_FILE_BYTES) {
    return fail(`“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; files over 5 MB are refused.`);
  }
  return { ok: true, value: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
}
