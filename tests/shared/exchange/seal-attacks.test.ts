import { describe, expect, it } from 'vitest';
import { createSlip, parseSlip, serializeSlip } from '../../../shared/exchange/slip';
import {
  SEAL_CODE_CHARS,
  SEAL_COLLISION_WORK_BITS,
  sealCode,
  sealCodeOfLength,
  sealCommitments,
  sealPayload,
  verifySeal,
} from '../../../shared/exchange/seal';
import type { Pick, Podium } from '../../../shared/domain/types';

const GF = 'gtws-2025-r1-nations-gf';
const R2 = 'gtws-2025-r2-nations-gf';
const SALT = '00112233445566778899aabbccddeeff';
const pick = (raceId: string, podium: Podium): Pick => ({
  memberId: 'ana',
  raceId,
  podium,
  madeAt: '2025-06-06T20:00:00.000Z',
});
const slipWith = (picks: Pick[], raceIds: string[]) =>
  createSlip({
    leagueId: 'club',
    seasonId: 'gtws-2025',
    member: { id: 'ana', name: 'Ana' },
    picks,
    exportedAt: '2025-06-08T00:00:00.000Z',
    seals: [{ sealedAt: '2025-06-06T20:01:00.000Z', salt: SALT, raceIds }],
  });

describe('seal attacks', () => {
  it('a seal must name races: an empty race list is refused when the slip is read', () => {
    const slip = slipWith([pick(GF, ['jose-serrano', 'pol-urra', 'valerio-gallo'])], []);
    const read = parseSlip(serializeSlip(slip));
    expect(read.ok).toBe(false);
    expect(() => sealCode('ana', [], [], SALT)).toThrow(/at least one race/);
  });

  it('a seal over races without picks proves nothing, and commits to "no pick" for the changed race', () => {
    // Ana seals only R2, where she has no pick; after the race she changes her Grand Final pick.
    const code = sealCode('ana', [], [R2], SALT);
    const changed = slipWith([pick(GF, ['pol-urra', 'jose-serrano', 'valerio-gallo'])], [R2]);
    expect(verifySeal(changed, code).status).toBe('empty');
    // The seal covers R2 only, so no Grand Final pick gets an early arrival from it.
    const committed = sealCommitments(changed, [{ code, recordedAtMs: 0 }]);
    expect(committed(changed.picks[0]!)).toBeUndefined();
  });

  it('a recorded code commits exactly the sealed podium, not a changed one', () => {
    const sealed = pick(GF, ['jose-serrano', 'pol-urra', 'valerio-gallo']);
    const code = sealCode('ana', [sealed], [GF], SALT);
    const slip = slipWith([sealed], [GF]);
    const committed = sealCommitments(slip, [{ code, recordedAtMs: 1000 }]);
    expect(committed(slip.picks[0]!)).toBe(1000);
    expect(committed({ raceId: GF, podium: ['pol-urra', 'jose-serrano', 'valerio-gallo'] })).toBeUndefined();
    const tampered = slipWith([pick(GF, ['pol-urra', 'jose-serrano', 'valerio-gallo'])], [GF]);
    expect(sealCommitments(tampered, [{ code, recordedAtMs: 1000 }])(tampered.picks[0]!)).toBeUndefined();
  });

  it('a code of the first version (10 characters) is not accepted as proof', () => {
    const slip = slipWith([pick(GF, ['jose-serrano', 'pol-urra', 'valerio-gallo'])], [GF]);
    expect(verifySeal(slip, 'ABCDE-FGHJK').status).toBe('too-short');
  });

  it('a sealer finds two podiums with one code when the code is short, not at the real length', () => {
    // The sealer tries salts for two podiums until both give the same code (birthday search).
    const a = [pick(GF, ['jose-serrano', 'pol-urra', 'valerio-gallo'])];
    const b = [pick(GF, ['takuma-sasaki', 'kaj-de-bruin', 'guy-barbara'])];
    const search = (chars: number, budget: number) => {
      const seen = new Map<string, string>();
      for (let i = 0; i < budget; i++) {
        const salt = i.toString(16).padStart(32, '0');
        const codeA = sealCodeOfLength(sealPayload('ana', a, [GF], salt), chars);
        const codeB = sealCodeOfLength(sealPayload('ana', b, [GF], salt), chars);
        seen.set(`a${codeA}`, salt);
        const hit = seen.get(`b${codeA}`);
        if (hit !== undefined) return { code: codeA, saltA: salt, saltB: hit };
        seen.set(`b${codeB}`, salt);
        const other = seen.get(`a${codeB}`);
        if (other !== undefined) return { code: codeB, saltA: other, saltB: salt };
      }
      return null;
    };
    // 3 characters = 15 bits: found within a few hundred tries.
    const found = search(3, 5000);
    expect(found).not.toBeNull();
    expect(sealCodeOfLength(sealPayload('ana', a, [GF], found!.saltA), 3)).toBe(found!.code);
    expect(sealCodeOfLength(sealPayload('ana', b, [GF], found!.saltB), 3)).toBe(found!.code);
    // The same budget finds nothing at the real length; the work needed there is 2^70.
    expect(search(SEAL_CODE_CHARS, 5000)).toBeNull();
    expect(SEAL_COLLISION_WORK_BITS).toBeGreaterThanOrEqual(64);
    expect(sealCode('ana', a, [GF], SALT).replace(/-/g, '')).toHaveLength(SEAL_CODE_CHARS);
  });
});
