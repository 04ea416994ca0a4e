import { describe, expect, it } from 'vitest';
import {
  LockedRaceError,
  readPickHistory,
  savePick,
  setJoker,
  undoLastChange,
} from '../../../renderer/src/db/picks';
import { lockMembers, PinError, removePin, setPin, unlockMember } from '../../../renderer/src/db/pins';
import { deleteDraft, readDraft, saveDraft } from '../../../renderer/src/db/drafts';
import { readLeagueData } from '../../../renderer/src/hooks/useLeagueData';
import { revealResults } from '../../../renderer/src/db/reveals';
import { createLeague } from '../../../renderer/src/db/leagues';
import { DEFAULT_RULES } from '../../../shared/scoring';
import type { RaceResult } from '../../../shared/domain/types';
import type { PodiumDatabase } from '../../../renderer/src/db/schema';
import { AFTER_R1, BEFORE_R1, freshLeague, R1_GF, setNow } from './helpers';

const P1: [string, string, string] = ['jose-serrano', 'pol-urra', 'valerio-gallo'];
const P2: [string, string, string] = ['kaj-de-bruin', 'pol-urra', 'valerio-gallo'];
const P3: [string, string, string] = ['kaj-de-bruin', 'takuma-miyazono', 'valerio-gallo'];

/** Stores a R1 Grand Final podium (Kaj de Bruin, Pol Urra, Valerio Gallo), with a source when given. */
async function storeR1Result(db: PodiumDatabase, source?: RaceResult['source']) {
  await db.results.put({
    raceId: R1_GF,
    classification: [
      { position: 1, driverId: 'kaj-de-bruin' },
      { position: 2, driverId: 'pol-urra' },
      { position: 3, driverId: 'valerio-gallo' },
    ],
    ...(source ? { source } : {}),
  } as RaceResult);
}

