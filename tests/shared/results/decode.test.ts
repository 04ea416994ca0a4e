/** The one bytes → text decoder every reader uses (moved here from main's own copy). */
import { describe, expect, it } from 'vitest';
import { decodeTextBytes, MAX_FILE_BYTES } from '../../../shared/results/decode';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? code >> 8 : code & 0xff;
    out[3 + i * 2] = bigEndian ? code & 0xff : code >> 8;
  }
  return out;
}

const text = (b: Uint8Array) => {
  const decoded = decodeTextBytes(b);
  return decoded.ok ? [decoded.value.text, decoded.value.encoding] : decoded.problems.map((p) => p.message);
};

describe('decodeTextBytes', () => {
  it('decodes UTF-8 and strips a UTF-8 BOM', () => {
    expect(text(utf8('1,José Serrano,ES\n'))).toEqual(['1,José Serrano,ES\n', 'utf-8']);
    expect(text(bytes(0xef, 0xbb, 0xbf, ...utf8('Pos,Driver')))).toEqual(['Pos,Driver', 'utf-8']);
  });

  it('decodes UTF-16 LE and BE with a BOM (Excel "Unicode text")', () => {
    const sample = 'Pos\tDriver\r\n1\tKúszli Müller\r\n';
    expect(text(utf16(sample, false))).toEqual([sample, 'utf-16le']);
    expect(text(utf16(sample, true))).toEqual([sample, 'utf-16be']);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, with the code page’s punctuation', () => {
    // "José – Müller" as Windows-1252: é=E9, en dash=96, ü=FC.
    expect(text(bytes(0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x96, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72))).toEqual(
      ['José – Müller', 'windows-1252'],
    );
    expect(text(bytes(0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0xe9))).toEqual([
      '€‘’“”–—™é',
      'windows-1252',
    ]);
  });

  it('says what a spreadsheet, PDF or image is and what to do instead', () => {
    expect(text(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00))).toEqual([
      'This is not a text file: it looks like a ZIP archive or an Excel/Numbers spreadsheet — export it as CSV first.',
    ]);
    expect(text(bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00))[0]).toContain('a PDF');
    expect(text(bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10))[0]).toContain('a JPEG image');
  });

  it('refuses a UTF-8 BOM followed by invalid UTF-8, and odd-length UTF-16', () => {
    expect(text(bytes(0xef, 0xbb, 0xbf, 0xc3, 0x28))).toEqual([
      'The file starts with a UTF-8 byte-order mark but its bytes are not valid UTF-8.',
    ]);
    expect(text(bytes(0xff, 0xfe, 0x41, 0x00, 0x42))[0]).toContain('not valid UTF-16LE');
  });

  it('refuses more than MAX_FILE_BYTES and accepts exactly that many', () => {
    expect(text(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41))[0]).toMatch(/too large .*limited to 5 MB/);
    expect(decodeTextBytes(new Uint8Array(MAX_FILE_BYTES).fill(0x41)).ok).toBe(true);
  });

  it('decodes large Windows-1252 inputs', () => {
    const decoded = decodeTextBytes(new Uint8Array(100_000).fill(0xe9));
    expect(decoded.ok && decoded.value.text).toBe('é'.repeat(100_000));
  });
});
