import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { addMember, createLeague } from '../../../renderer/src/db/leagues';
import { savePick } from '../../../renderer/src/db/picks';
import { readLeagueData } from '../../../renderer/src/hooks/useLeagueData';
import { clock } from '../../../renderer/src/app/clock';
import { DEFAULT_RULES } from '../../../shared/scoring';

const realNow = clock.now;
afterEach(() => {
  clock.now = realNow;
});

describe('readLeagueData', () => {
  it('reads exactly one league’s picks by primary-key range, none of a neighbour league', async () => {
    clock.now = () => Date.parse('2025-06-01T00:00:00Z');
    await seedBuiltInSeasons(db);
    const ids: string[] = [];
    // Names chosen so the league ids are prefixes of each other ("club", "club-2", "club-b").
    for (const name of ['Club', 'Club', 'Club B']) {
      const league = await createLeague(db, { name, seasonId: 'gtws-2025', rules: DEFAULT_RULES });
      const member = await addMember(db, league.id, { name: 'Ana' });
      await savePick(db, { leagueId: league.id, memberId: member.id, raceId: 'gtws-2025-r1-nations-gf' }, [
        'jose-serrano',
        'pol-urra',
        name === 'Club B' ? 'takuma-sasaki' : 'valerio-gallo',
      ]);
      ids.push(league.id);
    }
    expect(ids).toEqual(['club', 'club-2', 'club-b']);
    for (const id of ids) {
      const data = await readLeagueData(db, id);
      expect(data!.picks.map((p) => p.leagueId)).toEqual([id]);
    }
    expect((await readLeagueData(db, 'club-b'))!.picks[0]!.podium[2]).toBe('takuma-sasaki');
  });
});
