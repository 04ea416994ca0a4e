import { describe, expect, it } from 'vitest';
import { mergePicks, entriesByRace } from '../../../shared/exchange/merge';
import { createSlip, parseSlip, serializeSlip, slipPickLine } from '../../../shared/exchange/slip';
import { getBuiltInSeason } from '../../../shared/seasons';
import type { Pick } from '../../../shared/domain/types';
import { makePick } from '../../fixtures/picks';
import { english, messages } from '../files/english';

const GF = 'gtws-2025-r1-nations-gf';
const picks: Pick[] = [
  makePick('ana', GF, ['jose-serrano', 'pol-urra', 'valerio-gallo'], '2025-06-06T20:00:00.000Z', {
    joker: true,
  }),
  makePick('bo', GF, ['pol-urra', 'jose-serrano', 'valerio-gallo'], '2025-06-06T20:00:00.000Z'),
];

/** A slip file written by hand, with these picks. */
const rawSlip = (...slipPicks: object[]) =>
  JSON.stringify({
    format: 'podium-slip',
    version: 1,
    leagueId: 'l',
    seasonId: 's',
    member: { id: 'a', name: 'A' },
    exportedAt: '2025-01-01T00:00:00Z',
    picks: slipPicks,
  });

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
    expect(parsed).toEqual({ ok: true, value: slip });
  });

  it('refuses a future version with a message that says what to do', () => {
    const result = parseSlip(JSON.stringify({ format: 'podium-slip', version: 2 }));
    expect(result.ok).toBe(false);
    expect(messages(result)[0]).toMatch(
      /newer version of Podium League \(format version 2\).*Update the app/,
    );
  });

  it('refuses broken files without throwing', () => {
    expect(parseSlip('{').ok).toBe(false);
    expect(parseSlip('[]').ok).toBe(false);
    const dup = parseSlip(rawSlip({ raceId: GF, podium: ['x', 'x', 'y'], madeAt: '2025-01-01T00:00:00Z' }));
    expect(dup.ok).toBe(false);
    expect(messages(dup).join()).toMatch(/three different entries/);
  });

  it('refuses times without a zone: they would be different instants on different machines', () => {
    const slip = (madeAt: string) => parseSlip(rawSlip({ raceId: GF, podium: ['x', 'y', 'z'], madeAt }));
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
    expect(result.ok && (result.value.member as unknown as Record<string, unknown>).admin).toBeUndefined();
  });

  it('refuses a pick naming an entry that is not on that race’s entry list, with the line of the pick', () => {
    const slip = createSlip({
      leagueId: 'club',
      seasonId: 'gtws-2025',
      member: { id: 'ana', name: 'Ana' },
      picks: [{ ...picks[0]!, podium: ['jose-serrano', 'toyota', 'valerio-gallo'] }],
      exportedAt: '2025-06-06T21:00:00.000Z',
    });
    const parsed = parseSlip(serializeSlip(slip));
    if (!parsed.ok) throw new Error(messages(parsed).join());
    expect(slipPickLine(parsed.value, 0)).toBe(12);
    const season = getBuiltInSeason('gtws-2025')!;
    const outcome = mergePicks(
      [],
      parsed.value.picks.map((pick) => ({ ...pick, memberId: 'ana' })),
      {
        raceStarts: new Map([[GF, '2025-06-07T15:00:00Z']]),
        // Each race is checked against its own cup's list.
        entries: entriesByRace(season),
        lineOf: (index) => slipPickLine(parsed.value, index),
      },
    );
    expect(outcome.refused.map((r) => r.message)).toEqual([
      "line 12: Pick for gtws-2025-r1-nations-gf names toyota, not on that race's entry list.",
    ]);
  });

  it('refuses an impossible date and a missing version', () => {
    const slip = serializeSlip(
      createSlip({
        leagueId: 'club',
        seasonId: 'gtws-2025',
        member: { id: 'ana', name: 'Ana' },
        picks,
        exportedAt: '2025-06-06T21:00:00.000Z',
      }),
    );
    const late = parseSlip(slip.replace('2025-06-06T20:00:00.000Z', '2025-06-31T20:00:00.000Z'));
    expect(messages(late)).toEqual([
      'line 19: picks[0].madeAt: must be a real ISO date-time with its zone, like "2025-06-01T10:00:00Z"',
    ]);
    expect(english(parseSlip(slip.replace('"version": 1,', '')))).toEqual({
      ok: false,
      problems: [
        'This pick slip has "format": "podium-slip" but no "version"; add "version": 1 if the file was written by hand for this app.',
      ],
    });
  });
});
