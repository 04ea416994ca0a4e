import { describe, expect, it } from 'vitest';
import { checkListedPoints, driverChampionship } from '../../../shared/scoring';
import { classification, london, LONDON_ORDER, R1_GF, season } from './london';

const gf = season.rounds[0]!.races[2]!;

describe('official championship points', () => {
  it('ranks drivers by the Grand Final table 6-5-4-3-2-1', () => {
    const rows = driverChampionship(season, [london]);
    expect(rows.slice(0, 7).map((r) => [r.rank, r.driverId, r.points])).toEqual([
      [1, 'jose-serrano', 6],
      [2, 'pol-urra', 5],
      [3, 'valerio-gallo', 4],
      [4, 'takuma-sasaki', 3],
      [5, 'kylian-drumont', 2],
      [6, 'takuma-miyazono', 1],
      [7, 'kaj-de-bruin', 0], // countback: P7 beats P8
    ]);
    expect(rows[0]).toMatchObject({
      name: 'Jose Serrano',
      country: 'ES',
      wins: 1,
      podiums: 1,
      byRace: { [R1_GF]: 6 },
    });
    expect(rows).toHaveLength(12);
  });

  it('adds rounds up and shares a rank only when countback is equal too', () => {
    const r2 = season.rounds[1]!.races[2]!.id;
    // Made-up Round 2: Urra wins, Serrano second → Serrano 11, Urra 11; countback: one win each, one second each.
    const berlin = {
      raceId: r2,
      classification: classification(['pol-urra', 'jose-serrano', ...LONDON_ORDER.slice(2)]),
    };
    const rows = driverChampionship(season, [london, berlin]);
    expect(rows.slice(0, 3).map((r) => [r.rank, r.driverId, r.points])).toEqual([
      [1, 'jose-serrano', 11],
      [1, 'pol-urra', 11],
      [3, 'valerio-gallo', 8],
    ]);
  });

  it('flags listed points that disagree with the table, dns earns nothing', () => {
    const rows = classification(LONDON_ORDER).map((r, i) => ({ ...r, points: [6, 5, 4, 3, 2, 1][i] ?? 0 }));
    expect(checkListedPoints(gf, rows)).toEqual([]);
    rows[1]!.points = 4;
    rows[11] = { ...rows[11]!, status: 'dns', points: 1 };
    expect(checkListedPoints(gf, rows)).toEqual([
      {
        position: 2,
        driverId: 'pol-urra',
        listed: 4,
        expected: 5,
        message: 'P2 pol-urra is listed with 4 points; the Grand Final table gives 5.',
      },
      {
        position: 12,
        driverId: 'adriano-carrazza',
        listed: 1,
        expected: 0,
        message: 'P12 adriano-carrazza is listed with 1 point; the Grand Final table gives 0.',
      },
    ]);
  });
});
