/** Refined and patterned values name the rule they break (`check`), so the screens word it in every language. */
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../../shared/files/problems';
import { memberSchema, pickSchema } from '../../../shared/domain/schemas';
import { scoringRulesSchema } from '../../../shared/scoring/rules-schema';

function checksOf(
  schema: { safeParse(data: unknown): { success: boolean; error?: unknown } },
  data: unknown,
) {
  const parsed = schema.safeParse(data);
  expect(parsed.success).toBe(false);
  return schemaProblems(parsed.error as Parameters<typeof schemaProblems>[0]).map((p) => [
    p.code,
    p.params.check,
  ]);
}

describe('named checks', () => {
  it('names the cups-twice, public-key and signature rules, keeping the English message', () => {
    expect(checksOf(scoringRulesSchema, { preset: 'classic', cups: ['nations', 'nations'] })).toEqual([
      ['schema', 'distinct-cups'],
    ]);
    expect(checksOf(memberSchema, { id: 'ana', name: 'Ana', publicKey: 'ABC' })).toEqual([
      ['schema', 'public-key'],
    ]);
    const pick = {
      memberId: 'ana',
      raceId: 'gtws-2025-r1-nations-gf',
      podium: ['a', 'b', 'c'],
      madeAt: '2025-06-01T10:00:00Z',
      sig: 'zz',
    };
    expect(checksOf(pickSchema, pick)).toEqual([['schema', 'signature']]);
    const parsed = memberSchema.safeParse({ id: 'ana', name: 'Ana', publicKey: 'ABC' });
    expect(parsed.error?.issues[0]?.message).toBe('must be an Ed25519 public key (64 hex characters)');
  });
});
