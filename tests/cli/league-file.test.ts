/** How `podium standings` reads a league file: encodings, entry lists, dates, version, size. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileTooLargeError } from '../../cli/errors';
import { nodeIo } from '../../cli/node-io';
import { podium } from './in-process';

const TEXT = readFileSync('tests/fixtures/leagues/london-friends.podium.json', 'utf8');
const DIR = mkdtempSync(path.join(tmpdir(), 'podium-league-file-'));

/** `podium standings --json` on a league file with these bytes. */
async function standings(content: string | Uint8Array, name = 'league.podium.json') {
  const file = path.join(DIR, name);
  writeFileSync(file, content);
  const run = await podium('standings', file, '--json');
  return { ...run, stderr: run.stderr.replaceAll(file, 'league.podium.json') };
}

describe('podium reading a league file', () => {
  it('reads a league file saved as UTF-16 with a BOM like its UTF-8 original', async () => {
    const original = await standings(TEXT);
    expect(original.code).toBe(0);
    const utf16 = await standings(Buffer.from(`\ufeff${TEXT}`, 'utf16le'), 'utf16.podium.json');
    expect(utf16).toEqual(original);
  });

  it('refuses a pick naming an entry that is not on the race’s entry list, with file and line', async () => {
    const run = await standings(TEXT.replace('"adriano-carrazza"', '"nobody-at-all"'));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'league.podium.json:97: picks[4].podium[2]: "nobody-at-all" is not on the Nations Cup entry list of gtws-2025-r1-nations-gf.\n',
    );
  });

  it.each(['2025-02-30T10:00:00Z', '2025-06-31T10:00:00Z'])(
    'refuses the impossible date %s',
    async (date) => {
      const run = await standings(TEXT.replace('"madeAt": "2025-06-01T10:00:00Z"', `"madeAt": "${date}"`));
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^league\.podium\.json:\d+: picks\[\d+\]\.madeAt: must be a real ISO date-time/,
      );
    },
  );

  it('says a file with the right format lacks its version', async () => {
    const run = await standings(TEXT.replace(/"version": 1,\n/, ''));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'league.podium.json: This league file has "format": "podium-league" but no "version"; add "version": 1 if the file was written by hand for this app.\n',
    );
  });

  it('refuses a league file over 5 MB from its size, before reading it', async () => {
    const big = path.join(DIR, 'big.podium.json');
    writeFileSync(big, TEXT + ' '.repeat(10 * 1024 * 1024));
    await expect(nodeIo('test').readFile(big)).rejects.toBeInstanceOf(FileTooLargeError);
    const run = await podium('standings', big);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${big}: the file is 10.0 MB; files over 5 MB are refused.\n`);
  });
});
