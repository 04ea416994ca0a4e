import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
import type { PlatformFile, PlatformResult } from './types';

/** True when the bytes look like binary data rather than text (NUL bytes outside UTF-16). */
export function looksBinary(bytes: Uint8Array): boolean {
  const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (isUtf16) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** Decodes text the way result files arrive: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads a browser File as text with the same limits main applies to dialog-chosen files. */
export async function readBrowserFile(
  file: File,
  maxBytes: number = MAX_FILE_BYTES,
): Promise<PlatformResult<PlatformFile>> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      error: `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; files over ${megabytes(maxBytes)} are refused.`,
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (looksBinary(bytes)) {
    return { ok: false, error: `“${file.name}” is not a text file.` };
  }
  return { ok: true, value: { name: file.name, text: decodeText(bytes) } };
}
