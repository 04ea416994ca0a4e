import { describe, expect, it } from 'vitest';
import { createSlip, parseSlip, serializeSlip } from '../../../shared/exchange/slip';
import type { Pick } from '../../../shared/domain/types';

const GF = 'gtws-2025-r1-nations-gf';
const picks: Pick[] = [
  {
    memberId: 'ana',
    raceId: GF,
    podium: ['jose-serrano', 'pol-urra', 'valerio-gallo'],
    madeAt: '2025-06-06T20:00:00.000Z',
    joker: true,
  },
  {
    memberId: 'bo',
    raceId: GF,
    podium: ['pol-urra', 'jose-serrano', 'valerio-gallo'],
    madeAt: '2025-06-06T20:00:00.000Z',
  },
];

describe('pick slips', () => {
  it('round-trips a member slip with only that member’s picks', () => {
    const slip = createSlip({
      leagueId: 'club',
      seasonId: 'gtws-2025',
      member: { id: 'ana', name: 'Ana', color: '#f00' },
      picks,
      exportedAt: '2025-06-06T21:00:00.000Z',
    });
    expect(slip.picks).toEqual([
      {
        raceId: GF,
        podium: ['jose-serrano', 'pol-urra', 'valerio-gallo'],
        madeAt: '2025-06-06T20:00:00.000Z',
        joker: true,
      },
    ]);
    const parsed = parseSlip(serializeSlip(slip));
    expect(parsed).toEqual({ ok: true, slip });
  });

  it('refuses a future version with a message that says what to do', () => {
    const result = parseSlip(JSON.stringify({ format: 'podium-slip', version: 2 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(
      /newer version of Podium League \(format version 2\).*Update the app/,
    );
  });

  it('refuses broken files without throwing', () => {
    expect(parseSlip('{').ok).toBe(false);
    expect(parseSlip('[]').ok).toBe(false);
    const dup = parseSlip(
      JSON.stringify({
        format: 'podium-slip',
        version: 1,
        leagueId: 'l',
        seasonId: 's',
        member: { id: 'a', name: 'A' },
        exportedAt: '2025-01-01T00:00:00Z',
        picks: [{ raceId: GF, podium: ['x', 'x', 'y'], madeAt: '2025-01-01T00:00:00Z' }],
      }),
    );
    expect(dup.ok).toBe(false);
    expect(!dup.ok && dup.errors.join()).toMatch(/three different drivers/);
  });

  it('refuses times without a zone: they would be different instants on different machines', () => {
    const slip = (madeAt: string) =>
      parseSlip(
        JSON.stringify({
          format: 'podium-slip',
          version: 1,
          leagueId: 'l',
          seasonId: 's',
          member: { id: 'a', name: 'A' },
          exportedAt: '2025-06-01T00:00:00Z',
          picks: [{ raceId: GF, podium: ['x', 'y', 'z'], madeAt }],
        }),
      );
    expect(slip('2025-06-07T12:30:00').ok).toBe(false);
    expect(slip('2025-06-07').ok).toBe(false);
    expect(slip('2025-06-07T12:30:00+02:00').ok).toBe(true);
    expect(slip('2025-06-07T12:30:00.000Z').ok).toBe(true);
  });

  it('does not let __proto__ keys pollute objects', () => {
    const text =
      '{"format":"podium-slip","version":1,"leagueId":"l","seasonId":"s","__proto__":{"polluted":true},' +
      '"member":{"id":"a","name":"A","__proto__":{"admin":true}},"exportedAt":"2025-01-01T00:00:00Z","picks":[]}';
    const result = parseSlip(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && (result.slip.member as unknown as Record<string, unknown>).admin).toBeUndefined();
  });
});
