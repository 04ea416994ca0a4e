import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleStandings, parseLeagueBundle, serializeLeagueBundle } from '../../../shared/league';

const fixture = (name: string) => readFileSync(`tests/fixtures/leagues/${name}`, 'utf8');

describe('league bundle', () => {
  it('reads a bundle on a built-in season', () => {
    const result = parseLeagueBundle(fixture('london-friends.podium.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle.league).toEqual({
      id: 'london-friends',
      name: 'London Friends',
      seasonId: 'gtws-2025',
      rules: { preset: 'classic', joker: false, uniqueBonus: false, dropWorst: 0, missedRace: 'zero' },
    });
    expect(result.bundle.members).toHaveLength(8);
    expect(result.bundle.picks).toHaveLength(8);
    expect(result.bundle.results[0]!.classification[2]).toEqual({
      position: 3,
      driverId: 'valerio-gallo',
      status: 'finished',
      points: 4,
    });
  });

  it('round-trips exactly and writes stable text', () => {
    const first = parseLeagueBundle(fixture('london-friends.podium.json'));
    if (!first.ok) throw new Error(first.errors.join('\n'));
    const text = serializeLeagueBundle(first.bundle);
    const second = parseLeagueBundle(text);
    expect(second).toEqual(first);
    expect(second.ok && serializeLeagueBundle(second.bundle)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "podium-league",');
  });

  it('reads a bundle carrying its own season, fills defaults, strips __proto__ keys', () => {
    const result = parseLeagueBundle(fixture('custom-season.podium.json'));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.bundle.league.rules).toEqual({
      preset: 'distance',
      joker: false,
      uniqueBonus: false,
      dropWorst: 0,
      missedRace: 'zero',
    });
    expect(result.bundle.season?.rounds[0]!.races[0]!.pickable).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(result.bundle.picks[1]!)).toEqual(['memberId', 'raceId', 'podium', 'madeAt']);
    expect(Object.getPrototypeOf(result.bundle.picks[1])).toBe(Object.prototype);
    // Distance: alice [Urra, Serrano, Gallo] 18+18+25; bob [Gallo, Urra, Serrano] 15+25... see below.
    const s = bundleStandings(result.bundle);
    // alice: Urra P2 for P1 = 18, Serrano P1 for P2 = 18, Gallo P3 (DNF) for P3 = 25 → 61
    // bob: Gallo P3 for P1 = 15, Urra P2 for P2 = 25, Serrano P1 for P3 = 15 → 55
    expect(s.rows.map((r) => [r.memberId, r.points])).toEqual([
      ['alice', 61],
      ['bob', 55],
    ]);
  });

  it('refuses a newer version with a clear message', () => {
    expect(parseLeagueBundle(fixture('future-version.podium.json'))).toEqual({
      ok: false,
      errors: [
        'This league file was made by a newer version of Podium League (format version 2); this app reads version 1.',
      ],
    });
  });

  it('reports every problem of a broken bundle, one message each', () => {
    const result = parseLeagueBundle(fixture('broken.podium.json'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'members[1].name: must not be empty',
      'picks[1].podium: must name three different entries',
    ]);
    const refs = parseLeagueBundle(fixture('bad-references.podium.json'));
    expect(!refs.ok && refs.errors).toEqual([
      'picks[2].memberId: unknown member "mallory".',
      'picks[3].raceId: race "gtws-2025-r1-nations-sprint" is not open for picks.',
      'results[1].raceId: a second result for "gtws-2025-r1-nations-gf".',
    ]);
  });

  it('reports text that is not a bundle', () => {
    expect(parseLeagueBundle(fixture('truncated.podium.json'))).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^The league file is not valid JSON: /)],
    });
    expect(parseLeagueBundle('[]')).toEqual({
      ok: false,
      errors: ['This is not a Podium League file (expected "format": "podium-league").'],
    });
    expect(parseLeagueBundle('')).toEqual({ ok: false, errors: ['The league file is empty.'] });
    const unknownSeason = fixture('london-friends.podium.json').replace(
      '"seasonId": "gtws-2025"',
      '"seasonId": "gtws-2031"',
    );
    expect(parseLeagueBundle(unknownSeason)).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('unknown season "gtws-2031"')],
    });
  });
});
