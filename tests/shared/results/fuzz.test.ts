/** The parsers never throw and explain every rejection with a line number (2,000 seeded mutations). */
import { describe, expect, it } from 'vitest';
import { getBuiltInSeason } from '../../../shared/seasons';
import { fuzzBases } from './fuzz-bases';
import { runFuzz } from './fuzz-mutations';
import { FIXTURES } from './helpers';

describe('parser fuzz', () => {
  it('2,000 mutated fixtures: no throw, every issue has a line, rejections carry an error', () => {
    const failures = runFuzz(20250607, 2000, fuzzBases(FIXTURES), getBuiltInSeason('gtws-2025'));
    expect(failures.slice(0, 5)).toEqual([]);
  }, 30_000);
});
