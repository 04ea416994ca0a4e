/**
 * The built `podium` binary itself (bundle, shebang entry, exit codes through
 * the process, output through real streams). Built once here; every other
 * CLI test runs `runCli` in process (./in-process.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_VERSION, podium as inProcess } from './in-process';

const LEAGUE = 'tests/fixtures/leagues/london-friends.podium.json';
const OFFICIAL = 'tests/fixtures/results/2025-r1-london-nations-official.txt';

function binary(...args: string[]) {
  const run = spawnSync(process.execPath, ['dist-cli/podium.cjs', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What an earlier build of another layout or code could have left behind. */
const STALE = ['dist-cli/chunks/chunk-OLD00000.mjs', 'dist-cli/podium-000000000000.cjs.v8cache'];

beforeAll(() => {
  mkdirSync('dist-cli/chunks', { recursive: true });
  for (const file of STALE) writeFileSync(file, '// stale\n');
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--quiet'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`CLI build failed: ${build.stderr}`);
}, 60_000);

describe('the built podium binary', () => {
  it('is the loader, one bundle and its code cache: nothing an earlier build left', () => {
    expect(STALE.filter((file) => existsSync(file))).toEqual([]);
    const files = readdirSync('dist-cli').sort();
    expect(files).toHaveLength(3);
    expect(files[0]).toMatch(/^podium-[0-9a-f]{12}\.cjs$/);
    expect(files.slice(1)).toEqual([`${files[0]}.v8cache`, 'podium.cjs']);
  });

  it('prints its help and the package version', () => {
    const help = binary('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^podium — Podium League command line\n/);
    expect(binary().code).toBe(2);
    expect(binary('--version').stdout).toBe(`${PACKAGE_VERSION}\n`);
  });

  it('prints the same standings as runCli in process', async () => {
    const built = binary('standings', LEAGUE, '--json');
    const direct = await inProcess('standings', LEAGUE, '--json');
    expect(built).toEqual({ code: 0, stdout: direct.stdout, stderr: '' });
    expect(JSON.parse(built.stdout).standings[0]).toMatchObject({ memberId: 'alice', points: 11 });
  });

  it('sets the exit code of bad input and prints no stack trace', () => {
    const run = binary('standings', 'tests/fixtures/leagues/broken.podium.json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(binary('frobnicate').code).toBe(2);
  });

  it('writes an imported result to disk', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'podium-binary-'));
    const file = path.join(dir, 'league.podium.json');
    const bundle = JSON.parse(readFileSync(LEAGUE, 'utf8'));
    bundle.results = [];
    writeFileSync(file, JSON.stringify(bundle));
    const run = binary('import', file, OFFICIAL, '--race', 'gtws-2025-r1-nations-gf');
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).results.map((r: { raceId: string }) => r.raceId)).toEqual([
      'gtws-2025-r1-nations-gf',
    ]);
  });
});
