import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { raceTitle } from '../../components/CupBadge';
import { changedMoves, diffStandings, gradeLeague, type StandingsMove } from '../../../../shared/scoring';
import { db } from '../../db';
import type { ImportRecord } from '../../db/records';
import type { LeagueStandings } from '../../hooks/useStandings';

export interface Correction {
  raceId: string;
  raceName: string;
  fileName: string;
  importedAt: string;
  /** Members whose rank or points changed, in the order of the current table. */
  moves: StandingsMove[];
}

/** The newest import of this season that replaced an existing result and was not undone. */
export async function readLatestCorrection(raceIds: string[]): Promise<ImportRecord | null> {
  const imports = await db.imports.where('raceId').anyOf(raceIds).toArray();
  let latest: ImportRecord | null = null;
  for (const record of imports) {
    if (record.replaced === null || record.undoneAt) continue;
    if (!latest || (record.seq ?? 0) > (latest.seq ?? 0)) latest = record;
  }
  return latest;
}

/**
 * The standings diff of the last re-imported result: the table with the
 * replaced result put back against the current one.
 */
export function useLatestCorrection(ls: LeagueStandings): Correction | null {
  const { t } = useTranslation('leaderboard');
  const { compiled, data, standings } = ls;
  const raceIds = useMemo(() => compiled.races.map((race) => race.id), [compiled]);
  const record = useLiveQuery(() => readLatestCorrection(raceIds), [raceIds]);
  return useMemo(() => {
    // A result deleted since (e.g. an undo) leaves nothing to compare against.
    if (!record?.replaced || !data.results.some((result) => result.raceId === record.raceId)) return null;
    const replaced = record.replaced;
    const before = gradeLeague(
      compiled,
      data.results.map((result) => (result.raceId === record.raceId ? replaced : result)),
      standings.rules,
    );
    const r = compiled.raceIndex.get(record.raceId);
    const race = r === undefined ? undefined : compiled.races[r];
    const round = ls.rounds.find((column) => column.id === race?.roundId);
    return {
      raceId: record.raceId,
      raceName: race ? `${round?.name ?? race.roundId} ${raceTitle(t, race)}` : record.raceId,
      fileName: record.fileName,
      importedAt: record.importedAt,
      moves: changedMoves(diffStandings(before, standings)),
    };
  }, [record, compiled, data.results, standings, ls.rounds, t]);
}
