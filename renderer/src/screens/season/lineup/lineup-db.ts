/**
 * Line-ups into the database: the drivers known across every stored season,
 * and committing a line-up (or a copied entry list) to one season's cup in
 * one transaction, with the season as it was kept for undo.
 */
import type { Cup, Season } from '../../../../../shared/domain/types';
import {
  applyLineup,
  copyEntryList,
  knownDrivers,
  type KnownDriver,
  type LineupChoice,
  type LineupMode,
  type LineupOutcome,
  type LineupProblem,
  type LineupRow,
} from '../../../../../shared/lineup';
import type { PodiumDatabase } from '../../../db/schema';
import { readSeason, writeSeason } from '../../../db/seasons';

/** Every season in the database, whole. */
async function readAllSeasons(db: PodiumDatabase): Promise<Season[]> {
  const ids = await db.seasons.toCollection().primaryKeys();
  const seasons = await Promise.all(ids.map((id) => readSeason(db, id)));
  return seasons.filter((s): s is Season => s !== undefined);
}

/** The drivers of every stored season, one per person. */
export async function readKnownDrivers(db: PodiumDatabase): Promise<KnownDriver[]> {
  return db.transaction('r', [db.seasons, db.rounds, db.races, db.drivers], async () =>
    knownDrivers(await readAllSeasons(db)),
  );
}

export type LineupCommit =
  { ok: true; outcome: LineupOutcome; previous: Season } | { ok: false; problems: LineupProblem[] };

function seasonTables(db: PodiumDatabase) {
  return [db.seasons, db.rounds, db.races, db.drivers, db.picks, db.results, db.leagues];
}

async function storedSeason(db: PodiumDatabase, seasonId: string): Promise<Season> {
  const season = await readSeason(db, seasonId);
  if (!season) throw new Error(`The season ${seasonId} no longer exists.`);
  return season;
}

/**
 * Applies the line-up to the season as stored at commit time (not at preview
 * time) and writes it, all in one transaction. The write is refused (nothing
 * changes) when it would drop an entry that picks or results use.
 */
export async function commitLineup(
  db: PodiumDatabase,
  seasonId: string,
  rows: readonly { row: LineupRow; choice: LineupChoice | null }[],
  mode: LineupMode,
): Promise<LineupCommit> {
  return db.transaction('rw', seasonTables(db), async () => {
    const previous = await storedSeason(db, seasonId);
    const known = knownDrivers(await readAllSeasons(db));
    const applied = applyLineup(previous, rows, known, mode);
    if (!applied.ok) return applied;
    const record = await db.seasons.get(seasonId);
    await writeSeason(db, applied.outcome.season, record?.builtIn === true);
    return { ok: true, outcome: applied.outcome, previous };
  });
}

/** Copies a cup's entry list from another season, in one transaction. */
export async function commitCopiedEntryList(
  db: PodiumDatabase,
  targetId: string,
  sourceId: string,
  cup: Cup,
  mode: LineupMode,
): Promise<{ outcome: LineupOutcome; previous: Season }> {
  return db.transaction('rw', seasonTables(db), async () => {
    const previous = await storedSeason(db, targetId);
    const outcome = copyEntryList(previous, await storedSeason(db, sourceId), cup, mode);
    const record = await db.seasons.get(targetId);
    await writeSeason(db, outcome.season, record?.builtIn === true);
    return { outcome, previous };
  });
}

/**
 * Puts a season back as it was before a line-up commit. Guarded like any
 * write: refused if picks made since name a driver the undo would remove.
 */
export async function undoLineup(db: PodiumDatabase, previous: Season): Promise<void> {
  await db.transaction('rw', seasonTables(db), async () => {
    const record = await db.seasons.get(previous.id);
    await writeSeason(db, previous, record?.builtIn === true);
  });
}
