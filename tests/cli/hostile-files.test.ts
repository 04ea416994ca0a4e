/** `podium import` and `standings` on files an attacker (or an editor) shaped: links, forged season copies. */
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCommand } from '../../cli/commands/import';
import { standingsCommand } from '../../cli/commands/standings';
import type { CliIo } from '../../cli/commands';
import { nodeIo } from '../../cli/node-io';
import { getBuiltInSeason } from '../../shared/seasons';

const OFFICIAL = 'tests/fixtures/results/2025-r1-london-nations-official.txt';
const LEAGUE = 'tests/fixtures/leagues/london-friends.podium.json';
const GF = 'gtws-2025-r1-nations-gf';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'podium-hostile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function capture(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { ...nodeIo('test'), stdout: (t) => out.push(t), stderr: (t) => err.push(t), out, err };
}

describe('podium import on a linked league file', () => {
  it('updates the file the link points to and leaves the link in place', async () => {
    const realDir = path.join(dir, 'leagues');
    mkdirSync(realDir);
    const target = path.join(realDir, 'league.podium.json');
    const bundle = JSON.parse(readFileSync(LEAGUE, 'utf8'));
    bundle.results = [];
    writeFileSync(target, JSON.stringify(bundle, null, 2));
    const link = path.join(dir, 'league.podium.json');
    symlinkSync(target, link);

    const io = capture();
    expect(await importCommand([link, OFFICIAL, '--race', GF], io)).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(JSON.parse(readFileSync(target, 'utf8')).results.map((r: { raceId: string }) => r.raceId)).toEqual(
      [GF],
    );
  });
});

describe('podium standings on a device', () => {
  it('refuses /dev/zero with one clear message', async () => {
    const io = capture();
    const error = await standingsCommand(['/dev/zero'], io).catch((e: unknown) => e);
    expect((error as { messages?: string[] }).messages).toEqual([
      '/dev/zero is not a regular file (a device, pipe or socket); to read a stream, pass - and send it on standard input',
    ]);
  });
});

describe('podium standings on a bundle that carries a forged copy of a built-in season', () => {
  it('scores by the built-in start, so a start moved to 2099 does not let a late pick count', async () => {
    const season = getBuiltInSeason('gtws-2025')!;
    const race = season.rounds.flatMap((r) => r.races).find((r) => r.id === GF)!;
    const bundle = JSON.parse(readFileSync(LEAGUE, 'utf8'));
    const result = bundle.results.find((r: { raceId: string }) => r.raceId === GF);
    const exact = result.classification.slice(0, 3).map((row: { driverId: string }) => row.driverId);
    // Mallory picks the known podium a day after the race.
    bundle.members.push({ id: 'mallory', name: 'Mallory' });
    const lateMadeAt = new Date(Date.parse(race.startsAt) + 86_400_000).toISOString();
    bundle.picks.push({ memberId: 'mallory', raceId: GF, podium: exact, madeAt: lateMadeAt });
    const forged = structuredClone(season);
    for (const round of forged.rounds) for (const r of round.races) r.startsAt = '2099-01-01T00:00:00.000Z';
    bundle.season = forged;
    const file = path.join(dir, 'forged.podium.json');
    writeFileSync(file, JSON.stringify(bundle));

    const io = capture();
    expect(await standingsCommand([file, '--json'], io)).toBe(0);
    const rows: { memberId: string; points: number }[] = JSON.parse(io.out.join('')).standings;
    expect(rows.find((r) => r.memberId === 'mallory')?.points).toBe(0);
    // The honest members' points are those of the bundle without the forged copy.
    const honest = capture();
    delete bundle.season;
    writeFileSync(file, JSON.stringify(bundle));
    await standingsCommand([file, '--json'], honest);
    expect(rows).toEqual(JSON.parse(honest.out.join('')).standings);
  });
});
