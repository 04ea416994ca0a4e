/** Opening a league screen starts reading the active league's data before the screen mounts. */
import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db';
import { addMember, createLeague, setActiveLeague } from '../../../renderer/src/db/leagues';
import { createAppRouter } from '../../../renderer/src/app/router';
import { leagueDataQuery } from '../../../renderer/src/hooks/useLeagueData';
import { DEFAULT_RULES } from '../../../shared/scoring';
import { resetAppDb } from '../screen-harness';

beforeEach(async () => {
  await resetAppDb();
});
afterEach(() => {
  window.location.hash = '';
});

describe('read-ahead on navigation', () => {
  it('reads the active league (not the first one) when the leaderboard is chosen, with no screen mounted', async () => {
    const first = await createLeague(db, { name: 'Alpha', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
    const chosen = await createLeague(db, { name: 'Zeta', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
    await addMember(db, chosen.id, { name: 'Ana' });
    await setActiveLeague(db, chosen.id);

    window.location.hash = '#/settings';
    const router = createAppRouter();
    await router.navigate('/leaderboard');
    await waitFor(() => expect(leagueDataQuery(chosen.id).hasValue()).toBe(true));
    expect(
      leagueDataQuery(chosen.id)
        .getValue()
        ?.members.map((m) => m.name),
    ).toEqual(['Ana']);
    expect(leagueDataQuery(first.id).hasValue()).toBe(false);
    // The screen takes over, then leaves: nothing keeps watching the database.
    leagueDataQuery(chosen.id).subscribe().unsubscribe();
    expect(leagueDataQuery(chosen.id).hasValue()).toBe(false);
    router.dispose();
  });
});
