import { describe, expect, it } from 'vitest';
import {
  clearPick,
  LockedRaceError,
  PickError,
  readJokerRound,
  readPickHistory,
  savePick,
  setJoker,
  undoLastChange,
} from '../../../renderer/src/db/picks';
import { AFTER_R1, BEFORE_R1, freshLeague, R1_GF, R2_GF, setNow } from './helpers';

const podium = (a: string, b: string, c: string): [string, string, string] => [a, b, c];

describe('picks data layer', { timeout: 20_000 }, () => {
  it('saves a pick, replaces it on change and keeps both changes in the history', async () => {
    const { db, leagueId } = await freshLeague();
    const key = { leagueId, memberId: 'alex', raceId: R1_GF };
    setNow(BEFORE_R1);
    await savePick(db, key, podium('jose-serrano', 'pol-urra', 'valerio-gallo'));
    setNow('2025-06-02T08:00:00Z');
    const changed = await savePick(db, key, podium('pol-urra', 'jose-serrano', 'valerio-gallo'));
    expect(changed.madeAt).toBe('2025-06-02T08:00:00.000Z');
    expect((await db.picks.get([leagueId, 'alex', R1_GF]))?.podium).toEqual([
      'pol-urra',
      'jose-serrano',
      'valerio-gallo',
    ]);
    const history = await readPickHistory(db, key);
    expect(history.map((h) => [h.previous, h.podium])).toEqual([
      [
        ['jose-serrano', 'pol-urra', 'valerio-gallo'],
        ['pol-urra', 'jose-serrano', 'valerio-gallo'],
      ],
      [null, ['jose-serrano', 'pol-urra', 'valerio-gallo']],
    ]);
    // Saving the same podium again is not a change.
    await savePick(db, key, podium('pol-urra', 'jose-serrano', 'valerio-gallo'));
    expect(await readPickHistory(db, key)).toHaveLength(2);
  });

  it('refuses a driver twice and drivers outside the entry list', async () => {
    const { db, leagueId } = await freshLeague();
    setNow(BEFORE_R1);
    const key = { leagueId, memberId: 'alex', raceId: R1_GF };
    await expect(savePick(db, key, podium('jose-serrano', 'jose-serrano', 'pol-urra'))).rejects.toThrow(
      PickError,
    );
    // Coque López raced in 2024, not in 2025.
    await expect(savePick(db, key, podium('coque-lopez', 'jose-serrano', 'pol-urra'))).rejects.toThrow(
      /not on the entry list/,
    );
    await expect(
      savePick(db, { ...key, raceId: 'gtws-2025-r1-nations-sprint' }, podium('a', 'b', 'c')),
    ).rejects.toThrow(/pays no points/);
    expect(await db.picks.count()).toBe(0);
  });

  it('refuses changes after the lock through the data layer and through a direct put', async () => {
    const { db, leagueId } = await freshLeague();
    const key = { leagueId, memberId: 'alex', raceId: R1_GF };
    setNow(BEFORE_R1);
    const saved = await savePick(db, key, podium('jose-serrano', 'pol-urra', 'valerio-gallo'));
    setNow(AFTER_R1);
    await expect(savePick(db, key, podium('pol-urra', 'jose-serrano', 'valerio-gallo'))).rejects.toThrow(
      LockedRaceError,
    );
    await expect(clearPick(db, key)).rejects.toThrow(LockedRaceError);
    await expect(undoLastChange(db, key)).rejects.toThrow(LockedRaceError);
    // Bypassing the app: the database itself refuses.
    await expect(
      db.picks.put({ ...saved, podium: ['kaj-de-bruin', 'pol-urra', 'valerio-gallo'], madeAt: AFTER_R1 }),
    ).rejects.toThrow(/locked/);
    await expect(
      db.picks.add({
        ...key,
        memberId: 'bea',
        podium: ['kaj-de-bruin', 'pol-urra', 'valerio-gallo'],
        madeAt: BEFORE_R1,
      }),
    ).rejects.toThrow(LockedRaceError);
    await expect(
      db.transaction('rw', db.picks, () => db.picks.update([leagueId, 'alex', R1_GF], { joker: true })),
    ).rejects.toThrow(/locked/);
    expect((await db.picks.get([leagueId, 'alex', R1_GF]))?.podium).toEqual(saved.podium);
    expect(await db.picks.count()).toBe(1);
    // A race that has not started is still open.
    await savePick(db, { ...key, raceId: R2_GF }, podium('jose-serrano', 'pol-urra', 'valerio-gallo'));
  });

  it('ignores locks in replay leagues', async () => {
    const { db, leagueId } = await freshLeague({ replay: true });
    setNow('2026-01-01T00:00:00Z');
    const key = { leagueId, memberId: 'alex', raceId: R1_GF };
    await savePick(db, key, podium('jose-serrano', 'pol-urra', 'valerio-gallo'));
    await db.picks.put({
      ...key,
      podium: ['pol-urra', 'jose-serrano', 'valerio-gallo'],
      madeAt: '2026-01-01T00:00:00Z',
    });
    expect(await db.picks.count()).toBe(1);
  });

  it('undoes the last change before the lock, recording the undo', async () => {
    const { db, leagueId } = await freshLeague();
    const key = { leagueId, memberId: 'alex', raceId: R1_GF };
    setNow(BEFORE_R1);
    await savePick(db, key, podium('jose-serrano', 'pol-urra', 'valerio-gallo'));
    await savePick(db, key, podium('kaj-de-bruin', 'pol-urra', 'valerio-gallo'));
    const restored = await undoLastChange(db, key);
    expect(restored?.podium).toEqual(['jose-serrano', 'pol-urra', 'valerio-gallo']);
    expect(await readPickHistory(db, key)).toHaveLength(3);
    await clearPick(db, key);
    expect(await db.picks.get([leagueId, 'alex', R1_GF])).toBeUndefined();
    await undoLastChange(db, key);
    expect((await db.picks.get([leagueId, 'alex', R1_GF]))?.podium).toEqual([
      'jose-serrano',
      'pol-urra',
      'valerio-gallo',
    ]);
  });

  it('plays one joker per season, moves it until the round locks, and new picks of the round inherit it', async () => {
    const { db, leagueId } = await freshLeague({ rules: { joker: true } });
    setNow(BEFORE_R1);
    const alex = { leagueId, memberId: 'alex' };
    await expect(setJoker(db, { ...alex, roundId: 'gtws-2025-r1', on: true })).rejects.toThrow(
      /at least one/,
    );
    await savePick(db, { ...alex, raceId: R1_GF }, podium('jose-serrano', 'pol-urra', 'valerio-gallo'));
    await savePick(db, { ...alex, raceId: R2_GF }, podium('jose-serrano', 'pol-urra', 'valerio-gallo'));
    await setJoker(db, { ...alex, roundId: 'gtws-2025-r1', on: true });
    expect(await readJokerRound(db, leagueId, 'alex')).toBe('gtws-2025-r1');
    await setJoker(db, { ...alex, roundId: 'gtws-2025-r2', on: true });
    expect(await readJokerRound(db, leagueId, 'alex')).toBe('gtws-2025-r2');
    expect((await db.picks.get([leagueId, 'alex', R1_GF]))?.joker).toBeUndefined();
    // Changing the podium keeps the joker.
    await savePick(db, { ...alex, raceId: R2_GF }, podium('pol-urra', 'jose-serrano', 'valerio-gallo'));
    expect((await db.picks.get([leagueId, 'alex', R2_GF]))?.joker).toBe(true);
    await setJoker(db, { ...alex, roundId: 'gtws-2025-r1', on: true });
    // R1 has started: the joker on R1 can no longer move to R2 or be taken back.
    setNow(AFTER_R1);
    await expect(setJoker(db, { ...alex, roundId: 'gtws-2025-r2', on: true })).rejects.toThrow(/cannot move/);
    await expect(setJoker(db, { ...alex, roundId: 'gtws-2025-r1', on: false })).rejects.toThrow(
      /cannot move/,
    );
    expect(await readJokerRound(db, leagueId, 'alex')).toBe('gtws-2025-r1');
  });

  it('refuses the joker when the rules do not have one', async () => {
    const { db, leagueId } = await freshLeague();
    setNow(BEFORE_R1);
    await savePick(
      db,
      { leagueId, memberId: 'alex', raceId: R1_GF },
      podium('jose-serrano', 'pol-urra', 'valerio-gallo'),
    );
    await expect(
      setJoker(db, { leagueId, memberId: 'alex', roundId: 'gtws-2025-r1', on: true }),
    ).rejects.toThrow(/no joker/);
  });
});
