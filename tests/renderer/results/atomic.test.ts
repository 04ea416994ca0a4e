import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitImport, ImportError, type ImportPlan } from '../../../renderer/src/db/imports';
import { dumpDatabase } from '../../../renderer/src/db/dump';
import { evaluate, withRowChoice } from '../../../renderer/src/screens/results/preview-model';
import { freshDb, OFFICIAL, PIPE, planOf, previewOf, R1_GF } from './helpers';

const BROKEN = [
  'Grand Final',
  'Rank Country / Driver Time Points',
  "1 Spain Jose Serrano 44'25.829 6",
  '1 Spain Pol Urra +00.287 5',
  '4 Italy Valerio Gallo +06.668 4',
  'this line is not a row at all',
].join('\n');

/** A database with something in it: the official file imported once. */
async function populated() {
  const fresh = await freshDb({ league: true });
  await commitImport(
    fresh.db,
    planOf(fresh.season, previewOf(fresh.season, OFFICIAL)),
    '2025-06-08T10:00:00.000Z',
  );
  return fresh;
}

/** The official file with a driver nobody knows, resolved by adding him to the entry list. */
function planWithNewDriver(season: Parameters<typeof previewOf>[0]): ImportPlan {
  const text = OFFICIAL.replace('Samuel Cardinal +37.512', 'Jorge Serrano +37.512');
  let preview = previewOf(season, text, 'corrected.txt');
  const sprint = preview.outcome.races[1]!;
  const row = sprint.rows.find((r) => r.driver === 'Jorge Serrano')!;
  preview = withRowChoice(preview, 1, row.line, { type: 'add' });
  return planOf(season, preview);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a failing import leaves the database exactly as it was', () => {
  it('a broken file is refused in the preview and a forced commit of bad data writes nothing', async () => {
    const { db, season } = await populated();
    const before = await dumpDatabase(db);

    const preview = previewOf(season, BROKEN, 'broken.txt');
    const { plan, blockers, issues } = evaluate(preview, season);
    expect(plan).toBeNull();
    expect(blockers.map((b) => b.code)).toContain('file-errors');
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.line)).toEqual(
      expect.arrayContaining([4]),
    );

    // Plans that bypass the preview are checked inside the transaction too.
    const good = planOf(season, previewOf(season, PIPE));
    const stranger = structuredClone(good);
    stranger.results[0]!.classification[11]!.driverId = 'nobody-known';
    await expect(commitImport(db, stranger, '2025-06-09T00:00:00.000Z')).rejects.toThrow(
      /not on the nations entry list/,
    );
    const elsewhere = structuredClone(good);
    elsewhere.results[0]!.raceId = 'gtws-2024-wf-nations-gf';
    await expect(commitImport(db, elsewhere, '2025-06-09T00:00:00.000Z')).rejects.toThrow(ImportError);
    await expect(commitImport(db, { ...good, results: [] }, '2025-06-09T00:00:00.000Z')).rejects.toThrow(
      ImportError,
    );

    expect(await dumpDatabase(db)).toEqual(before);
  });

  it.each([
    ['the second history row', 'imports', 'add', 2],
    ['the third result', 'results', 'put', 3],
    ['the new driver', 'drivers', 'add', 1],
  ] as const)(
    'a failure injected at %s rolls back every write of the commit',
    async (_what, table, method, nth) => {
      const { db, season } = await populated();
      const plan = planWithNewDriver(season);
      expect(plan.results).toHaveLength(3);
      expect(plan.newEntries.map((e) => e.driver.id)).toEqual(['jorge-serrano']);
      const before = await dumpDatabase(db);

      const target = db[table] as unknown as Record<string, (...args: unknown[]) => unknown>;
      const original = target[method]!.bind(target);
      let calls = 0;
      vi.spyOn(target, method).mockImplementation((...args: unknown[]) => {
        calls++;
        if (calls === nth) throw new Error('disk full (injected)');
        return original(...args);
      });

      await expect(commitImport(db, plan, '2025-06-09T00:00:00.000Z')).rejects.toThrow(
        'disk full (injected)',
      );
      expect(calls).toBe(nth);
      vi.restoreAllMocks();
      expect(await dumpDatabase(db)).toEqual(before);

      // The same plan without the fault commits whole.
      await commitImport(db, plan, '2025-06-09T00:00:00.000Z');
      expect((await db.results.get(R1_GF))!.source?.fileName).toBe('corrected.txt');
      expect((await db.seasons.get('gtws-2025'))!.entryLists.nations).toContain('jorge-serrano');
      expect(await db.drivers.get(['gtws-2025', 'jorge-serrano'])).toMatchObject({
        name: 'Jorge Serrano',
        country: 'CA',
      });
    },
  );
});
