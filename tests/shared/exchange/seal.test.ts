import { describe, expect, it } from 'vitest';
import { createSlip } from '../../../shared/exchange/slip';
import { normalizeSealCode, sealCode, verifySeal } from '../../../shared/exchange/seal';
import type { Pick } from '../../../shared/domain/types';
import { makePick } from '../../fixtures/picks';

const GF = 'gtws-2025-r1-nations-gf';
const SALT = '00112233445566778899aabbccddeeff';
const picks: Pick[] = [
  makePick('ana', GF, ['jose-serrano', 'pol-urra', 'valerio-gallo'], '2025-06-06T20:00:00.000Z'),
];

describe('sealed picks', () => {
  it('gives a readable, stable code of 28 characters in groups of four', () => {
    const code = sealCode('ana', picks, [GF], SALT);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/);
    expect(sealCode('ana', picks, [GF], SALT)).toBe(code);
    expect(sealCode('ana', picks, [GF], SALT.replace('0', '1'))).not.toBe(code);
  });

  it('verifies a slip against the code and catches tampering', () => {
    const code = sealCode('ana', picks, [GF], SALT);
    const slip = createSlip({
      leagueId: 'club',
      seasonId: 'gtws-2025',
      member: { id: 'ana', name: 'Ana' },
      picks,
      exportedAt: '2025-06-08T00:00:00.000Z',
      seals: [{ sealedAt: '2025-06-06T20:01:00.000Z', salt: SALT, raceIds: [GF] }],
    });
    expect(verifySeal(slip, code.toLowerCase().replaceAll('-', ' ')).status).toBe('match');
    const tampered = structuredClone(slip);
    tampered.picks[0]!.podium = ['pol-urra', 'jose-serrano', 'valerio-gallo'];
    const check = verifySeal(tampered, code);
    expect(check.status).toBe('mismatch');
    expect(check.status === 'mismatch' && check.message).toContain('do not match the seal code');
    expect(check.status === 'mismatch' && check.params).toEqual({ member: 'Ana', code });
    const unsealed = { ...slip, seals: undefined };
    expect(verifySeal(unsealed, code).status).toBe('no-seal');
  });

  it('normalises what people type', () => {
    expect(normalizeSealCode(' abcd efgh jkmn pqrs tvwx yz01 2345 ')).toBe(
      'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345',
    );
    expect(normalizeSealCode('o0il-1222-2222-2222-2222-2222-2222')).toBe(
      '0011-1222-2222-2222-2222-2222-2222',
    );
  });
});
