/**
 * The command line keeps working on the league files the app exports (issue 7):
 * the demo league is exported by the app's own code, then `podium standings`
 * and `podium import` run on that file exactly as a league admin would.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { podium } from '../../cli/in-process';
import { createDatabase } from '../../../renderer/src/db/schema';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { createDemoLeagues } from '../../../renderer/src/demo/demo';
import { buildLeagueBundle } from '../../../renderer/src/sharing/league-bundle-io';
import { serializeLeagueBundle } from '../../../shared/league';
import { computeStandings } from '../../../shared/scoring';
import { readLeagueData } from '../../../renderer/src/hooks/useLeagueData';

describe('the CLI on a league file exported by the app', () => {
  it('prints the same standings as the app and imports a result into it', async () => {
    const db = createDatabase(`cli-bundle-${Math.random()}`);
    await seedBuiltInSeasons(db);
    await createDemoLeagues(db);
    const leagueId = 'demo-2025-london';
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'podium-cli-')), 'demo.podium.json');
    writeFileSync(file, serializeLeagueBundle(await buildLeagueBundle(db, leagueId)));

    const data = (await readLeagueData(db, leagueId))!;
    const app = computeStandings({ ...data, rules: data.league.rules, ignoreLocks: data.league.replay });
    const run = await podium('standings', file, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const cli = JSON.parse(run.stdout) as {
      leagueId: string;
      standings: { rank: number; name: string; points: number }[];
    };
    expect(cli.leagueId).toBe(leagueId);
    expect(cli.standings.map((r) => [r.rank, r.name, r.points])).toEqual(
      app.rows.map((r) => [r.rank, r.name, r.points]),
    );
    expect(cli.standings.map((r) => [r.rank, r.points])).toEqual([
      [1, 10],
      [2, 6],
      [3, 5],
      [3, 5],
    ]);

    // Re-importing the official Grand Final table into the app's file keeps it valid and backed up.
    const imported = await podium(
      'import',
      file,
      'tests/fixtures/results/2025-r1-london-nations-grand-final-pipe.txt',
      '--race',
      'gtws-2025-r1-nations-gf',
    );
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(existsSync(`${file}.bak`)).toBe(true);
    const after = JSON.parse((await podium('standings', file, '--json')).stdout) as {
      standings: { points: number }[];
    };
    expect(after.standings.map((r) => r.points)).toEqual([10, 6, 5, 5]);
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('podium-league');
  }, 60_000);
});
