import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: string };

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeMessage(name: string, size: number): string {
  return `“${name}” is ${formatBytes(size)}. Podium League reads files up to ${formatBytes(MAX_FILE_BYTES)}: result tables, CSV and JSON files are far smaller, so this is probably not the file you meant.`;
}

/** File signatures people plausibly pick by mistake, named so the message can say what to do instead. */
const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; what: string }> = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP archive or an Excel/Numbers spreadsheet — export it as CSV first',
  },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel or Word document — export it as CSV first' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF — copy the results table as text instead' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

function notTextMessage(name: string, bytes: Uint8Array): string {
  const known = SIGNATURES.find((signature) => startsWith(bytes, signature.bytes));
  const detail = known ? ` It looks like ${known.what}.` : '';
  return `“${name}” is not a text file.${detail} Podium League imports text tables, CSV and JSON files.`;
}

/**
 * C0 control characters other than tab, line feed, form feed and carriage
 * return (and ESC, which some terminals' copy-paste leaves behind) mean the
 * data is binary, whatever the decoder made of it.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001A\u001C-\u001F]/;

/**
 * Turns file bytes into text: BOM first (UTF-8, UTF-16 LE/BE), then strict
 * UTF-8, then Windows-1252 — what spreadsheet exports on Windows produce, and
 * a superset of Latin-1 for the accented names in results (José, Müller).
 */
export function decodeTextBytes(name: string, bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, error: tooLargeMessage(name, bytes.length) };

  let encoding: TextEncodingName;
  let body = bytes;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    body = bytes.subarray(3);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else {
    // Without a UTF-16 BOM a NUL byte cannot be text.
    if (bytes.includes(0)) return { ok: false, error: notTextMessage(name, bytes) };
    encoding = 'utf-8';
  }

  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    if (encoding !== 'utf-8' || body !== bytes) {
      return {
        ok: false,
        error: `“${name}” claims to be ${encoding.toUpperCase()} text but is not valid ${encoding.toUpperCase()}.`,
      };
    }
    encoding = 'windows-1252';
    text = new TextDecoder(encoding).decode(body);
  }

  if (BINARY_CONTROL.test(text)) return { ok: false, error: notTextMessage(name, bytes) };
  return { ok: true, text, encoding };
}

export type ReadTextResult = { ok: true; name: string; text: string } | { ok: false; error: string };

/** Reads a file the user chose, checking the size before loading anything into memory. */
export async function readTextFile(filePath: string): Promise<ReadTextResult> {
  const name = basename(filePath);
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return { ok: false, error: `“${name}” is not a file.` };
    size = info.size;
  } catch (error) {
    return { ok: false, error: `Could not open “${name}”: ${describeFsError(error)}` };
  }
  if (size > MAX_FILE_BYTES) return { ok: false, error: tooLargeMessage(name, size) };

  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    return { ok: false, error: `Could not read “${name}”: ${describeFsError(error)}` };
  }
  const decoded = decodeTextBytes(name, bytes);
  return decoded.ok ? { ok: true, name, text: decoded.text } : decoded;
}

export type WriteResult = { ok: true; path: string } | { ok: false; error: string };

/** Writes text as UTF-8, or base64 content as its bytes (exported images). */
export async function writeFileContent(
  filePath: string,
  content: string,
  encoding: 'utf8' | 'base64' = 'utf8',
): Promise<WriteResult> {
  try {
    await writeFile(filePath, encoding === 'base64' ? Buffer.from(content, 'base64') : content);
    return { ok: true, path: filePath };
  } catch (error) {
    return { ok: false, error: `Could not save “${basename(filePath)}”: ${describeFsError(error)}` };
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
      return error instanceof Error ? error.message : 'unknown error.';
  }
}
