/** How `podium standings` / `podium import` read a league file: in process, with the real and in-memory IO. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileTooLargeError } from '../../cli/errors';
import { runCli } from '../../cli/main';
import { nodeIo } from '../../cli/node-io';
import { memoryIo } from './memory-io';

const LEAGUE = 'tests/fixtures/leagues/london-friends.podium.json';
const TEXT = readFileSync(LEAGUE, 'utf8');

async function standings(bytes: Uint8Array) {
  const run = memoryIo(new Map([['league.podium.json', bytes]]));
  const code = await runCli(['standings', 'league.podium.json', '--json'], run.io);
  return { code, stdout: run.out.join(''), stderr: run.err.join('') };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('podium reading a league file', () => {
  it('reads a league file saved as UTF-16 with a BOM like its UTF-8 original', async () => {
    const original = await standings(utf8(TEXT));
    expect(original.code).toBe(0);
    const utf16 = await standings(new Uint8Array([0xff, 0xfe, ...Buffer.from(TEXT, 'utf16le')]));
    expect(utf16).toEqual(original);
  });

  it('refuses a pick naming an entry that is not on the race’s entry list, with file and line', async () => {
    const run = await standings(utf8(TEXT.replace('"adriano-carrazza"', '"nobody-at-all"')));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'league.podium.json:97: picks[4].podium[2]: "nobody-at-all" is not on the Nations Cup entry list of gtws-2025-r1-nations-gf.\n',
    );
  });

  it.each(['2025-02-30T10:00:00Z', '2025-06-31T10:00:00Z'])(
    'refuses the impossible date %s',
    async (date) => {
      const run = await standings(
        utf8(TEXT.replace('"madeAt": "2025-06-01T10:00:00Z"', `"madeAt": "${date}"`)),
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^league\.podium\.json:\d+: picks\[\d+\]\.madeAt: must be a real ISO date-time/,
      );
    },
  );

  it('says a file with the right format lacks its version', async () => {
    const run = await standings(utf8(TEXT.replace(/"version": 1,\n/, '')));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'league.podium.json: This league file has "format": "podium-league" but no "version"; add "version": 1 if the file was written by hand for this app.\n',
    );
  });

  it('refuses a league file over 5 MB from its size, before reading it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'podium-big-'));
    const big = path.join(dir, 'big.podium.json');
    writeFileSync(big, TEXT + ' '.repeat(10 * 1024 * 1024));
    await expect(nodeIo('test').readFile(big)).rejects.toBeInstanceOf(FileTooLargeError);
    const err: string[] = [];
    const io = { ...nodeIo('test'), stdout: () => {}, stderr: (t: string) => void err.push(t) };
    expect(await runCli(['standings', big], io)).toBe(1);
    expect(err.join('')).toBe(`${big}: the file is 10.0 MB; files over 5 MB are refused.\n`);
  });
});
