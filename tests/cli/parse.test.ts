/** Runs `podium parse` and checks the --json contract: JSON shape, stderr lines, exit codes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { podium } from './in-process';

const FIX = 'tests/fixtures/results';
const OFFICIAL = `${FIX}/2025-r1-london-nations-official.txt`;
const PIPE = `${FIX}/2025-r1-london-nations-grand-final-pipe.txt`;

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'podium-parse-'));
});

describe('podium parse --json', () => {
  it('prints exactly the contract shape for the official file', async () => {
    const run = await podium(
      'parse',
      OFFICIAL,
      '--season',
      'gtws-2025',
      '--race',
      'gtws-2025-r1-nations-gf',
      '--json',
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['format', 'races', 'issues']);
    expect(json.format).toBe('official-text');
    expect(json.issues).toEqual([]);
    expect(json.races.map((r: { session: string }) => r.session)).toEqual(['quali', 'sprint', 'gf']);
    const gf = json.races[2];
    expect(Object.keys(gf)).toEqual([
      'title',
      'session',
      'track',
      'car',
      'laps',
      'rows',
      'fastestLap',
      'seasonId',
      'raceId',
      'cup',
    ]);
    expect(gf).toMatchObject({
      title: 'Grand Final',
      session: 'gf',
      track: 'Grand Valley - Highway 1 Reverse',
      car: 'Gran Turismo Red Bull X2019 Competition',
      laps: 30,
      fastestLap: { driver: 'Pol Urra', driverId: 'pol-urra', time: "1'25.634", timeMs: 85634 },
    });
    expect(gf.rows[0]).toEqual({
      position: 1,
      country: 'ES',
      driver: 'Jose Serrano',
      driverId: 'jose-serrano',
      time: "44'25.829",
      timeMs: 2665829,
      gapMs: 0,
      points: 6,
      status: 'finished',
    });
    expect(gf.rows[11]).toEqual({
      position: 12,
      country: 'BR',
      driver: 'Adriano Carrazza',
      driverId: 'adriano-carrazza',
      time: '+28.308',
      timeMs: 2665829 + 28308,
      gapMs: 28308,
      points: 0,
      status: 'finished',
    });
  });

  it('without --season: the season is detected from the title, names are matched in it, unknown values are null', async () => {
    const run = await podium('parse', PIPE, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.format).toBe('pipe-table');
    expect(json.races[0]).toMatchObject({
      title: 'Grand Final',
      session: 'gf',
      track: null,
      car: null,
      laps: null,
      fastestLap: null,
    });
    expect(json.races[0].rows[6]).toMatchObject({
      driver: 'Kaj de Bruin',
      driverId: 'kaj-de-bruin',
      points: null,
      gapMs: 10698,
    });
  });

  it('problems: exit 1, one message per problem on stderr with line numbers, JSON still printed', async () => {
    const file = path.join(tmp, 'broken.txt');
    writeFileSync(
      file,
      "Grand Final\nRank Country / Driver Time Points\n1 Spain Jorge Serrano 44'25.829 6\n2 Spain Pol Urra +00.287 5\n2 Atlantis Nobody +01.000 4\n",
    );
    const run = await podium('parse', file, '--season', 'gtws-2025', '--json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(
      json.issues.map((i: { severity: string; line: number; code: string }) => [i.severity, i.line, i.code]),
    ).toEqual([
      ['error', 3, 'unknown-driver'],
      ['error', 5, 'row-unreadable'],
    ]);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: error: "Jorge Serrano" is not in the 2025 entry list\\. Did you mean Jose Serrano`,
      ),
    );
    expect(lines[1]).toContain(':5: error: This row cannot be read');
    expect(json.races[0].rows[0].driverId).toBeNull();
  });

  it('points warnings are printed but do not fail', async () => {
    const file = path.join(tmp, 'points.txt');
    writeFileSync(file, "Grand Final\nRank Country / Driver Time Points\n1 Spain Jose Serrano 44'25.829 7\n");
    const run = await podium('parse', file, '--race', 'gtws-2025-r1-nations-gf', '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      ':3: warning: P1 Jose Serrano is listed with 7 points, but the Grand Final pays 6 for P1.',
    );
    expect(JSON.parse(run.stdout).issues).toEqual([
      {
        severity: 'warning',
        line: 3,
        message: 'P1 Jose Serrano is listed with 7 points, but the Grand Final pays 6 for P1.',
        code: 'points-mismatch',
      },
    ]);
  });

  it('binary and empty files are problems (exit 1), never a stack trace', async () => {
    const bin = path.join(tmp, 'photo.jpg');
    writeFileSync(bin, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
    const empty = path.join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    for (const file of [bin, empty]) {
      const run = await podium('parse', file);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/:1: error: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('podium parse (human output and usage)', () => {
  it('prints readable tables', async () => {
    const run = await podium('parse', OFFICIAL, '--season', 'gtws-2025');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Format: official-text — 3 tables');
    expect(run.stdout).toMatch(
      /Grand Final \[gf\]\n {2}Grand Valley - Highway 1 Reverse · 30 laps · Gran Turismo Red Bull X2019 Competition/,
    );
    expect(run.stdout).toMatch(/P1 {2}ES {2}Jose Serrano +44'25\.829 +6 pts/);
    expect(run.stdout).toContain("Fastest lap: Pol Urra 1'25.634");
  });

  it.each([
    [['parse'], 'expected exactly one results file'],
    [['parse', OFFICIAL, '--season', 'gtws-1999'], 'unknown season "gtws-1999"'],
    [['parse', OFFICIAL, '--race', 'gtws-2025-r9-nations-gf'], 'unknown race'],
    [['parse', OFFICIAL, '--bogus'], 'unknown option --bogus'],
    [['parse', 'no/such/file.txt'], 'no such file'],
  ])('usage error %j → exit 2', async (args, message) => {
    const run = await podium(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
