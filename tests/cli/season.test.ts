/** `podium season`, run in process through runCli as the command line does. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import type { CliIo } from '../../cli/commands';
import { parseSeasonFile } from '../../shared/seasons';

async function podium(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: () => Promise.reject(new Error('no file access expected')),
    writeFileAtomic: () => Promise.reject(new Error('no file access expected')),
    copyFile: () => Promise.reject(new Error('no file access expected')),
    version: 'test',
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('podium season', () => {
  it('lists the built-in seasons', async () => {
    const run = await podium('season', '--list');
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual(['gtws-2024', 'gtws-2025', 'gtws-2026']);
  });

  it('prints 2026 as a season file with statuses and a pending line-up', async () => {
    const run = await podium('season', 'gtws-2026', '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['format', 'version', 'season']);
    expect(json).toMatchObject({ format: 'podium-season', version: 2 });
    expect(
      json.season.rounds.map((r: { status?: string; date?: string }) => [r.status ?? null, r.date ?? null]),
    ).toEqual([
      ['cancelled', '2026-03-28'],
      [null, '2026-05-23'],
      ['tba', null],
      [null, '2026-12-05'],
    ]);
    expect(json.season.entryLists).toEqual({
      nations: [],
      manufacturers: [],
      pending: ['nations', 'manufacturers'],
    });
    expect(parseSeasonFile(run.stdout).ok).toBe(true);
  });

  it('prints the official results in the bundle result shape with source and partial', async () => {
    const json = JSON.parse((await podium('season', 'gtws-2025', '--json')).stdout);
    const berlin = json.season.results.find(
      (r: { raceId: string }) => r.raceId === 'gtws-2025-r2-nations-gf',
    );
    expect(berlin).toEqual({
      raceId: 'gtws-2025-r2-nations-gf',
      classification: [
        { position: 1, driverId: 'jose-serrano', status: 'finished' },
        { position: 2, driverId: 'valerio-gallo', status: 'finished' },
        { position: 3, driverId: 'kaj-de-bruin', status: 'finished' },
      ],
      partial: true,
      source: { urls: expect.arrayContaining(['https://www.gran-turismo.com/hk/gt7/news/00_1453058.html']) },
    });
    const london = json.season.results.find(
      (r: { raceId: string }) => r.raceId === 'gtws-2025-r1-nations-gf',
    );
    expect(london.partial).toBeUndefined();
    expect(london.classification).toHaveLength(12);
  });

  it('summarises a season as text', async () => {
    const run = await podium('season', 'gtws-2026');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'gtws-2026-r1  Round 1 – Abu Dhabi (Space42 Arena, Abu Dhabi)  2026-03-28 [cancelled]',
    );
    expect(run.stdout).toContain('no date yet [to be announced]');
    expect(run.stdout).toContain('Nations Cup line-up: not known yet');
  });

  it('exits 2 on an unknown id or bad arguments', async () => {
    const unknown = await podium('season', 'gtws-1999');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown season "gtws-1999". Known: gtws-2024, gtws-2025, gtws-2026.');
    expect((await podium('season')).code).toBe(2);
    expect((await podium('season', '--list', 'gtws-2025')).code).toBe(2);
    expect((await podium('season', 'gtws-2025', '--yaml')).code).toBe(2);
  });
});
