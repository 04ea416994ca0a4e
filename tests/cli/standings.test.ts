/** Runs `podium` command on bundle files, as a league admin would. */
import { describe, expect, it } from 'vitest';
import { podium } from './in-process';

const FIX = 'tests/fixtures/leagues';

describe('podium standings', () => {
  it('prints the --json contract', async () => {
    const run = await podium('standings', `${FIX}/london-friends.podium.json`, '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['leagueId', 'rules', 'standings']);
    expect(json.leagueId).toBe('london-friends');
    expect(json.rules).toEqual({
      preset: 'classic',
      joker: false,
      uniqueBonus: false,
      dropWorst: 0,
      missedRace: 'zero',
    });
    expect(json.standings[0]).toEqual({
      rank: 1,
      memberId: 'alice',
      name: 'Alice',
      points: 11,
      exact: 3,
      perfectPodiums: 1,
      winners: 1,
      byRace: { 'gtws-2025-r1-nations-gf': 11 },
      byCup: { nations: 11 },
    });
    expect(
      json.standings.map((r: { rank: number; memberId: string; points: number }) => [
        r.rank,
        r.memberId,
        r.points,
      ]),
    ).toEqual([
      [1, 'alice', 11],
      [2, 'eve', 6],
      [3, 'bob', 5],
      [4, 'carol', 3],
      [4, 'frank', 3],
      [6, 'ivan', 3],
      [7, 'dave', 1],
      [8, 'judy', 0], // her pick was made at the start instant: locked out
    ]);
  });

  it('prints an aligned table without --json', async () => {
    const run = await podium('standings', `${FIX}/london-friends.podium.json`);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('London Friends — Gran Turismo World Series 2025');
    expect(lines[1]).toBe('Rules: classic; 1 race(s) graded, 5 to go');
    expect(lines.slice(3, 7)).toEqual([
      'Rank  Member  Points  Exact  Perfect  Winners',
      '   1  Alice       11      3        1        1',
      '   2  Eve          6      2        0        1',
      '   3  Bob          5      1        0        0',
    ]);
    expect(lines[7]).toBe('   4  Carol        3      1        0        1');
    expect(lines[8]).toBe('   4  Frank        3      1        0        1');
  });

  it('reads a bundle with its own season', async () => {
    const json = JSON.parse((await podium('standings', `${FIX}/custom-season.podium.json`, '--json')).stdout);
    expect(json.standings.map((r: { memberId: string; points: number }) => [r.memberId, r.points])).toEqual([
      ['alice', 61],
      ['bob', 55],
    ]);
  });

  it('with --json, prints the problems of a refused file with their codes and lines, messages in English', async () => {
    const run = await podium('standings', `${FIX}/broken.podium.json`, '--json');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `${FIX}/broken.podium.json:23: members[1].name: must not be empty`,
      `${FIX}/broken.podium.json:64: picks[1].podium: must name three different entries`,
    ]);
    expect(JSON.parse(run.stdout).problems).toEqual([
      {
        code: 'schema',
        line: 23,
        params: { issue: 'too_small', origin: 'string', minimum: 1, path: 'members › 1 › name', line: 23 },
        message: 'line 23: members[1].name: must not be empty',
      },
      {
        code: 'schema',
        line: 64,
        params: { issue: 'custom', check: 'distinct-podium', path: 'picks › 1 › podium', line: 64 },
        message: 'line 64: picks[1].podium: must name three different entries',
      },
    ]);
  });

  it('exits 1 with one message per problem, no stack trace', async () => {
    const run = await podium('standings', `${FIX}/broken.podium.json`);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      `${FIX}/broken.podium.json:23: members[1].name: must not be empty`,
      `${FIX}/broken.podium.json:64: picks[1].podium: must name three different entries`,
    ]);
    const future = await podium('standings', `${FIX}/future-version.podium.json`, '--json');
    expect(future.code).toBe(1);
    expect(future.stderr).toContain('made by a newer version of Podium League (format version 2)');
    // With --json, stdout carries each problem's stable code and params next to its English message.
    expect(JSON.parse(future.stdout)).toEqual({
      file: `${FIX}/future-version.podium.json`,
      problems: [
        {
          code: 'newer-version',
          line: null,
          params: { found: 2, reads: 1 },
          message: expect.stringContaining('made by a newer version of Podium League (format version 2)'),
        },
      ],
    });
    // A missing file is a wrong argument (exit 2), as for every command.
    for (const [file, code] of [
      ['truncated.podium.json', 1],
      ['does-not-exist.podium.json', 2],
    ] as const) {
      const bad = await podium('standings', `${FIX}/${file}`);
      expect(bad.code).toBe(code);
      expect(bad.stderr).not.toMatch(/\n\s+at /);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('exits 2 on usage errors', async () => {
    expect((await podium('standings')).code).toBe(2);
    expect((await podium('standings', `${FIX}/london-friends.podium.json`, '--csv')).code).toBe(2);
    const extra = await podium('standings', 'a.json', 'b.json');
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('unexpected argument "b.json"');
  });
});
