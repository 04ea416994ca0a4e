import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { i18n } from '../../../renderer/src/i18n/setup';
import { blockerText } from '../../../renderer/src/screens/results/blocker-words';
import {
  defaultRoundId,
  evaluate,
  withRound,
  withTable,
} from '../../../renderer/src/screens/results/preview-model';
import { freshDb, OFFICIAL, PIPE, previewOf, R1_GF, R1_QUALI, R1_SPRINT } from './helpers';

let t: TFunction;
beforeAll(async () => {
  await i18n.loadNamespaces('results');
  t = i18n.getFixedT('en');
});
const words = (blockers: Parameters<typeof blockerText>[1][]) => blockers.map((b) => blockerText(t, b));

describe('preview rules', () => {
  it('an error inside a skipped table no longer blocks; the other tables still import', async () => {
    const { season } = await freshDb();
    // Break the qualifying table only: position 3 twice.
    const text = OFFICIAL.replace("3 Brazil Adriano Carrazza 1'25.361", "2 Brazil Adriano Carrazza 1'25.361");
    let preview = previewOf(season, text);
    let result = evaluate(preview, season);
    expect(result.plan).toBeNull();
    expect(result.blockers).toEqual([{ code: 'file-errors', count: 2, lines: [12, 13] }]);
    expect(words(result.blockers)).toEqual([
      '2 errors in the file (lines 12, 13) must be fixed, or the table skipped.',
    ]);
    expect(result.rowSeverity.get(12)).toBe('error');

    preview = withTable(preview, 0, { skipped: true });
    result = evaluate(preview, season);
    expect(result.blockers).toEqual([]);
    expect(result.plan!.results.map((r) => r.raceId)).toEqual([R1_SPRINT, R1_GF]);
    expect(result.issues.find((i) => i.line === 12)?.state).toBe('skipped');
  });

  it('two tables on one race, or a table without a race, block with a reason', async () => {
    const { season } = await freshDb();
    let preview = previewOf(season, OFFICIAL);
    preview = withTable(preview, 1, { raceId: R1_GF, manual: true });
    expect(words(evaluate(preview, season).blockers)).toEqual([
      'table 2 “Sprint Race” (line 28) and table 3 “Grand Final” (line 49) are both assigned to Grand Final.',
    ]);
    preview = withTable(preview, 1, { raceId: '', manual: true });
    expect(words(evaluate(preview, season).blockers)).toEqual([
      'Choose a race for table 2 “Sprint Race” (line 28), or skip it.',
    ]);
  });

  it('changing the round moves tables that were not assigned by hand, by session, never onto a race whose track disagrees', async () => {
    const { season } = await freshDb();
    let preview = previewOf(season, OFFICIAL);
    expect(preview.tables.map((t) => t.raceId)).toEqual([R1_QUALI, R1_SPRINT, R1_GF]);
    preview = withTable(preview, 0, { raceId: R1_QUALI, manual: true });
    // Berlin's sprint is Monza (12 laps) and its final the Red Bull Ring: London's tables fit neither.
    expect(withRound(preview, season, 'gtws-2025-r2').tables.map((t) => t.raceId)).toEqual([
      R1_QUALI,
      '',
      '',
    ]);

    const untitled = OFFICIAL.replace(/^(Car|Track):.*$/gm, '').replace(/^Gran Turismo.*$/m, 'Results');
    preview = withTable(previewOf(season, untitled), 0, { raceId: R1_QUALI, manual: true });
    preview = withRound(preview, season, 'gtws-2025-r2');
    expect(preview.tables.map((t) => t.raceId)).toEqual([
      R1_QUALI,
      'gtws-2025-r2-nations-sprint',
      'gtws-2025-r2-nations-gf',
    ]);
  });

  it('a lone London Grand Final table opens on London even when Berlin is the round awaiting a result', async () => {
    const { season } = await freshDb();
    const lone = OFFICIAL.slice(OFFICIAL.indexOf('Grand Final\n'));
    const preview = previewOf(season, lone, 'gf.txt', 'gtws-2025-r2');
    expect(preview.roundId).toBe('gtws-2025-r1');
    expect(preview.tables.map((t) => t.raceId)).toEqual([R1_GF]);
    // Without track and laps nothing says which Grand Final it is: no race is preselected.
    const bare = lone.replace(/^(Car|Track):.*$/gm, '');
    expect(previewOf(season, bare, 'gf.txt', 'gtws-2025-r2').tables.map((t) => t.raceId)).toEqual(['']);
  });

  it('says which stored results an import replaces, with when and how many rows', async () => {
    const { season } = await freshDb();
    const preview = previewOf(season, PIPE);
    const stored = new Map([
      [
        R1_GF,
        {
          raceId: R1_GF,
          classification: [{ position: 1, driverId: 'jose-serrano', status: 'finished' as const }],
          source: { fileName: 'podium.txt', sha256: 'x', importedAt: '2025-06-08T10:00:00.000Z' },
        },
      ],
    ]);
    expect(evaluate(preview, season, stored).replacements).toEqual([
      {
        raceId: R1_GF,
        importedAt: '2025-06-08T10:00:00.000Z',
        fileName: 'podium.txt',
        beforeRows: 1,
        afterRows: 12,
      },
    ]);
    expect(evaluate(preview, season).replacements).toEqual([]);
  });

  it('points that disagree with the race are warnings that do not block', async () => {
    const { season } = await freshDb();
    const preview = previewOf(season, PIPE.replace('| +06.668 | 4 |', '| +06.668 | 9 |'));
    const { plan, issues } = evaluate(preview, season);
    expect(plan).not.toBeNull();
    expect(issues.filter((i) => i.severity === 'warning').map((i) => i.message)).toEqual([
      'P3 Valerio Gallo is listed with 9 points, but the Grand Final pays 4.',
    ]);
  });

  it('defaults to the earliest started round still missing a result', async () => {
    const { season } = await freshDb();
    const afterR2 = Date.parse('2025-09-21T12:00:00Z');
    expect(defaultRoundId(season, new Set(), afterR2)).toBe('gtws-2025-r1');
    // London's Manufacturers Cup race waits for its result too.
    expect(defaultRoundId(season, new Set([R1_GF]), afterR2)).toBe('gtws-2025-r1');
    expect(defaultRoundId(season, new Set([R1_GF, 'gtws-2025-r1-manufacturers-gf']), afterR2)).toBe(
      'gtws-2025-r2',
    );
  });
});
