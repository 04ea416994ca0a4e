import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/src/db/schema';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { readSeason, writeSeason } from '../../../renderer/src/db/seasons';
import { BUILT_IN_SEASONS, getBuiltInSeason } from '../../../shared/seasons';

describe('seeding the built-in seasons', () => {
  it('stores every embedded season so it reads back identical', async () => {
    const db = createDatabase(`boot-${Math.random()}`);
    await seedBuiltInSeasons(db);
    for (const season of BUILT_IN_SEASONS) {
      expect(await readSeason(db, season.id)).toEqual(season);
    }
    db.close();
  });

  it('keeps a user edit of a built-in season on the next start', async () => {
    const db = createDatabase(`boot-${Math.random()}`);
    await seedBuiltInSeasons(db);
    const season = structuredClone(getBuiltInSeason('gtws-2025')!);
    const race = season.rounds[0]!.races.find((r) => r.pickable)!;
    race.startsAt = '2025-06-07T14:30:00.000Z';
    await writeSeason(db, season, true);
    await seedBuiltInSeasons(db);
    const stored = await readSeason(db, 'gtws-2025');
    expect(stored!.rounds[0]!.races.find((r) => r.id === race.id)!.startsAt).toBe('2025-06-07T14:30:00.000Z');
    db.close();
  });
});
