import { describe, expect, it } from 'vitest';
import { moveRoundDate, moveSeasonYear, newSeason } from '../../../renderer/src/screens/season/season-draft';

describe('season editor drafts', () => {
  it('a round moved to another day takes its races along, keeping their time of day', () => {
    const season = newSeason(2026);
    const round = season.rounds[0]!;
    expect(round.races[0]!.startsAt).toBe('2026-06-01T15:00:00Z');
    const moved = moveRoundDate(round, '2026-06-12');
    expect(moved.date).toBe('2026-06-12');
    expect(moved.races[0]!.startsAt).toBe('2026-06-12T15:00:00Z');
    // A race the user put on another day stays where it is.
    const custom = { ...round, races: [{ ...round.races[0]!, startsAt: '2026-06-02T09:00:00Z' }] };
    expect(moveRoundDate(custom, '2026-06-12').races[0]!.startsAt).toBe('2026-06-02T09:00:00Z');
  });

  it('changing a new season’s year carries its rounds and races into that year', () => {
    const moved = moveSeasonYear(newSeason(2026), 2027);
    expect(moved.year).toBe(2027);
    expect(moved.rounds[0]!.date).toBe('2027-06-01');
    expect(moved.rounds[0]!.races[0]!.startsAt).toBe('2027-06-01T15:00:00Z');
    // While the year is being typed ("20"), nothing moves.
    expect(moveSeasonYear(newSeason(2026), 20).rounds[0]!.date).toBe('2026-06-01');
  });
});
