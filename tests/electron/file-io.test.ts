import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import {
  decodeTextBytes,
  decodeWindows1252,
  describeFsError,
  formatBytes,
  readTextFile,
  writeFileContent,
} from '../../electron/main/file-io';

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

describe('decodeTextBytes', () => {
  it('decodes plain UTF-8', () => {
    expect(decodeTextBytes('r.csv', utf8('1,José Serrano,ES\n'))).toEqual({
      ok: true,
      text: '1,José Serrano,ES\n',
      encoding: 'utf-8',
    });
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeTextBytes('r.csv', bytes(0xef, 0xbb, 0xbf, ...utf8('Pos,Driver')))).toMatchObject({
      ok: true,
      text: 'Pos,Driver',
      encoding: 'utf-8',
    });
  });

  it('decodes UTF-16 LE and BE with a BOM (Excel "Unicode text")', () => {
    const text = 'Pos\tDriver\r\n1\tKúszli Müller\r\n';
    expect(decodeTextBytes('r.txt', utf16(text, false))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeTextBytes('r.txt', utf16(text, true))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // "José – Müller" as Windows-1252: é=E9, en dash=96, ü=FC.
    const result = decodeTextBytes(
      'r.csv',
      bytes(0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x96, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72),
    );
    expect(result).toEqual({ ok: true, text: 'José – Müller', encoding: 'windows-1252' });
  });

  it('keeps tabs, line endings and form feeds', () => {
    expect(decodeTextBytes('r.txt', utf8('a\tb\r\nc\fd\n'))).toMatchObject({
      ok: true,
      text: 'a\tb\r\nc\fd\n',
    });
  });

  it('refuses files with NUL bytes as not text', () => {
    const result = decodeTextBytes('data.bin', bytes(0x41, 0x00, 0x42));
    expect(result).toEqual({
      ok: false,
      error: '“data.bin” is not a text file. Podium League imports text tables, CSV and JSON files.',
    });
  });

  it('refuses other binary control bytes', () => {
    expect(decodeTextBytes('x.dat', bytes(0x41, 0x01, 0x02, 0x03)).ok).toBe(false);
  });

  it('says what a spreadsheet, PDF or image is and what to do instead', () => {
    const xlsx = decodeTextBytes('results.xlsx', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00));
    expect(xlsx).toEqual({
      ok: false,
      error:
        '“results.xlsx” is not a text file. It looks like a ZIP archive or an Excel/Numbers spreadsheet — export it as CSV first. Podium League imports text tables, CSV and JSON files.',
    });
    const pdf = decodeTextBytes('report.pdf', bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00));
    expect(pdf.ok === false && pdf.error).toContain('a PDF — copy the results table as text instead');
    const png = decodeTextBytes('shot.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00));
    expect(png.ok === false && png.error).toContain('a PNG image');
  });

  it('refuses UTF-16 with a BOM whose content is binary', () => {
    expect(decodeTextBytes('x.txt', bytes(0xff, 0xfe, 0x01, 0x00, 0x02, 0x00)).ok).toBe(false);
  });

  it('refuses a UTF-8 BOM followed by invalid UTF-8', () => {
    expect(decodeTextBytes('x.csv', bytes(0xef, 0xbb, 0xbf, 0xc3, 0x28))).toEqual({
      ok: false,
      error: '“x.csv” claims to be UTF-8 text but is not valid UTF-8.',
    });
  });

  it('refuses more than MAX_FILE_BYTES', () => {
    const result = decodeTextBytes('huge.csv', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatch(/^“huge.csv” is 5.0 MB\. Podium League reads files up to 5.0 MB/);
  });

  it('accepts exactly MAX_FILE_BYTES', () => {
    expect(decodeTextBytes('max.csv', new Uint8Array(MAX_FILE_BYTES).fill(0x41)).ok).toBe(true);
  });
});

describe('formatBytes', () => {
  it('uses the unit a person expects', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(7.25 * 1024 * 1024)).toBe('7.3 MB');
  });
});

describe('readTextFile and writeFileContent on disk', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'podium-file-io-'));
    mkdirSync(join(dir, 'folder'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a text file and returns its name', async () => {
    writeFileSync(join(dir, 'round-1.csv'), '\ufeffPos,Driver\n1,Serrano\n');
    expect(await readTextFile(join(dir, 'round-1.csv'))).toEqual({
      ok: true,
      name: 'round-1.csv',
      text: 'Pos,Driver\n1,Serrano\n',
    });
  });

  it('refuses a large file from its size, with the size in the message', async () => {
    writeFileSync(join(dir, 'big.csv'), Buffer.alloc(7 * 1024 * 1024, 0x41));
    const result = await readTextFile(join(dir, 'big.csv'));
    expect(result).toEqual({
      ok: false,
      error:
        '“big.csv” is 7.0 MB. Podium League reads files up to 5.0 MB: result tables, CSV and JSON files are far smaller, so this is probably not the file you meant.',
    });
  });

  it('refuses a binary file', async () => {
    writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    const result = await readTextFile(join(dir, 'photo.jpg'));
    expect(result.ok === false && result.error).toContain('is not a text file. It looks like a JPEG image.');
  });

  it('explains missing files and folders in plain words', async () => {
    expect(await readTextFile(join(dir, 'gone.csv'))).toEqual({
      ok: false,
      error: 'Could not open “gone.csv”: the file or folder does not exist.',
    });
    expect(await readTextFile(join(dir, 'folder'))).toEqual({ ok: false, error: '“folder” is not a file.' });
  });

  it('writes UTF-8 text and base64 bytes', async () => {
    const textPath = join(dir, 'league.json');
    expect(await writeFileContent(textPath, '{"name":"Müller"}')).toEqual({ ok: true, path: textPath });
    expect(readFileSync(textPath, 'utf8')).toBe('{"name":"Müller"}');

    const pngPath = join(dir, 'chart.png');
    await writeFileContent(pngPath, Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64'), 'base64');
    expect([...readFileSync(pngPath)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('returns a failed write as data', async () => {
    const result = await writeFileContent(join(dir, 'no-such-folder', 'a.json'), '{}');
    expect(result).toEqual({
      ok: false,
      error: 'Could not save “a.json”: the file or folder does not exist.',
    });
  });

  it('describes unknown errors with their message', () => {
    expect(describeFsError(new Error('odd'))).toBe('odd');
    expect(describeFsError({ code: 'EACCES' })).toBe('permission denied.');
    expect(describeFsError(42)).toBe('unknown error.');
  });
});

describe('decodeWindows1252', () => {
  it('maps the 0x80–0x9F range to the characters Windows shows', () => {
    expect(decodeWindows1252(bytes(0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99))).toBe('€‘’“”–—™');
  });

  it('keeps Latin-1 above 0xA0 and ASCII as is', () => {
    expect(decodeWindows1252(bytes(0x41, 0xe9, 0xfc, 0xf1, 0xa0))).toBe('Aéüñ\u00a0');
  });

  it('decodes large inputs without overflowing the stack', () => {
    expect(decodeWindows1252(new Uint8Array(100_000).fill(0xe9))).toHaveLength(100_000);
  });
});
