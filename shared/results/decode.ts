/**
 * Bytes → text for every file the app and the CLI read (result files, league
 * files, slips, backups, season files). Platforms hand over bytes; this is the
 * one place they become text, so the app and the CLI read a file alike.
 *
 * Accepted: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or the NUL pattern
 * of ASCII text without one) and Windows-1252 as the fallback for bytes that
 * are not valid UTF-8 (old Excel CSV exports).
 */
import { fail, type Result } from '../common/result';
import type { ParseIssue, ParseIssueCode, ParseIssueParams, TextEncodingName } from './types';

/** Files above this size are refused, by the app and the CLI alike: real files are far smaller. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Largest backup the app writes and restores. A backup holds everything the
 * app accepted — many imports, each up to MAX_FILE_BYTES — so it has its own
 * limit: "Back up now" refuses (with a message, writing nothing) a backup
 * larger than this, and restore reads backups up to it, so every backup the
 * app writes, it can restore.
 */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

/** Decoded text, how it was decoded, and notes worth telling the user (a guessed encoding). */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  notes: ParseIssue[];
}

export type DecodeResult = Result<DecodedText, ParseIssue>;

/**
 * shared/ compiles without the DOM and Node libraries, yet every runtime the
 * app runs in (Chromium, Electron's Node, the CLI's Node with full ICU) has the
 * WHATWG TextDecoder: this is the part of its type the decoder uses.
 */
interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

/** Bytes 0x80–0x9F that Windows-1252 leaves undefined: text holding them is in some other code page. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Windows-1252 0x80–0x9F (€, curly quotes, dashes…), the only range where it
 * differs from Latin-1. Node's TextDecoder (the CLI, Electron's main) decodes
 * 'windows-1252' as plain Latin-1 and turns an en dash into a C1 control
 * code; characters left in U+0080–U+009F are mapped here so every runtime
 * gives the same text.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

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

/**
 * Decodes a file, refusing oversized, known binary and undecodable input with
 * a line-numbered problem. `maxBytes` is MAX_FILE_BYTES but for backups.
 */
export function decodeTextBytes(bytes: Uint8Array, maxBytes: number = MAX_FILE_BYTES): DecodeResult {
  if (bytes.length > maxBytes) {
    return problem(
      1,
      `The file is too large (${formatSize(bytes.length)}); files are limited to ${maxBytes / (1024 * 1024)} MB.`,
      'file-too-large',
      { size: formatSize(bytes.length), limitMb: maxBytes / (1024 * 1024) },
    );
  }
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature)
    return problem(1, `This is not a text file: it looks like ${signature.what}.`, 'binary-signature', {
      what: signature.what,
    });
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return problem(
      1,
      'The file is in UTF-32, an encoding the app does not read. Save it as UTF-8 and try again.',
      'utf32',
    );
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strictUtf8(bytes.subarray(3), true);
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), 'utf-16le', []);
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), 'utf-16be', []);

  const guess = guessBomlessUtf16(bytes);
  if (guess !== null) {
    const encoding = guess ? 'utf-16le' : 'utf-16be';
    const note: ParseIssue = {
      severity: 'info',
      line: 1,
      message: `The file has no byte-order mark; it was read as UTF-16 (${guess ? 'little' : 'big'}-endian).`,
      code: 'utf16-without-bom',
      params: { endian: guess ? 'little' : 'big' },
    };
    return utf16(bytes, encoding, [note]);
  }

  const utf8 = strictUtf8(bytes, false);
  if (utf8.ok) return utf8;

  const undefinedAt = bytes.findIndex((b) => CP1252_UNDEFINED.has(b));
  if (undefinedAt >= 0 && !bytes.includes(0)) {
    return problem(
      lineOfByte(bytes, undefinedAt),
      'The file uses an unknown text encoding (not UTF-8, UTF-16 or Windows-1252). Save it as UTF-8 and try again.',
      'unknown-encoding',
    );
  }
  const note: ParseIssue = {
    severity: 'info',
    line: 1,
    message: 'The file is not UTF-8; it was read as Windows-1252 (Western European).',
    code: 'read-as-windows-1252',
    params: {},
  };
  const text = new Decoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  return { ok: true, value: { text, encoding: 'windows-1252', notes: [note] } };
}

function strictUtf8(body: Uint8Array, hadBom: boolean): DecodeResult {
  try {
    const text = new Decoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, value: { text, encoding: 'utf-8', notes: [] } };
  } catch {
    return hadBom
      ? problem(
          1,
          'The file starts with a UTF-8 byte-order mark but its bytes are not valid UTF-8.',
          'invalid-utf8-bom',
        )
      : problem(1, 'The file is not valid UTF-8.', 'invalid-utf8');
  }
}

/** Lone surrogates become U+FFFD and show up as odd characters, not a refusal: the rest of the file is fine. */
function utf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', notes: ParseIssue[]): DecodeResult {
  if (body.length % 2 !== 0) {
    const name = encoding.toUpperCase();
    return problem(
      1,
      `The file starts with a ${name} byte-order mark but its bytes are not valid ${name}.`,
      'invalid-utf16',
      { encoding: name },
    );
  }
  const text = new Decoder(encoding, { ignoreBOM: true }).decode(body);
  return { ok: true, value: { text, encoding, notes } };
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

function problem(
  line: number,
  message: string,
  code: ParseIssueCode,
  params: ParseIssueParams = {},
): DecodeResult {
  return fail<ParseIssue>({ severity: 'error', line, message, code, params });
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
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
