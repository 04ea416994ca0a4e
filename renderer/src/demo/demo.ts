/**
 * Creating and removing the demo leagues. Exported for the Home screen's
 * first-run offer and for other screens' tests, which need a league with
 * content: `await createDemoLeagues(db)`.
 */
import { sha256Hex, utf8Bytes } from '../../../shared/hash/sha256';
import { parseResultsBytes, toRaceResult } from '../../../shared/results';
import type { RaceResult } from '../../../shared/domain/types';
import { nowIso } from '../app/clock';
import { seedBuiltInSeasons } from '../app/boot';
import { readSeason } from '../db/seasons';
import { storeResult } from '../db/imports';
import type { LeagueRecord } from '../db/records';
import type { PodiumDatabase } from '../db/schema';
import { deleteLeague } from '../db/leagues';
import { revealResults } from '../db/reveals';
import { DEMO_LEAGUES, DEMO_MEMBERS, DEMO_RESULT_FILE, DEMO_RULES } from './demo-data';
import demoResultText from './2025-r1-london-nations-official.txt?raw';

/** The round the demo is about: loading it opens the Round screen there. */
export const DEMO_ROUND_ID = 'gtws-2025-r1';

/** Marks the demo's own result imports, so removing the demo leaves the user's imports alone. */
export const DEMO_SOURCE_NAME = `${DEMO_RESULT_FILE} (demo)`;

/** The official 2025 R1 London tables as stored results (qualifying, sprint and Grand Final). */
export async function demoResults(db: PodiumDatabase): Promise<RaceResult[]> {
  const season = await readSeason(db, 'gtws-2025');
  if (!season) return [];
  // The bundled file goes through the same byte pipeline and hash as a file the user imports.
  const bytes = utf8Bytes(demoResultText);
  const outcome = parseResultsBytes(bytes, { season });
  const source = {
    fileName: DEMO_SOURCE_NAME,
    sha256: sha256Hex(bytes),
    importedAt: nowIso(),
  };
  const results: RaceResult[] = [];
  for (const race of outcome.races) {
    if (!race.suggestedRaceId) continue;
    const converted = toRaceResult(race, race.suggestedRaceId, { source });
    if (converted.ok) results.push(converted.result);
  }
  return results;
}

/**
 * Creates the demo leagues (idempotent: an existing demo is kept as it is),
 * makes the 2025 one active and returns the league ids. Results the user
 * already imported are never replaced.
 */
export async function createDemoLeagues(db: PodiumDatabase): Promise<string[]> {
  await seedBuiltInSeasons(db);
  const results = await demoResults(db);
  const ids = DEMO_LEAGUES.map((l) => l.id);
  await db.transaction(
    'rw',
    [db.leagues, db.members, db.picks, db.pickHistory, db.results, db.imports, db.settings, db.races],
    async () => {
      const createdAt = nowIso();
      for (const demo of DEMO_LEAGUES) {
        if (await db.leagues.get(demo.id)) continue;
        const league: LeagueRecord = {
          id: demo.id,
          name: demo.name,
          seasonId: demo.seasonId,
          rules: DEMO_RULES,
          createdAt,
          replay: true,
        };
        await db.leagues.add(league);
        await db.members.bulkAdd(
          DEMO_MEMBERS.map((m, i) => ({ ...m, leagueId: demo.id, createdAt: `2024-01-01T00:00:0${i}.000Z` })),
        );
        await db.picks.bulkAdd(demo.picks.map((p) => ({ ...p, leagueId: demo.id })));
        await db.pickHistory.bulkAdd(
          demo.picks.map((p) => ({
            leagueId: demo.id,
            memberId: p.memberId,
            raceId: p.raceId,
            podium: p.podium,
            previous: null,
            joker: p.joker === true,
            changedAt: p.madeAt,
          })),
        );
      }
      for (const result of results) {
        if (await db.results.get(result.raceId)) continue;
        await storeResult(db, result, {
          fileName: DEMO_SOURCE_NAME,
          sha256: result.source?.sha256 ?? '',
          importedAt: result.source?.importedAt ?? createdAt,
          format: 'official-text',
          encoding: 'utf-8',
        });
      }
      // The demo replays what it is about after the fact: those results are revealed to its
      // leagues; the season's other races stay open, their results hidden until picked.
      for (const demo of DEMO_LEAGUES) {
        const raceIds = new Set(await db.races.where('seasonId').equals(demo.seasonId).primaryKeys());
        const about = [...demo.picks.map((p) => p.raceId), ...results.map((r) => r.raceId)];
        await revealResults(db, demo.id, [...new Set(about.filter((id) => raceIds.has(id)))]);
      }
      await db.settings.bulkPut([
        { key: 'demoLeagueIds', value: ids },
        { key: 'demoOffered', value: true },
        { key: 'activeLeagueId', value: ids[0] },
        { key: 'activeMemberId', value: DEMO_MEMBERS[0].id },
      ]);
    },
  );
  return ids;
}

/** Removes the demo leagues and the results the demo imported (not results the user imported). */
export async function removeDemo(db: PodiumDatabase): Promise<void> {
  const ids = ((await db.settings.get('demoLeagueIds'))?.value as string[] | undefined) ?? [];
  for (const id of ids) await deleteLeague(db, id);
  await db.transaction('rw', [db.results, db.imports, db.settings], async () => {
    await db.results.filter((r) => r.source?.fileName === DEMO_SOURCE_NAME).delete();
    await db.imports.filter((i) => i.fileName === DEMO_SOURCE_NAME).delete();
    await db.settings.put({ key: 'demoLeagueIds', value: [] });
  });
}
