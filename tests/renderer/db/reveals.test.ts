import { describe, expect, it } from 'vitest';
import type { RaceResult } from '../../../shared/domain/types';
import { DEFAULT_RULES } from '../../../shared/scoring/rules';
import { picksBeforeResults } from '../../../shared/scoring/replay-cutoff';
import { BUILT_IN_RESULT_SOURCE } from '../../../renderer/src/app/builtin-source';
import type { LeagueRecord } from '../../../renderer/src/db/records';
import { resultsSeenBy } from '../../../renderer/src/db/reveals';

const league = (replay: boolean): LeagueRecord => ({
  id: 'l',
  name: 'Friends',
  seasonId: 'gtws-2025',
  rules: DEFAULT_RULES,
  createdAt: '2026-11-01T10:00:00Z',
  ...(replay ? { replay: true } : {}),
});

const result = (raceId: string, fileName: string, importedAt: string): RaceResult & { storedAt: string } => ({
  raceId,
  classification: [],
  source: { fileName, sha256: '', importedAt },
  storedAt: importedAt,
});

const pick = (raceId: string, madeAt: string) => ({
  leagueId: 'l',
  memberId: 'ana',
  raceId,
  podium: ['a', 'b', 'c'] as [string, string, string],
  madeAt,
});

describe('results as a league has seen them', () => {
  // Imported for another league before this replay league existed, and the built-in one.
  const earlier = result('r1', 'london.txt', '2026-10-01T09:00:00Z');
  const builtIn = result('r2', BUILT_IN_RESULT_SOURCE, '2026-10-01T09:00:00Z');

  it('hides unrevealed results of a replay league and stamps revealed ones with the reveal instant', () => {
    const seen = resultsSeenBy(league(true), [earlier, builtIn, undefined], { r1: '2026-11-20T12:00:00Z' });
    expect(seen.map((r) => [r.raceId, r.storedAt])).toEqual([['r1', '2026-11-20T12:00:00Z']]);
  });

  it('lets a replay pick made before the reveal count, and one made after it not', () => {
    const seen = resultsSeenBy(league(true), [earlier], { r1: '2026-11-20T12:00:00Z' });
    const before = pick('r1', '2026-11-10T12:00:00Z'); // after the import for the other league
    const after = pick('r1', '2026-11-20T12:00:00Z');
    expect(picksBeforeResults([before, after], seen)).toEqual([before]);
  });

  it('gives a normal league every result unchanged', () => {
    expect(resultsSeenBy(league(false), [earlier, builtIn], {})).toEqual([earlier, builtIn]);
  });
});