describe('hot-seat picking on one computer', { timeout: 30_000 }, () => {
  it("keeps a PIN-protected member's picks from everyone else before the lock, in the data layer", async () => {
    const { db, leagueId } = await freshLeague();
    setNow(BEFORE_R1);
    const alex = { leagueId, memberId: 'alex', raceId: R1_GF };
    await setPin(db, leagueId, 'alex', '4711');
    await savePick(db, alex, P1);
    // The computer is passed on: Bea (no PIN) takes over.
    lockMembers(db, leagueId);
    await expect(savePick(db, alex, P2)).rejects.toThrow(PinError);
    await expect(readPickHistory(db, alex)).rejects.toThrow(PinError);
    await expect(undoLastChange(db, alex)).rejects.toThrow(PinError);
    await expect(readDraft(db, alex)).rejects.toThrow(PinError);
    await expect(setPin(db, leagueId, 'alex', '0000')).rejects.toThrow(PinError);
    await expect(removePin(db, leagueId, 'alex')).rejects.toThrow(PinError);
    const seen = (await readLeagueData(db, leagueId))!;
    expect(seen.picks.filter((p) => p.memberId === 'alex')).toEqual([]);
    expect(seen.hiddenPicks).toEqual([{ memberId: 'alex', raceId: R1_GF }]);
    // Bea's own picks stay hers to make.
    await savePick(db, { ...alex, memberId: 'bea' }, P2);

    await expect(unlockMember(db, leagueId, 'alex', '1234')).rejects.toMatchObject({ code: 'wrong-pin' });
    await unlockMember(db, leagueId, 'alex', '4711');
    expect((await readLeagueData(db, leagueId))!.picks.find((p) => p.memberId === 'alex')?.podium).toEqual(
      P1,
    );
    await savePick(db, alex, P2);
    // The stored hash is salted: not the PIN, not its plain SHA-256.
    const stored = (await db.settings.get(`pin:${leagueId}:alex`))!.value as { salt: string; hash: string };
    expect(stored.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(stored)).not.toContain('4711');

    // After the lock everyone sees everything, PIN or not.
    lockMembers(db, leagueId);
    setNow(AFTER_R1);
    expect((await readLeagueData(db, leagueId))!.picks.find((p) => p.memberId === 'alex')?.podium).toEqual(
      P2,
    );
  });

  it('locks a replay race for good once its result is stored', async () => {
    const { db, leagueId } = await freshLeague({ replay: true });
    setNow('2026-01-01T00:00:00Z');
    const key = { leagueId, memberId: 'alex', raceId: R1_GF };
    await savePick(db, key, P1);
    await storeR1Result(db);
    await expect(savePick(db, key, P2)).rejects.toThrow(LockedRaceError);
    await expect(savePick(db, { ...key, memberId: 'bea' }, P2)).rejects.toThrow(LockedRaceError);
    // Under the app: the database refuses the write too.
    await expect(db.picks.put({ ...key, podium: P2, madeAt: '2026-01-01T00:00:00Z' })).rejects.toThrow(
      /locked/,
    );
    expect((await db.picks.get([leagueId, 'alex', R1_GF]))?.podium).toEqual(P1);
  });

  it('blind replay: a built-in result stays hidden and open until every member has picked, then locks', async () => {
    const { db, leagueId } = await freshLeague({ replay: true });
    setNow('2026-01-01T00:00:00Z');
    await storeR1Result(db, {
      fileName: 'Official report (built in)',
      sha256: '',
      importedAt: '2025-12-01T00:00:00.000Z',
    });
    const alex = { leagueId, memberId: 'alex', raceId: R1_GF };
    await savePick(db, alex, P1);
    let data = (await readLeagueData(db, leagueId))!;
    expect(data.results).toEqual([]);
    expect(data.hiddenResults).toEqual([R1_GF]);
    await savePick(db, alex, P2);
    // The last member picks: the result is revealed and the race locks for everyone.
    await savePick(db, { ...alex, memberId: 'bea' }, P3);
    data = (await readLeagueData(db, leagueId))!;
    expect(data.results.map((r) => r.raceId)).toEqual([R1_GF]);
    await expect(savePick(db, alex, P1)).rejects.toThrow(LockedRaceError);
    // Another replay league on the same computer has not seen it.
    const other = await createLeague(db, {
      name: 'Other',
      seasonId: 'gtws-2025',
      rules: DEFAULT_RULES,
      replay: true,
    });
    expect((await readLeagueData(db, other.id))!.results).toEqual([]);
    await revealResults(db, other.id, [R1_GF]);
    expect((await readLeagueData(db, other.id))!.results).toHaveLength(1);
  });

  it('undo restores the exact previous state, joker included, and an undo is never redone', async () => {
    const { db, leagueId } = await freshLeague({ rules: { joker: true } });
    setNow(BEFORE_R1);
    const key = { leagueId, memberId: 'alex', raceId: R1_GF };
    const stored = async () => {
      const pick = await db.picks.get([leagueId, 'alex', R1_GF]);
      return pick ? { podium: pick.podium, joker: pick.joker === true } : null;
    };
    await savePick(db, key, P1);
    await savePick(db, key, P2);
    await setJoker(db, { leagueId, memberId: 'alex', roundId: 'gtws-2025-r1', on: true });
    await savePick(db, key, P3);
    expect(await stored()).toEqual({ podium: P3, joker: true });
    await undoLastChange(db, key);
    expect(await stored()).toEqual({ podium: P2, joker: true });
    // The undo of the joker takes the joker back and keeps the podium.
    await undoLastChange(db, key);
    expect(await stored()).toEqual({ podium: P2, joker: false });
    // Undoing again walks further back instead of redoing.
    await undoLastChange(db, key);
    expect(await stored()).toEqual({ podium: P1, joker: false });
    await undoLastChange(db, key);
    expect(await stored()).toBeNull();
    await expect(undoLastChange(db, key)).rejects.toMatchObject({ code: 'nothing-to-undo' });
    const history = await readPickHistory(db, key);
    expect(history.filter((h) => h.undoOf !== undefined)).toHaveLength(4);
  });

  it('keeps a half-made podium as a draft until the pick is complete', async () => {
    const { db, leagueId } = await freshLeague();
    setNow(BEFORE_R1);
    const key = { leagueId, memberId: 'alex', raceId: R1_GF };
    await saveDraft(db, key, ['jose-serrano', 'pol-urra', null]);
    expect((await readDraft(db, key))?.slots).toEqual(['jose-serrano', 'pol-urra', null]);
    expect(await db.picks.count()).toBe(0);
    await savePick(db, key, P1);
    expect(await readDraft(db, key)).toBeNull();
    await saveDraft(db, key, [null, 'pol-urra', null]);
    await deleteDraft(db, key);
    expect(await readDraft(db, key)).toBeNull();
    await expect(saveDraft(db, key, P1)).rejects.toThrow(/complete/);
  });
});
