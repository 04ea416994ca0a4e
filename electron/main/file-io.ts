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

export function tooLargeMessage(name: string, size: number, maxBytes: number = MAX_FILE_BYTES): string {
  return maxBytes === MAX_FILE_BYTES
    ? `“${name}” is ${formatBytes(size)}. Podium League reads files up to ${formatBytes(MAX_FILE_BYTES)}: result tables, CSV and JSON files are far smaller, so this is probably not the file you meant.`
    : `“${name}” is ${formatBytes(size)}. Podium League reads backups up to ${formatBytes(maxBytes)}, the largest it writes, so this is probably not one of its backups.`;
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
export function decodeTextBytes(
  name: string,
  bytes: Uint8Array,
  maxBytes: number = MAX_FILE_BYTES,
): DecodeResult {
  if (bytes.length > maxBytes) return { ok: false, error: tooLargeMessage(name, bytes.length, maxBytes) };

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
    text = decodeWindows1252(body);
  }

  if (BINARY_CONTROL.test(text)) return { ok: false, error: notTextMessage(name, bytes) };
  return { ok: true, text, encoding };
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, curly quotes,
 * dashes…). Decoded by hand because some Node versions' TextDecoder treats
 * 'windows-1252' as plain Latin-1 and turns an en dash into a control code.
 * The five bytes the code page leaves undefined keep their Latin-1 value.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    chunk.push(byte >= 0x80 && byte < 0xa0 ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte);
    // Flush in slices: String.fromCharCode with millions of arguments overflows the stack.
    if (chunk.length === 8192) text += String.fromCharCode(...chunk.splice(0));
  }
  return text + String.fromCharCode(...chunk);
}

export type ReadTextResult = { ok: true; name: string; text: string } | { ok: false; error: string };

/** Reads a file the user chose, checking the size before loading anything into memory. */
export async function readTextFile(
  filePath: string,
  maxBytes: number = MAX_FILE_BYTES,
): Promise<ReadTextResult> {
  const name = basename(filePath);
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return { ok: false, error: `“${name}” is not a file.` };
    size = info.size;
  } catch (error) {
    return { ok: false, error: `Could not open “${name}”: ${describeFsError(error)}` };
  }
  if (size > maxBytes) return { ok: false, error: tooLargeMessage(name, size, maxBytes) };

  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    return { ok: false, error: `Could not read “${name}”: ${describeFsError(error)}` };
  }
  const decoded = decodeTextBytes(name, bytes, maxBytes);
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
