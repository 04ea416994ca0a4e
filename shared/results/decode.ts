/**
 * Bytes → text for result files. shared/ has no TextDecoder (no DOM, no Node
 * types), so the three encodings the app accepts are decoded by hand:
 * UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or the NUL pattern of ASCII
 * text without one) and Windows-1252 as the fallback for bytes that are not
 * valid UTF-8 (old Excel CSV exports).
 */
import type { ParseIssue, TextEncodingName } from './types';

/** Files above this size are refused (DESIGN.md §5). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; issues: ParseIssue[] }
  | { ok: false; issues: ParseIssue[] };

// Windows-1252 0x80–0x9F; 0 marks the five bytes the code page leaves undefined.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

/** Decodes a result file, refusing oversized, binary and undecodable input with an issue. */
export function decodeResultBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return fail(1, `The file is too large (${formatSize(bytes.length)}); result files are limited to 5 MB.`);
  }
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return fail(
      1,
      'The file is in UTF-32, an encoding the app does not read. Save it as UTF-8 and try again.',
    );
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return finish(decodeUtf8(bytes, 3), 'utf-8', []);
  if (startsWith(bytes, [0xff, 0xfe])) return finish(decodeUtf16(bytes, 2, true), 'utf-16le', []);
  if (startsWith(bytes, [0xfe, 0xff])) return finish(decodeUtf16(bytes, 2, false), 'utf-16be', []);

  const guess = guessBomlessUtf16(bytes);
  if (guess !== null) {
    const note: ParseIssue = {
      severity: 'info',
      line: 1,
      message: `The file has no byte-order mark; it was read as UTF-16 (${guess ? 'little' : 'big'}-endian).`,
    };
    return finish(decodeUtf16(bytes, 0, guess), guess ? 'utf-16le' : 'utf-16be', [note]);
  }

  const utf8 = decodeUtf8(bytes, 0);
  if (utf8 !== null) return finish(utf8, 'utf-8', []);

  const undefinedAt = bytes.findIndex((b) => b >= 0x80 && b <= 0x9f && CP1252_HIGH[b - 0x80] === 0);
  if (undefinedAt >= 0 && !bytes.includes(0)) {
    return fail(
      lineOfByte(bytes, undefinedAt),
      'The file uses an unknown text encoding (not UTF-8, UTF-16 or Windows-1252). Save it as UTF-8 and try again.',
    );
  }
  const note: ParseIssue = {
    severity: 'info',
    line: 1,
    message: 'The file is not UTF-8; it was read as Windows-1252 (Western European).',
  };
  return finish(decodeCp1252(bytes), 'windows-1252', [note]);
}

/**
 * Refuses text that is not text: NUL characters or many other control
 * characters mean a binary file (or a wrong encoding) rather than a results table.
 * Returns the 1-based line of the first offending character, or null.
 */
export function findBinaryLine(text: string): number | null {
  let controls = 0;
  let firstControl = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b) continue;
    if (c === 0) return lineOfIndex(text, i);
    if (firstControl < 0) firstControl = i;
    controls++;
  }
  // A stray control character can survive a copy and paste; a binary file has many.
  if (controls > 8 || (controls > 0 && controls * 100 > text.length)) return lineOfIndex(text, firstControl);
  return null;
}

function finish(text: string | null, encoding: TextEncodingName, issues: ParseIssue[]): DecodeResult {
  if (text === null) {
    return fail(
      1,
      `The file starts with a ${encoding.toUpperCase()} byte-order mark but its bytes are not valid ${encoding.toUpperCase()}.`,
    );
  }
  return { ok: true, text, encoding, issues };
}

function fail(line: number, message: string): DecodeResult {
  return { ok: false, issues: [{ severity: 'error', line, message }] };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** Strict UTF-8: returns null on any malformed, overlong or surrogate sequence. */
function decodeUtf8(bytes: Uint8Array, start: number): string | null {
  const parts: string[] = [];
  let units: number[] = [];
  const n = bytes.length;
  let i = start;
  while (i < n) {
    const b0 = bytes[i]!;
    let cp: number;
    if (b0 < 0x80) {
      cp = b0;
      i += 1;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      const b1 = cont(bytes, i + 1);
      if (b1 < 0) return null;
      cp = ((b0 & 0x1f) << 6) | b1;
      i += 2;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      const b1 = cont(bytes, i + 1);
      const b2 = cont(bytes, i + 2);
      if (b1 < 0 || b2 < 0) return null;
      cp = ((b0 & 0x0f) << 12) | (b1 << 6) | b2;
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return null;
      i += 3;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      const b1 = cont(bytes, i + 1);
      const b2 = cont(bytes, i + 2);
      const b3 = cont(bytes, i + 3);
      if (b1 < 0 || b2 < 0 || b3 < 0) return null;
      cp = ((b0 & 0x07) << 18) | (b1 << 12) | (b2 << 6) | b3;
      if (cp < 0x10000 || cp > 0x10ffff) return null;
      i += 4;
    } else {
      return null;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      units.push(cp);
    }
    // fromCharCode takes arguments: flush in chunks to stay far below the argument limit.
    if (units.length >= 8192) {
      parts.push(String.fromCharCode(...units));
      units = [];
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

function cont(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  return b !== undefined && (b & 0xc0) === 0x80 ? b & 0x3f : -1;
}

/** UTF-16 code units are copied as they are: lone surrogates survive and show up as odd characters, not a crash. */
function decodeUtf16(bytes: Uint8Array, start: number, littleEndian: boolean): string | null {
  if ((bytes.length - start) % 2 !== 0) return null;
  const parts: string[] = [];
  let units: number[] = [];
  for (let i = start; i + 1 < bytes.length; i += 2) {
    const lo = bytes[littleEndian ? i : i + 1]!;
    const hi = bytes[littleEndian ? i + 1 : i]!;
    units.push((hi << 8) | lo);
    if (units.length >= 8192) {
      parts.push(String.fromCharCode(...units));
      units = [];
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  let units: number[] = [];
  for (const b of bytes) {
    units.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || 0xfffd : b);
    if (units.length >= 8192) {
      parts.push(String.fromCharCode(...units));
      units = [];
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

/**
 * ASCII text saved as UTF-16 without a BOM has a NUL in every other byte.
 * Returns true (LE) / false (BE) when at least 90 % of the sampled pairs look
 * like that, null otherwise.
 */
function guessBomlessUtf16(bytes: Uint8Array): boolean | null {
  const pairs = Math.min(Math.floor(bytes.length / 2), 512);
  if (pairs < 2 || bytes.length % 2 !== 0) return null;
  let le = 0;
  let be = 0;
  for (let p = 0; p < pairs; p++) {
    const a = bytes[2 * p]!;
    const b = bytes[2 * p + 1]!;
    if (a !== 0 && b === 0) le++;
    else if (a === 0 && b !== 0) be++;
  }
  if (le >= pairs * 0.9) return true;
  if (be >= pairs * 0.9) return false;
  return null;
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

function formatSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
