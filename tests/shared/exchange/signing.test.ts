import { describe, expect, it } from 'vitest';
import { canonicalJson, makeSigningKey, signPick, verifyPick } from '../../../shared/exchange/signing';
import type { Pick } from '../../../shared/domain/types';

const key = makeSigningKey(new Uint8Array(32).fill(1));
const other = makeSigningKey(new Uint8Array(32).fill(2));
const pick: Pick = {
  memberId: 'ana',
  raceId: 'gtws-2025-r1-nations-gf',
  podium: ['jose-serrano', 'pol-urra', 'valerio-gallo'],
  madeAt: '2025-06-06T20:00:00.000Z',
};

describe('pick signatures', () => {
  it('verify only the signed pick, by its key, in its league', () => {
    const sig = signPick('club', pick, key);
    expect(sig).toMatch(/^[0-9a-f]{128}$/);
    expect(verifyPick('club', { ...pick, sig }, key.publicKey)).toBe(true);
    expect(verifyPick('club', { ...pick, sig }, other.publicKey)).toBe(false);
    expect(verifyPick('another-club', { ...pick, sig }, key.publicKey)).toBe(false);
    expect(verifyPick('club', { ...pick, madeAt: '2025-06-06T19:00:00.000Z', sig }, key.publicKey)).toBe(
      false,
    );
    expect(verifyPick('club', { ...pick, joker: true, sig }, key.publicKey)).toBe(false);
    expect(verifyPick('club', { ...pick, sig: 'zz' }, key.publicKey)).toBe(false);
    expect(verifyPick('club', pick, key.publicKey)).toBe(false);
  });

  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    expect(canonicalJson({ a: [{ d: 2 }], b: 1 })).toBe(canonicalJson({ b: 1, a: [{ d: 2 }] }));
  });
});
