/** The CLI's real file IO: reads that stop at the size limit, refusal of devices and pipes, atomic writes through links. */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBoundedFile, standardOutput, writeFileAtomic } from '../../cli/node-io';
import { readInputFile } from '../../cli/commands/results-options';
import { InputError } from '../../cli/errors';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'podium-cli-io-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readBoundedFile', () => {
  it('reads a file of exactly the limit and refuses one byte more', async () => {
    writeFileSync(join(dir, 'ok.txt'), Buffer.alloc(1000, 0x41));
    writeFileSync(join(dir, 'big.txt'), Buffer.alloc(1001, 0x41));
    expect((await readBoundedFile(join(dir, 'ok.txt'), 1000)).length).toBe(1000);
    await expect(readBoundedFile(join(dir, 'big.txt'), 1000)).rejects.toMatchObject({ code: 'EFBIG' });
  });

  it('refuses /dev/zero at once instead of growing without end', async () => {
    // The failure: `podium parse /dev/zero` grew past 2 GB.
    await expect(readBoundedFile('/dev/zero')).rejects.toMatchObject({
      code: 'ENOTREG',
      message:
        '/dev/zero is not a regular file (a device, pipe or socket); to read a stream, pass - and send it on standard input',
    });
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    // The failure: a FIFO made the CLI hang.
    const fifo = join(dir, 'results.fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(readBoundedFile(fifo)).rejects.toMatchObject({ code: 'ENOTREG' });
  });

  it('stops reading endless standard input at the limit', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 64 * 1024;
        this.push(Buffer.alloc(64 * 1024, 0x41));
      },
    });
    await expect(readBoundedFile('-', 1024 * 1024, endless)).rejects.toMatchObject({
      code: 'EFBIG',
      message: 'standard input is larger than 1 MB; podium reads files up to that size',
    });
    expect(produced).toBeLessThan(4 * 1024 * 1024);
    expect(endless.destroyed).toBe(true);
  });

  it('reads standard input of exactly the limit across many chunks, byte for byte, and refuses one byte more', async () => {
    const limit = 300 * 1024 + 7;
    const bytes = Uint8Array.from({ length: limit + 1 }, (_, i) => (i * 31) % 251);
    const chunked = (length: number) =>
      Readable.from(
        Array.from({ length: Math.ceil(length / 10_000) }, (_, i) =>
          Buffer.from(bytes.subarray(i * 10_000, Math.min(length, (i + 1) * 10_000))),
        ),
      );
    expect(await readBoundedFile('-', limit, chunked(limit))).toEqual(bytes.subarray(0, limit));
    await expect(readBoundedFile('-', limit, chunked(limit + 1))).rejects.toMatchObject({ code: 'EFBIG' });
  });

  it('reads bounded standard input whole', async () => {
    const text = await readBoundedFile(
      '-',
      1000,
      Readable.from([Buffer.from('a,b\n'), Buffer.from('1,2\n')]),
    );
    expect(new TextDecoder().decode(text)).toBe('a,b\n1,2\n');
  });

  it('turns the refusals into one clear input error for the command', async () => {
    const error = await readInputFile((p) => readBoundedFile(p), '/dev/zero').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).messages).toEqual([
      '/dev/zero is not a regular file (a device, pipe or socket); to read a stream, pass - and send it on standard input',
    ]);
  });
});

describe('writeFileAtomic', () => {
  it('updates the file a symbolic link points to and keeps the link', async () => {
    // The failure: `podium import` on a linked league file replaced the link with a plain file.
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'league.podium.json');
    writeFileSync(target, 'old');
    const link = join(dir, 'league.podium.json');
    symlinkSync(target, link);
    await writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('new');
    // The temporary file went next to the target and is gone.
    expect(readdirSync(join(dir, 'real'))).toEqual(['league.podium.json']);
    expect(readdirSync(dir).sort()).toEqual(['league.podium.json', 'real']);
  });

  it('creates a new file where it is named', async () => {
    await writeFileAtomic(join(dir, 'fresh.json'), '{}');
    expect(readFileSync(join(dir, 'fresh.json'), 'utf8')).toBe('{}');
  });
});

describe('standardOutput', () => {
  it('writes every piece of text, in order and as UTF-8, to the descriptor', () => {
    const file = join(dir, 'out.txt');
    const fd = openSync(file, 'w');
    const out = standardOutput(fd, () => {
      throw new Error('no stream needed');
    });
    out('Rank  Member\n');
    out('   1  José — 日本\n');
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('Rank  Member\n   1  José — 日本\n');
  });

  it('hands the rest and every later write to the stream once the descriptor refuses a synchronous write', () => {
    const direct: string[] = [];
    const streamed: string[] = [];
    let calls = 0;
    const out = standardOutput(
      1,
      () => ({ write: (chunk: Uint8Array) => streamed.push(Buffer.from(chunk).toString('utf8')) }),
      (_fd, bytes, offset) => {
        calls++;
        if (calls === 1) {
          direct.push(Buffer.from(bytes.subarray(offset, offset + 4)).toString('utf8'));
          return 4;
        }
        throw Object.assign(new Error('resource temporarily unavailable'), { code: 'EAGAIN' });
      },
    );
    out('abcdefgh');
    out('ijk');
    expect({ direct, streamed, calls }).toEqual({ direct: ['abcd'], streamed: ['efgh', 'ijk'], calls: 2 });
  });

  it('drops the rest once the reader has gone, and lets other write errors through', () => {
    let calls = 0;
    const gone = standardOutput(
      1,
      () => ({ write: () => true }),
      () => {
        calls++;
        throw Object.assign(new Error('broken pipe'), { code: 'EPIPE' });
      },
    );
    gone('x');
    gone('y');
    expect(calls).toBe(1);
    const failing = standardOutput(
      1,
      () => ({ write: () => true }),
      () => {
        throw Object.assign(new Error('i/o error'), { code: 'EIO' });
      },
    );
    expect(() => failing('x')).toThrow('i/o error');
  });
});
