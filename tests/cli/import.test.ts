/** Runs `podium import`: adds or replaces a result, atomic write with .bak, refuses bad input untouched. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { podium } from './in-process';

const OFFICIAL = 'tests/fixtures/results/2025-r1-london-nations-official.txt';
const PIPE = 'tests/fixtures/results/2025-r1-london-nations-grand-final-pipe.txt';
const LEAGUE = 'tests/fixtures/leagues/london-friends.podium.json';

/** A fresh copy of the league in its own folder, without results. */
function freshLeague(withResults = false): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'podium-import-'));
  const file = path.join(dir, 'league.podium.json');
  const bundle = JSON.parse(readFileSync(LEAGUE, 'utf8'));
  if (!withResults) bundle.results = [];
  writeFileSync(file, JSON.stringify(bundle, null, 2));
  return file;
}

describe('podium import', () => {
  it('adds the Grand Final from the official file (three tables) and keeps a .bak', async () => {
    const file = freshLeague();
    const before = readFileSync(file, 'utf8');
    const run = await podium('import', file, OFFICIAL, '--race', 'gtws-2025-r1-nations-gf');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Added the result of Grand Final (gtws-2025-r1-nations-gf): 12 rows, winner Jose Serrano.',
    );
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(before);
    const bundle = JSON.parse(readFileSync(file, 'utf8'));
    expect(bundle.results).toHaveLength(1);
    const result = bundle.results[0];
    expect(result.raceId).toBe('gtws-2025-r1-nations-gf');
    expect(result.classification.slice(0, 3)).toEqual([
      {
        position: 1,
        driverId: 'jose-serrano',
        status: 'finished',
        time: "44'25.829",
        timeMs: 2665829,
        gapMs: 0,
        points: 6,
      },
      {
        position: 2,
        driverId: 'pol-urra',
        status: 'finished',
        time: '+00.287',
        timeMs: 2666116,
        gapMs: 287,
        points: 5,
      },
      {
        position: 3,
        driverId: 'valerio-gallo',
        status: 'finished',
        time: '+06.668',
        timeMs: 2672497,
        gapMs: 6668,
        points: 4,
      },
    ]);
    expect(result.fastestLap).toEqual({
      driverId: 'pol-urra',
      driver: 'Pol Urra',
      time: "1'25.634",
      timeMs: 85634,
    });
    expect(result.source.fileName).toBe('2025-r1-london-nations-official.txt');
    expect(result.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    // No temporary files left behind by the atomic write.
    expect(readdirSync(path.dirname(file)).sort()).toEqual(['league.podium.json', 'league.podium.json.bak']);
    // The standings read the imported result.
    const standings = JSON.parse((await podium('standings', file, '--json')).stdout);
    expect(standings.standings[0]).toMatchObject({ memberId: 'alice', points: 11 });
  });

  it('replaces an existing result of the same race', async () => {
    const file = freshLeague(true);
    const run = await podium('import', file, PIPE, '--race', 'gtws-2025-r1-nations-gf');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Replaced the result of Grand Final');
    const bundle = JSON.parse(readFileSync(file, 'utf8'));
    expect(bundle.results).toHaveLength(1);
    expect(bundle.results[0].classification[6]).toMatchObject({
      position: 7,
      driverId: 'kaj-de-bruin',
      points: null,
    });
  });

  it('refuses a file with errors: exit 1, messages with line numbers, bundle untouched, no .bak', async () => {
    const file = freshLeague();
    const before = readFileSync(file, 'utf8');
    const bad = path.join(path.dirname(file), 'bad.txt');
    writeFileSync(
      bad,
      "Grand Final\nRank Country / Driver Time Points\n1 Spain Jorge Serrano 44'25.829 6\n1 Spain Pol Urra +00.287 5\n",
    );
    const run = await podium('import', file, bad, '--race', 'gtws-2025-r1-nations-gf');
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringContaining('bad.txt:3: error: "Jorge Serrano"'),
      expect.stringContaining('bad.txt:4: error: Position 1 appears twice'),
    ]);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('refuses when no table is for the race', async () => {
    const file = freshLeague();
    const sprintOnly = path.join(path.dirname(file), 'two.txt');
    const official = readFileSync(OFFICIAL, 'utf8');
    writeFileSync(sprintOnly, official.slice(0, official.indexOf('Grand Final')));
    const run = await podium('import', file, sprintOnly, '--race', 'gtws-2025-r1-nations-gf');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'no table for Grand Final (gtws-2025-r1-nations-gf) was found (tables: Qualifying Time Trial, Sprint Race)',
    );
  });

  it('refuses a broken league file (exit 1) and bad usage (exit 2)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'podium-import-'));
    const broken = path.join(dir, 'broken.podium.json');
    copyFileSync('tests/fixtures/leagues/broken.podium.json', broken);
    expect((await podium('import', broken, OFFICIAL, '--race', 'gtws-2025-r1-nations-gf')).code).toBe(1);
    const file = freshLeague();
    expect((await podium('import', file, OFFICIAL)).code).toBe(2);
    expect((await podium('import', file, OFFICIAL, '--race', 'gtws-2025-r9-nations-gf')).code).toBe(2);
  });
});
