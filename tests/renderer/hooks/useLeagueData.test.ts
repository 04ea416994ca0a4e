import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { addMember, createLeague } from '../../../renderer/src/db/leagues';
import { savePick } from '../../../renderer/src/db/picks';
import { leagueDataQuery, readLeagueData, useLeagueData } from '../../../renderer/src/hooks/useLeagueData';
import { readActiveLeagueAhead } from '../../../renderer/src/app/read-ahead';
import { renderHook, waitFor } from '@testing-library/react';
import { resetAppDb } from '../screen-harness';
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

describe('useLeagueData after a read-ahead', () => {
  it('shows the league read ahead on its first render, with a pick saved while the screen loaded', async () => {
    clock.now = () => Date.parse('2025-06-01T00:00:00Z');
    await resetAppDb();
    const league = await createLeague(db, { name: 'Ahead', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
    const ana = await addMember(db, league.id, { name: 'Ana' });
    const raceId = 'gtws-2025-r1-nations-gf';
    await savePick(db, { leagueId: league.id, memberId: ana.id, raceId }, [
      'jose-serrano',
      'pol-urra',
      'valerio-gallo',
    ]);

    // What the router does when the leaderboard is opened, before the screen's code has loaded.
    await readActiveLeagueAhead();
    const query = leagueDataQuery(league.id);
    await waitFor(() => expect(query.hasValue()).toBe(true));
    // A pick edited (here, or by another window) while the screen still loads.
    await savePick(db, { leagueId: league.id, memberId: ana.id, raceId }, [
      'pol-urra',
      'jose-serrano',
      'valerio-gallo',
    ]);
    await waitFor(() => expect(query.getValue()?.picks[0]?.podium[0]).toBe('pol-urra'));

    const firstRenders: (string | undefined)[] = [];
    const { result, unmount } = renderHook(() => {
      const data = useLeagueData(league.id);
      firstRenders.push(data?.picks[0]?.podium[0]);
      return data;
    });
    // No loading render: the first one already has the edited pick.
    expect(firstRenders[0]).toBe('pol-urra');
    expect(result.current?.members.map((m) => m.id)).toEqual([ana.id]);

    // From here the screen's own subscription keeps it live.
    await savePick(db, { leagueId: league.id, memberId: ana.id, raceId }, [
      'valerio-gallo',
      'pol-urra',
      'jose-serrano',
    ]);
    await waitFor(() => expect(result.current?.picks[0]?.podium[0]).toBe('valerio-gallo'));
    unmount();
    expect(query.hasValue()).toBe(false);
  });
});
