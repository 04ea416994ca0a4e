/** Two tabs of the browser build over one database: each keeps its own picking member, and one pick stays one whole podium. */
import { describe, expect, it } from 'vitest';
import {
  createTabMemberStore,
  resolvePickingMember,
  type TabStorage,
} from '../../../renderer/src/app/tab-member';
import { setActiveMember } from '../../../renderer/src/db/leagues';
import { PickError, savePick } from '../../../renderer/src/db/picks';
import { BEFORE_R1, freshLeague, R1_GF, setNow } from './helpers';

/** One tab's sessionStorage. */
function tabStorage(): TabStorage {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('who is picking, per tab', () => {
  it('keeps tab A on its member when tab B switches to another member', async () => {
    // The failure: choosing Bob in tab B switched tab A to Bob, and tab A saved a pick for Bob.
    const { db, leagueId } = await freshLeague();
    const members = await db.members.where('leagueId').equals(leagueId).sortBy('createdAt');
    const [first, second] = members;
    if (!first || !second) throw new Error('the helper league has two members');
    const tabA = createTabMemberStore(tabStorage());
    const tabB = createTabMemberStore(tabStorage());
    const shared = async () => (await db.settings.get('activeMemberId'))?.value;

    await setActiveMember(db, first.id, leagueId, tabA);
    await setActiveMember(db, second.id, leagueId, tabB);

    expect(resolvePickingMember(members, tabA.get(leagueId), await shared())?.id).toBe(first.id);
    expect(resolvePickingMember(members, tabB.get(leagueId), await shared())?.id).toBe(second.id);
    // A new tab starts with the last choice made anywhere.
    const tabC = createTabMemberStore(tabStorage());
    expect(resolvePickingMember(members, tabC.get(leagueId), await shared())?.id).toBe(second.id);
  });

  it("falls back to the shared default when the tab's member was removed", () => {
    const members = [{ id: 'ana' }, { id: 'bo' }];
    expect(resolvePickingMember(members, 'gone', 'bo')?.id).toBe('bo');
    expect(resolvePickingMember(members, null, 'gone')?.id).toBe('ana');
    expect(resolvePickingMember([], 'ana', 'bo')).toBeNull();
  });
});

describe('concurrent edits of one pick', () => {
  it('store one whole podium: an edit based on a podium that changed meanwhile is refused whole', async () => {
    // The failure: two tabs editing one pick at once mixed their slots.
    const { db, leagueId } = await freshLeague();
    setNow(BEFORE_R1);
    const key = { leagueId, memberId: 'alex', raceId: R1_GF };
    const start: [string, string, string] = ['jose-serrano', 'pol-urra', 'valerio-gallo'];
    await savePick(db, key, start);
    const tabA: [string, string, string] = ['takuma-sasaki', 'pol-urra', 'valerio-gallo'];
    const tabB: [string, string, string] = ['jose-serrano', 'pol-urra', 'takuma-sasaki'];
    // Both tabs start from the same saved podium and change different slots at the same moment.
    const outcomes = await Promise.allSettled([
      savePick(db, key, tabA, { basedOn: start }),
      savePick(db, key, tabB, { basedOn: start }),
    ]);
    const saved = (await db.picks.get([leagueId, 'alex', R1_GF]))?.podium;
    const won = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i === 0 ? tabA : tabB] : []));
    expect(won).toHaveLength(1);
    expect(saved).toEqual(won[0]);
    const refused = outcomes.find((o) => o.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(PickError);
    expect(refused?.status === 'rejected' && (refused.reason as PickError).code).toBe('changed-elsewhere');
    // The history holds whole podiums only.
    const history = await db.pickHistory
      .where('[leagueId+memberId+raceId]')
      .equals([leagueId, 'alex', R1_GF])
      .toArray();
    for (const row of history) expect([start, tabA, tabB]).toContainEqual(row.podium);
  });

  it('saves an edit based on the podium that is stored', async () => {
    const { db, leagueId } = await freshLeague();
    setNow(BEFORE_R1);
    const key = { leagueId, memberId: 'alex', raceId: R1_GF };
    await savePick(db, key, ['jose-serrano', 'pol-urra', 'valerio-gallo'], { basedOn: null });
    await savePick(db, key, ['pol-urra', 'jose-serrano', 'valerio-gallo'], {
      basedOn: ['jose-serrano', 'pol-urra', 'valerio-gallo'],
    });
    expect((await db.picks.get([leagueId, 'alex', R1_GF]))?.podium).toEqual([
      'pol-urra',
      'jose-serrano',
      'valerio-gallo',
    ]);
  });
});
