import { describe, expect, it } from 'vitest';
import { trustBuiltInSeason } from '../../../shared/league/trusted-season';
import { getBuiltInSeason } from '../../../shared/seasons';

const builtIn = getBuiltInSeason('gtws-2025')!;
const startOf = (season: typeof builtIn, raceId: string) =>
  season.rounds.flatMap((r) => r.races).find((r) => r.id === raceId)?.startsAt;
const GF = 'gtws-2025-r1-nations-gf';

describe('trustBuiltInSeason', () => {
  it('never moves a built-in start later, but keeps one moved earlier', () => {
    const later = structuredClone(builtIn);
    const earlier = structuredClone(builtIn);
    for (const round of later.rounds)
      for (const race of round.races) race.startsAt = '2099-01-01T00:00:00.000Z';
    for (const round of earlier.rounds)
      for (const race of round.races) race.startsAt = '2020-01-01T00:00:00.000Z';
    expect(startOf(trustBuiltInSeason(builtIn, later), GF)).toBe(startOf(builtIn, GF));
    expect(startOf(trustBuiltInSeason(builtIn, earlier), GF)).toBe('2020-01-01T00:00:00.000Z');
  });

  it('keeps drivers, entry lists and races the copy adds', () => {
    const copy = structuredClone(builtIn);
    copy.drivers.push({ ...copy.drivers[0]!, id: 'new-driver', name: 'New Driver' });
    copy.entryLists.nations = [...copy.entryLists.nations, 'new-driver'];
    const extra = {
      ...copy.rounds[0]!.races[0]!,
      id: 'gtws-2025-r1-extra',
      startsAt: '2099-01-01T00:00:00.000Z',
    };
    copy.rounds[0]!.races.push(extra);
    const trusted = trustBuiltInSeason(builtIn, copy);
    expect(trusted.drivers.map((d) => d.id)).toContain('new-driver');
    expect(trusted.entryLists.nations).toContain('new-driver');
    expect(startOf(trusted, 'gtws-2025-r1-extra')).toBe('2099-01-01T00:00:00.000Z');
  });
});
