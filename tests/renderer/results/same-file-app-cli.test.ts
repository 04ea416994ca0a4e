/**
 * One file, one pipeline: the app (the Results screen's parse job and its
 * import history) and the CLI (`podium parse`, `podium import`, run in
 * process) read the same bytes into the same text and the same hash.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { podium } from '../../cli/in-process';
import { commitImport, readImportHistory } from '../../../renderer/src/db/imports';
import { decodeFile } from '../../../renderer/src/platform/text-file';
import { parseJob } from '../../../renderer/src/screens/results/parse-job';
import { createPreview } from '../../../renderer/src/screens/results/preview-model';
import type { Season } from '../../../shared/domain/types';
import { toContractJson } from '../../../shared/results';
import { getBuiltInSeason } from '../../../shared/seasons';
import { freshDb, planOf, R1_GF } from './helpers';

const DIR = 'tests/fixtures/results/encodings';
const LEAGUE = 'tests/fixtures/leagues/london-friends.podium.json';
const FIXTURES = [
  ['london-official.utf8-bom.txt', 'utf-8'],
  ['london-official.utf16le.txt', 'utf-16le'],
  ['london-official.cp1252.txt', 'windows-1252'],
] as const;

describe.each(FIXTURES)('%s', (name, encoding) => {
  const bytes = new Uint8Array(readFileSync(`${DIR}/${name}`));
  const season = getBuiltInSeason('gtws-2025')!;
  const expectedHash = createHash('sha256').update(bytes).digest('hex');
  /** The Results screen's parse job on this file, with `onSeason` chosen. */
  const parseInApp = (onSeason: Season) =>
    parseJob({
      bytes,
      fileName: name,
      seasons: [onSeason],
      fallbackSeasonId: onSeason.id,
      seasonId: onSeason.id,
    });

  it('decodes to the same text in the app’s pickers and the parser, accents intact', () => {
    const picked = decodeFile({ name, bytes });
    expect(picked.ok && picked.value.encoding).toBe(encoding);
    expect(picked.ok && picked.value.text).toBe(
      readFileSync(`${DIR}/london-official.utf8-bom.txt`, 'utf8').replace(/^\uFEFF/, ''),
    );
    const app = parseInApp(season);
    expect(app.plan.outcome.encoding).toBe(encoding);
    expect(app.plan.outcome.races.at(-1)!.rows[0]!.driver).toBe('José Serrano');
  });

  it('gives the same parse and the same hash in the app and in the CLI', async () => {
    const app = parseInApp(season);
    expect(app.sha256).toBe(expectedHash);

    const parse = await podium('parse', `${DIR}/${name}`, '--season', 'gtws-2025', '--json');
    expect(JSON.parse(parse.stdout)).toEqual(
      toContractJson(
        app.plan.outcome,
        app.plan.tables.map((t) => t.detection),
      ),
    );

    const league = path.join(mkdtempSync(path.join(tmpdir(), 'podium-same-file-')), 'league.podium.json');
    copyFileSync(LEAGUE, league);
    expect((await podium('import', league, `${DIR}/${name}`, '--race', R1_GF)).code).toBe(0);
    const bundle = JSON.parse(readFileSync(league, 'utf8'));
    const result = bundle.results.find((r: { raceId: string }) => r.raceId === R1_GF);
    expect(result.source.sha256).toBe(expectedHash);
  });

  it('records the file’s real encoding and byte hash in the import history', async () => {
    const { db, season: stored } = await freshDb();
    const app = parseInApp(stored);
    const preview = createPreview(
      stored,
      { fileName: name, bytes, sha256: app.sha256 },
      app.plan,
      'gtws-2025-r1',
    );
    await commitImport(db, planOf(stored, preview), '2025-06-08T10:00:00.000Z');
    const history = await readImportHistory(db);
    expect(history.map((row) => [row.encoding, row.sha256])).toEqual(
      history.map(() => [encoding, expectedHash]),
    );
    expect(history.length).toBeGreaterThan(0);
  });
});
