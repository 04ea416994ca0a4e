/** Compiled rules are cached by content: equal rules share tables, any scoring difference gets its own. */
import { describe, expect, it } from 'vitest';
import { compileRules, DEFAULT_RULES, maxRaceScore, type ScoringRules } from '../../../shared/scoring';

describe('compileRules cache', () => {
  it('answers by the rules’ content, not by the object or the order of calls', () => {
    const exactFive: ScoringRules = { ...DEFAULT_RULES, overrides: { exact: 5 } };
    const before = maxRaceScore(DEFAULT_RULES);
    // Classic: 3 × 3 exact + 2 perfect bonus; with 5 per exact slot, 3 × 5 + 2.
    expect(before).toBe(11);
    expect(maxRaceScore(exactFive)).toBe(17);
    expect(maxRaceScore({ ...DEFAULT_RULES })).toBe(before);
    expect(maxRaceScore({ ...DEFAULT_RULES, preset: 'proximity' })).not.toBe(before);
    const again = compileRules({ ...exactFive, overrides: { exact: 5 } });
    expect(again.slotLut).toBe(compileRules(exactFive).slotLut);
    expect(again.rules).toEqual(exactFive);
    expect(compileRules(DEFAULT_RULES).rules).toBe(DEFAULT_RULES);
  });
});
