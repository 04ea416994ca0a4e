import { describe, expect, it } from 'vitest';
import {
  commitLineup,
  readKnownDrivers,
  undoLineup,
} from '../../../../renderer/src/screens/season/lineup/lineup-db';
import { readSeason, SeasonRewriteError } from '../../../../renderer/src/db/seasons';
import { savePick } from '../../../../renderer/src/db/picks';
import { dumpDatabase } from '../../../../renderer/src/db/dump';
import { defaultChoice, matchLineup, parseLineup } from '../../../../shared/lineup';
import { freshLeague, setNow } from '../../picks/helpers';

const BEFORE_BERLIN = '2025-07-01T12:00:00Z';
const R2_GF = 'gtws-2025-r2-nations-gf';

async function rowsFor(db: Parameters<typeof readKnownDrivers>[0], text: string) {
  const rows = matchLineup(parseLineup(text), await readKnownDrivers(db));
  return rows.map((row) => ({ row, choice: defaultChoice(row) }));
}

describe('committing a line-up', () => {
  it('knows the drivers of every stored season, one per person', async () => {
    const { db } = await freshLeague();
    const known = await readKnownDrivers(db);
    expect(known.find((d) => d.id === 'coque-lopez')?.seasonIds).toEqual(['gtws-2024']);
    expect(known.find((d) => d.id === 'jose-serrano')?.seasonIds).toEqual(['gtws-2024', 'gtws-2025']);
  });

  it('refuses to drop an entry a pick names, changing nothing', async () => {
    setNow(BEFORE_BERLIN);
    const { db, leagueId } = await freshLeague();
    await savePick(db, { leagueId, memberId: 'alex', raceId: R2_GF }, [
      'pol-urra',
      'jose-serrano',
      'valerio-gallo',
    ]);
    const before = await dumpDatabase(db);
    const rows = await rowsFor(db, 'Jose Serrano\nValerio Gallo\nCoque Lopez');
    const error = await commitLineup(db, 'gtws-2025', rows, 'replace').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeasonRewriteError);
    expect((error as SeasonRewriteError).problems).toEqual([
      { code: 'used-entry-kept', cup: 'nations', entryId: 'pol-urra' },
    ]);
    expect(await dumpDatabase(db)).toEqual(before);
    // Adding to the list is fine, and brings Coque López over from 2024.
    const added = await commitLineup(db, 'gtws-2025', rows, 'add');
    expect(added.ok && added.outcome.addedDrivers).toEqual(['coque-lopez']);
    expect((await readSeason(db, 'gtws-2025'))!.entryLists.nations).toContain('coque-lopez');
  });

  it('undoes a line-up, unless a pick made since names a driver it added', async () => {
    setNow(BEFORE_BERLIN);
    const { db, leagueId } = await freshLeague();
    const rows = await rowsFor(db, 'Coque Lopez');
    const done = await commitLineup(db, 'gtws-2025', rows, 'add');
    if (!done.ok) throw new Error('refused');
    await savePick(db, { leagueId, memberId: 'alex', raceId: R2_GF }, [
      'coque-lopez',
      'jose-serrano',
      'pol-urra',
    ]);
    await expect(undoLineup(db, done.previous)).rejects.toBeInstanceOf(SeasonRewriteError);
    await db.picks.clear();
    await undoLineup(db, done.previous);
    expect(await readSeason(db, 'gtws-2025')).toEqual(done.previous);
    // A season written back by undo is still the app's own.
    expect((await db.seasons.get('gtws-2025'))?.builtIn).toBe(true);
  });
});
