import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BUILD_INPUTS,
  BUILD_OUTPUTS,
  buildStatus,
  locateElectronBinary,
  missingBinaryMessage,
} from '../../scripts/electron-launch.mjs';

const base = mkdtempSync(join(tmpdir(), 'podium-start-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A node_modules/electron look-alike: package.json, optionally path.txt and the binary. */
function fakeElectron(name: string, { pathTxt, binary }: { pathTxt?: string; binary?: boolean }): string {
  const dir = join(base, name);
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"name":"electron","version":"45.4.1"}');
  if (pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), pathTxt);
  if (binary) writeFileSync(join(dir, 'dist', pathTxt ?? 'electron'), '');
  return dir;
}

describe('locateElectronBinary', () => {
  it('finds the downloaded binary through path.txt', () => {
    const dir = fakeElectron('installed', { pathTxt: 'electron', binary: true });
    expect(locateElectronBinary({ electronDir: dir, env: {} })).toEqual({
      ok: true,
      path: join(dir, 'dist', 'electron'),
    });
  });

  it('reports a skipped download (no path.txt)', () => {
    const dir = fakeElectron('skipped', {});
    expect(locateElectronBinary({ electronDir: dir, env: {} })).toEqual({
      ok: false,
      reason: 'node_modules/electron has no downloaded binary (path.txt is missing)',
    });
  });

  it('reports a binary that was deleted after download', () => {
    const dir = fakeElectron('deleted', { pathTxt: 'electron' });
    const result = locateElectronBinary({ electronDir: dir, env: {} });
    expect(result).toEqual({
      ok: false,
      reason: `the Electron executable is missing: ${join(dir, 'dist', 'electron')}`,
    });
  });

  it('reports a missing electron package', () => {
    expect(locateElectronBinary({ electronDir: null })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not installed/),
    });
    expect(locateElectronBinary({ electronDir: join(base, 'nowhere') }).ok).toBe(false);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself', () => {
    const dir = fakeElectron('override', { pathTxt: 'electron' });
    const dist = join(base, 'custom-dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'electron'), '');
    expect(locateElectronBinary({ electronDir: dir, env: { ELECTRON_OVERRIDE_DIST_PATH: dist } })).toEqual({
      ok: true,
      path: join(dist, 'electron'),
    });
  });
});

describe('missingBinaryMessage', () => {
  it('says why, how to get the binary, and how to use the browser instead', () => {
    const message = missingBinaryMessage(
      'node_modules/electron has no downloaded binary (path.txt is missing)',
    );
    expect(message).toContain('the Electron binary is not installed');
    expect(message).toContain('Why: node_modules/electron has no downloaded binary (path.txt is missing).');
    expect(message).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD=1');
    expect(message).toContain('node node_modules/electron/install.js');
    expect(message).toContain('npm run web');
  });
});

describe('npm start without the Electron binary', () => {
  it('prints the message and exits non-zero without building or downloading', () => {
    const dir = fakeElectron('for-start', {});
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, PODIUM_ELECTRON_DIR: dir },
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      missingBinaryMessage('node_modules/electron has no downloaded binary (path.txt is missing)'),
    );
    expect(run.stdout).not.toMatch(/Building|Downloading/);
  });
});

describe('buildStatus', () => {
  function project(name: string): string {
    const root = join(base, name);
    for (const input of BUILD_INPUTS) {
      if (input.includes('.')) {
        mkdirSync(root, { recursive: true });
        writeFileSync(join(root, input), 'x');
      } else {
        mkdirSync(join(root, input), { recursive: true });
        writeFileSync(join(root, input, 'index.ts'), 'x');
      }
    }
    return root;
  }
  function touch(path: string, seconds: number): void {
    utimesSync(path, seconds, seconds);
  }
  function writeOutputs(root: string, seconds: number): void {
    for (const output of BUILD_OUTPUTS) {
      mkdirSync(join(root, output, '..'), { recursive: true });
      writeFileSync(join(root, output), 'built');
      touch(join(root, output), seconds);
    }
  }

  it('is stale when an output is missing', () => {
    const root = project('no-out');
    expect(buildStatus(root)).toEqual({ stale: true, why: 'out/main/index.js does not exist' });
  });

  it('is fresh when every output is newer than every source, stale after a source changes', () => {
    const root = project('fresh');
    for (const input of BUILD_INPUTS) {
      touch(input.includes('.') ? join(root, input) : join(root, input, 'index.ts'), 1_000);
    }
    writeOutputs(root, 2_000);
    expect(buildStatus(root)).toEqual({ stale: false, why: 'up to date' });
    touch(join(root, 'renderer', 'index.ts'), 3_000);
    expect(buildStatus(root)).toEqual({ stale: true, why: 'renderer changed since the last build' });
  });
});
