import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bundleStandings,
  parseLeagueBundle,
  serializeLeagueBundle,
  type LeagueBundle,
} from '../../../shared/league';
import { picksBeforeResults } from '../../../shared/scoring/replay-cutoff';
import { mergePicks } from '../../../shared/exchange/merge';
import { messages } from '../files/english';

const GF = 'gtws-2025-r1-nations-gf';
const STORED = '2025-12-01T10:00:00.000Z';
/** Ana changed her replay pick to the real podium at the instant the result was stored. */
const FILE = 'tests/fixtures/leagues/replay-stored-at.podium.json';

function replayBundle(): LeagueBundle {
  const read = parseLeagueBundle(readFileSync(FILE));
  if (!read.ok) throw new Error(messages(read).join());
  return read.value;
}

describe('honest replays: storedAt', () => {
  it('a pick made at or after the result was stored never counts; the newest earlier pick does', () => {
    const read = parseLeagueBundle(serializeLeagueBundle(replayBundle()));
    if (!read.ok) throw new Error(messages(read).join());
    expect(read.value.results[0]!.storedAt).toBe(STORED);
    const standings = bundleStandings(read.value);
    expect(standings.rows[0]!.points).toBe(0);
    const withoutCutoff = bundleStandings({
      ...read.value,
      results: [{ ...read.value.results[0]!, storedAt: undefined }],
    });
    expect(withoutCutoff.rows[0]!.points).toBeGreaterThan(0);
  });

  it('keeps the same array when nothing is cut', () => {
    const picks = replayBundle().picks.slice(0, 1);
    expect(picksBeforeResults(picks, replayBundle().results)).toBe(picks);
  });

  it('a pick arriving in a file after the result, or made after it, is refused or late in a replay league', () => {
    const [early, late] = replayBundle().picks;
    const context = {
      raceStarts: new Map([[GF, '2025-06-07T15:00:00Z']]),
      ignoreLocks: true,
      resultStoredAt: new Map([[GF, STORED]]),
    };
    const afterResult = mergePicks([], [late!], { ...context, receivedAt: Date.parse(STORED) + 1 });
    expect(afterResult.refused.map((r) => r.reason)).toEqual(['after-result']);
    // Backdated before the result but arriving here after it: late, not counted.
    const backdated = mergePicks([], [early!], { ...context, receivedAt: Date.parse(STORED) + 1 });
    expect(backdated.accepted).toEqual([]);
    expect(backdated.late.map((l) => l.deadline)).toEqual([STORED]);
  });
});
