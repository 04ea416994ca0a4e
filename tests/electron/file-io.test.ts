import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileProblem } from '../../shared/files/problems';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFsError, formatBytes, readFileBytes, writeFileContent } from '../../electron/main/file-io';

describe('formatBytes', () => {
  it('uses the unit a person expects', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(7.25 * 1024 * 1024)).toBe('7.3 MB');
  });
});

describe('readFileBytes and writeFileContent on disk', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'podium-file-io-'));
    mkdirSync(join(dir, 'folder'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('hands over the file’s bytes untouched, BOM and all, with its name', async () => {
    const bytes = Buffer.from('\ufeffPos,Driver\n1,Serrano\n', 'utf16le');
    writeFileSync(join(dir, 'round-1.csv'), bytes);
    const read = await readFileBytes(join(dir, 'round-1.csv'));
    expect(read.ok && read.value.name).toBe('round-1.csv');
    expect(read.ok && [...read.value.bytes]).toEqual([...bytes]);
    // A plain Uint8Array (not a Node Buffer) so it crosses IPC as bytes.
    expect(read.ok && Object.getPrototypeOf(read.value.bytes)).toBe(Uint8Array.prototype);
  });

  it('refuses a large file from its size, with the size in the message', async () => {
    writeFileSync(join(dir, 'big.csv'), Buffer.alloc(7 * 1024 * 1024, 0x41));
    const result = await readFileBytes(join(dir, 'big.csv'));
    expect(result).toEqual({
      ok: false,
      problems: [
        fileProblem(
          'too-large',
          '“big.csv” is 7.0 MB. Podium League reads files up to 5.0 MB: result tables, CSV and JSON files are far smaller, so this is probably not the file you meant.',
          { file: 'big.csv', limitMb: 5 },
        ),
      ],
    });
  });

  it('explains missing files and folders in plain words', async () => {
    expect(await readFileBytes(join(dir, 'gone.csv'))).toEqual({
      ok: false,
      problems: [
        fileProblem('cannot-open', 'Could not open “gone.csv”: the file or folder does not exist.', {
          fs: 'ENOENT',
          file: 'gone.csv',
        }),
      ],
    });
    expect(await readFileBytes(join(dir, 'folder'))).toEqual({
      ok: false,
      problems: [fileProblem('not-regular-file', '“folder” is not a file.', { file: 'folder' })],
    });
  });

  it('writes UTF-8 text and base64 bytes', async () => {
    const textPath = join(dir, 'league.json');
    expect(await writeFileContent(textPath, '{"name":"Müller"}')).toEqual({ ok: true, value: textPath });
    expect(readFileSync(textPath, 'utf8')).toBe('{"name":"Müller"}');

    const pngPath = join(dir, 'chart.png');
    await writeFileContent(pngPath, Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64'), 'base64');
    expect([...readFileSync(pngPath)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('returns a failed write as data', async () => {
    const result = await writeFileContent(join(dir, 'no-such-folder', 'a.json'), '{}');
    expect(result).toEqual({
      ok: false,
      problems: [
        fileProblem('cannot-save', 'Could not save “a.json”: the file or folder does not exist.', {
          fs: 'ENOENT',
          file: 'a.json',
        }),
      ],
    });
  });

  it('describes unknown errors with their message', () => {
    expect(describeFsError(new Error('odd'))).toBe('odd');
    expect(describeFsError({ code: 'EACCES' })).toBe('permission denied.');
    expect(describeFsError(42)).toBe('42');
  });
});
