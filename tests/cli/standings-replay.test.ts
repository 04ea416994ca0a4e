/** `podium standings` applies the replay rule: a pick made once the result was stored never counts. */
import { describe, expect, it } from 'vitest';
import { podium } from './in-process';

describe('podium standings on a replay league', () => {
  it('counts the newest pick made before the result was stored', async () => {
    const run = await podium('standings', 'tests/fixtures/leagues/replay-stored-at.podium.json', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { standings: { memberId: string; points: number }[] };
    // The real podium was entered at the instant the result was stored: Ana's earlier guess scores 0.
    expect(json.standings.map((row) => [row.memberId, row.points])).toEqual([['ana', 0]]);
  });
});
