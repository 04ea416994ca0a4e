import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/src/db/schema';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { currentChampionshipId, latestStartedChampionshipId } from '../../../renderer/src/hooks/useSeason';

describe('the current championship', () => {
  it('is the season of the next pickable race, and results go to the season that raced last', async () => {
    const db = createDatabase(`current-${Math.random()}`);
    await seedBuiltInSeasons(db);
    const at = (iso: string) => Date.parse(iso);
    // Before London 2025: 2025, although 2026 is newer.
    expect(await currentChampionshipId(db, at('2025-06-01T12:00:00Z'))).toBe('gtws-2025');
    // 30 November 2026: the Tokyo World Finals are next; the last race run was Fukuoka 2025.
    expect(await currentChampionshipId(db, at('2026-11-30T12:00:00Z'))).toBe('gtws-2026');
    expect(await latestStartedChampionshipId(db, at('2026-11-30T12:00:00Z'))).toBe('gtws-2025');
    // After Tokyo's first race, its results are expected.
    expect(await latestStartedChampionshipId(db, at('2026-12-06T06:30:00Z'))).toBe('gtws-2026');
    // Everything over: the newest season.
    expect(await currentChampionshipId(db, at('2027-06-01T00:00:00Z'))).toBe('gtws-2026');
    db.close();
  });
});
