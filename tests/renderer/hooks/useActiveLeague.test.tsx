/** The hook every screen uses for "who is picking" follows this tab's choice, not another tab's. */
import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db';
import { addMember, createLeague, setActiveMember } from '../../../renderer/src/db/leagues';
import { useActiveLeague } from '../../../renderer/src/hooks/useActiveLeague';
import { DEFAULT_RULES } from '../../../shared/scoring';
import { resetAppDb } from '../screen-harness';

beforeEach(async () => {
  await resetAppDb();
});

describe('useActiveLeague', () => {
  it('keeps the member this tab chose when another tab changes the shared choice', async () => {
    const league = await createLeague(db, { name: 'Friends', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
    const ana = await addMember(db, league.id, { name: 'Ana' });
    const bob = await addMember(db, league.id, { name: 'Bob' });
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useActiveLeague();
    });
    await waitFor(() => expect(result.current.member?.id).toBe(ana.id));

    // Another tab chooses Bob: it writes the shared default (its own sessionStorage is not this one).
    const before = renders;
    await db.settings.put({ key: 'activeMemberId', value: bob.id });
    // The live query saw the change (the hook rendered again) and kept Ana.
    await waitFor(() => expect(renders).toBeGreaterThan(before));
    expect(result.current.member?.id).toBe(ana.id);

    // This tab chooses Bob itself: it follows at once.
    await setActiveMember(db, bob.id, league.id);
    await waitFor(() => expect(result.current.member?.id).toBe(bob.id));
  });
});
