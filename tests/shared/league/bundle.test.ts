import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleStandings, parseLeagueBundle, serializeLeagueBundle } from '../../../shared/league';
import { english, messages } from '../files/english';

const fixture = (name: string) => readFileSync(`tests/fixtures/leagues/${name}`, 'utf8');

describe('league bundle', () => {
  it('reads a bundle on a built-in season', () => {
    const result = parseLeagueBundle(fixture('london-friends.podium.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.league).toEqual({
      id: 'london-friends',
      name: 'London Friends',
      seasonId: 'gtws-2025',
      rules: { preset: 'classic', joker: false, uniqueBonus: false, dropWorst: 0, missedRace: 'zero' },
    });
    expect(result.value.members).toHaveLength(8);
    expect(result.value.picks).toHaveLength(8);
    expect(result.value.results[0]!.classification[2]).toEqual({
      position: 3,
      driverId: 'valerio-gallo',
      status: 'finished',
      points: 4,
    });
  });

  it('round-trips exactly and writes stable text', () => {
    const first = parseLeagueBundle(fixture('london-friends.podium.json'));
    if (!first.ok) throw new Error(messages(first).join('\n'));
    const text = serializeLeagueBundle(first.value);
    const second = parseLeagueBundle(text);
    expect(second).toEqual(first);
    expect(second.ok && serializeLeagueBundle(second.value)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "podium-league",');
  });

  it('reads a bundle carrying its own season, fills defaults, strips __proto__ keys', () => {
    const result = parseLeagueBundle(fixture('custom-season.podium.json'));
    if (!result.ok) throw new Error(messages(result).join('\n'));
    expect(result.value.league.rules).toEqual({
      preset: 'distance',
      joker: false,
      uniqueBonus: false,
      dropWorst: 0,
      missedRace: 'zero',
    });
    expect(result.value.season?.rounds[0]!.races[0]!.pickable).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(result.value.picks[1]!)).toEqual(['memberId', 'raceId', 'podium', 'madeAt']);
    expect(Object.getPrototypeOf(result.value.picks[1])).toBe(Object.prototype);
    // Distance: alice [Urra, Serrano, Gallo] 18+18+25; bob [Gallo, Urra, Serrano] 15+25... see below.
    const s = bundleStandings(result.value);
    // alice: Urra P2 for P1 = 18, Serrano P1 for P2 = 18, Gallo P3 (DNF) for P3 = 25 → 61
    // bob: Gallo P3 for P1 = 15, Urra P2 for P2 = 25, Serrano P1 for P3 = 15 → 55
    expect(s.rows.map((r) => [r.memberId, r.points])).toEqual([
      ['alice', 61],
      ['bob', 55],
    ]);
  });

  it('refuses a newer version with a clear message', () => {
    expect(english(parseLeagueBundle(fixture('future-version.podium.json')))).toEqual({
      ok: false,
      problems: [
        'This league file was made by a newer version of Podium League (format version 2); this app reads version 1. Update the app to open it.',
      ],
    });
  });

  it('reports every problem of a broken bundle, one message each', () => {
    const result = parseLeagueBundle(fixture('broken.podium.json'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(messages(result)).toEqual([
      'line 23: members[1].name: must not be empty',
      'line 64: picks[1].podium: must name three different entries',
    ]);
    const refs = parseLeagueBundle(fixture('bad-references.podium.json'));
    expect(messages(refs)).toEqual([
      'line 72: picks[2].memberId: unknown member "mallory".',
      'line 83: picks[3].raceId: race "gtws-2025-r1-nations-sprint" is not open for picks.',
      'line 211: results[1].raceId: a second result for "gtws-2025-r1-nations-gf".',
    ]);
  });

  it('reports text that is not a bundle', () => {
    expect(english(parseLeagueBundle(fixture('truncated.podium.json')))).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^line \d+: the league file is not valid JSON: /)],
    });
    expect(english(parseLeagueBundle('[]'))).toEqual({
      ok: false,
      problems: ['This is not a Podium League league file (expected "format": "podium-league").'],
    });
    expect(english(parseLeagueBundle(''))).toEqual({ ok: false, problems: ['The league file is empty.'] });
    const unknownSeason = fixture('london-friends.podium.json').replace(
      '"seasonId": "gtws-2025"',
      '"seasonId": "gtws-2031"',
    );
    expect(english(parseLeagueBundle(unknownSeason))).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('unknown season "gtws-2031"')],
    });
  });

  it('refuses a pick naming an entry that is not on the race’s entry list, with its line', () => {
    const text = fixture('london-friends.podium.json').replace('"adriano-carrazza"', '"nobody-at-all"');
    expect(english(parseLeagueBundle(text))).toEqual({
      ok: false,
      problems: [
        'line 97: picks[4].podium[2]: "nobody-at-all" is not on the Nations Cup entry list of gtws-2025-r1-nations-gf.',
      ],
    });
  });

  it.each(['2025-02-30T10:00:00Z', '2025-06-31T10:00:00Z', '2025-06-01T24:00:00Z'])(
    'refuses the impossible date %s instead of rolling it over',
    (madeAt) => {
      const text = fixture('london-friends.podium.json').replace(
        '"madeAt": "2025-06-01T10:00:00Z"',
        `"madeAt": "${madeAt}"`,
      );
      const result = parseLeagueBundle(text);
      expect(result.ok).toBe(false);
      expect(messages(result)[0]).toMatch(/^line \d+: picks\[\d+\]\.madeAt: must be a real ISO date-time/);
    },
  );

  it('says what is missing when the format is right but there is no version', () => {
    const text = fixture('london-friends.podium.json').replace(/"version": 1,\n/, '');
    expect(english(parseLeagueBundle(text))).toEqual({
      ok: false,
      problems: [
        'This league file has "format": "podium-league" but no "version"; add "version": 1 if the file was written by hand for this app.',
      ],
    });
  });

  it('reads a league file saved as UTF-16 with a BOM, and refuses one over 5 MB', () => {
    const text = fixture('london-friends.podium.json');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const read = parseLeagueBundle(utf16);
    expect(read.ok && read.value).toEqual(
      parseLeagueBundle(text).ok && (parseLeagueBundle(text) as { value: unknown }).value,
    );
    const huge = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x20);
    expect(english(parseLeagueBundle(huge))).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('too large')],
    });
  });
});
