import { afterEach, describe, expect, it } from 'vitest';
import { clock } from '../../../renderer/src/app/clock';
import { commitImport, readImportHistory, undoLastImport } from '../../../renderer/src/db/imports';
import type { PodiumDatabase } from '../../../renderer/src/db/schema';
import { importMoves } from '../../../renderer/src/screens/results/standings-diff';
import type { Season } from '../../../shared/domain/types';
import { freshDb, OFFICIAL, PIPE, planOf, previewOf, R1_GF, R1_QUALI, R1_SPRINT } from './helpers';

const podiumOf = async (db: PodiumDatabase, raceId: string) =>
  (await db.results.get(raceId))?.classification
    .filter((row) => row.position <= 3)
    .map((row) => [row.position, row.driverId, row.points]);

async function leagueInput(db: PodiumDatabase, leagueId: string, season: Season) {
  return {
    league: (await db.leagues.get(leagueId))!,
    season,
    members: await db.members.where('leagueId').equals(leagueId).sortBy('createdAt'),
    picks: await db.picks.where('leagueId').equals(leagueId).toArray(),
    results: await db.results.toArray(),
  };
}

describe('commit and undo', () => {
  it('commits every table of the official file with history rows, and undo removes them all', async () => {
    const { db, season } = await freshDb();
    const preview = previewOf(season, OFFICIAL, '2025-r1-london-nations-official.txt');
    expect(preview.tables.map((t) => t.raceId)).toEqual([R1_QUALI, R1_SPRINT, R1_GF]);
    const report = await commitImport(db, planOf(season, preview), '2025-06-08T10:00:00.000Z');

    expect(report.races.map((r) => [r.raceId, r.before])).toEqual([
      [R1_QUALI, null],
      [R1_SPRINT, null],
      [R1_GF, null],
    ]);
    expect(await podiumOf(db, R1_GF)).toEqual([
      [1, 'jose-serrano', 6],
      [2, 'pol-urra', 5],
      [3, 'valerio-gallo', 4],
    ]);
    const gf = (await db.results.get(R1_GF))!;
    expect(gf.classification).toHaveLength(12);
    expect(gf.classification[1]).toMatchObject({ time: '+00.287', gapMs: 287, status: 'finished' });
    expect(gf.fastestLap).toMatchObject({ driverId: 'pol-urra', time: "1'25.634" });
    expect(gf.source).toEqual({
      fileName: '2025-r1-london-nations-official.txt',
      sha256: preview.source.sha256,
      importedAt: '2025-06-08T10:00:00.000Z',
    });
    const history = await readImportHistory(db);
    expect(history.map((h) => [h.raceId, h.rowCount, h.format, h.replaced, h.undoneAt])).toEqual([
      [R1_GF, 12, 'official-text', null, null],
      [R1_SPRINT, 12, 'official-text', null, null],
      [R1_QUALI, 12, 'official-text', null, null],
    ]);

    const undone = await undoLastImport(db, '2025-06-08T11:00:00.000Z');
    expect(undone.map((r) => r.raceId)).toEqual([R1_QUALI, R1_SPRINT, R1_GF]);
    expect(await db.results.count()).toBe(0);
    expect((await readImportHistory(db)).map((h) => h.undoneAt)).toEqual([
      '2025-06-08T11:00:00.000Z',
      '2025-06-08T11:00:00.000Z',
      '2025-06-08T11:00:00.000Z',
    ]);
    // Nothing left to undo.
    expect(await undoLastImport(db, '2025-06-08T12:00:00.000Z')).toEqual([]);
  });

  it('undo of a re-import restores the replaced result exactly', async () => {
    const { db, season } = await freshDb();
    await commitImport(db, planOf(season, previewOf(season, OFFICIAL)), '2025-06-08T10:00:00.000Z');
    const original = await db.results.get(R1_GF);
    await commitImport(db, planOf(season, previewOf(season, PIPE, 'gf.txt')), '2025-06-09T10:00:00.000Z');
    expect((await db.results.get(R1_GF))!.source?.fileName).toBe('gf.txt');

    const undone = await undoLastImport(db, '2025-06-09T11:00:00.000Z');
    expect(undone.map((r) => [r.raceId, r.fileName])).toEqual([[R1_GF, 'gf.txt']]);
    expect(await db.results.get(R1_GF)).toEqual(original);
    // The first import is now the last one: undoing it empties the results.
    await undoLastImport(db, '2025-06-09T12:00:00.000Z');
    expect(await db.results.count()).toBe(0);
  });
});

describe('re-import', () => {
  const realNow = clock.now;
  afterEach(() => {
    clock.now = realNow;
  });

  it('replaces the result and reports who gained and who lost in the league', async () => {
    const { db, season, leagueId } = await freshDb({ league: true });
    const madeAt = '2025-06-01T00:00:00.000Z';
    // The lock guard refuses picks written after the race start.
    clock.now = () => Date.parse(madeAt);
    await db.picks.bulkAdd([
      {
        leagueId: leagueId!,
        memberId: 'alex',
        raceId: R1_GF,
        podium: ['jose-serrano', 'pol-urra', 'valerio-gallo'],
        madeAt,
      },
      {
        leagueId: leagueId!,
        memberId: 'bea',
        raceId: R1_GF,
        podium: ['pol-urra', 'jose-serrano', 'valerio-gallo'],
        madeAt,
      },
    ]);

    clock.now = realNow;
    const first = await commitImport(
      db,
      planOf(season, previewOf(season, PIPE, 'gf.txt')),
      '2025-06-08T10:00:00.000Z',
    );
    const firstMoves = importMoves(await leagueInput(db, leagueId!, season), first.races);
    expect(firstMoves.map((m) => [m.name, m.pointsBefore, m.pointsAfter, m.rankAfter])).toEqual([
      ['Alex', 0, 11, 1],
      ['Bea', 0, 5, 2],
    ]);

    // A corrected file: Urra won, Serrano second.
    const corrected = PIPE.replace('1 | Spain Jose Serrano', '1 | Spain POL_X')
      .replace('2 | Spain Pol Urra', '2 | Spain Jose Serrano')
      .replace('1 | Spain POL_X', '1 | Spain Pol Urra');
    const second = await commitImport(
      db,
      planOf(season, previewOf(season, corrected, 'gf-corrected.txt')),
      '2025-06-09T10:00:00.000Z',
    );
    expect(second.races[0]!.before?.source?.fileName).toBe('gf.txt');
    expect(await podiumOf(db, R1_GF)).toEqual([
      [1, 'pol-urra', 6],
      [2, 'jose-serrano', 5],
      [3, 'valerio-gallo', 4],
    ]);
    expect(await db.results.count()).toBe(1);
    const history = await readImportHistory(db);
    expect(history[0]!.replaced?.source?.fileName).toBe('gf.txt');

    const moves = importMoves(await leagueInput(db, leagueId!, season), second.races);
    expect(moves.map((m) => [m.name, m.rankBefore, m.rankAfter, m.pointsChange])).toEqual([
      ['Bea', 2, 1, 6],
      ['Alex', 1, 2, -6],
    ]);
  });
});
