/**
 * League bundles in and out of the database. Export takes one
 * league whole; import creates or updates it in one transaction: members are
 * added or renamed, picks merged with the slip rule (newest before the lock
 * wins), results replaced by the bundle's (recorded in the import history so
 * they can be undone). A bundle carries its league's season whenever that
 * season differs from the copy built into the app (a season the user added,
 * a pasted line-up, corrected start times), and importing it applies the
 * season through the same safe update as a season file: nothing picks or
 * results use is deleted and no started race moves later.
 */
import {
  bundleSeason,
  LEAGUE_BUNDLE_FORMAT,
  LEAGUE_BUNDLE_VERSION,
  type LeagueBundle,
} from '../../../shared/league';
import { entriesByRace, mergePicks, type MergeOutcome } from '../../../shared/exchange';
import { sha256Hex } from '../../../shared/hash/sha256';
import type { Pick, RaceResult, Season } from '../../../shared/domain/types';
import { getBuiltInSeason, serializeSeasonFile } from '../../../shared/seasons';
import type { SeasonUpdatePlan } from '../../../shared/seasons/update-diff';
import type { PodiumDatabase } from '../db/schema';
import { applySeasonUpdate, planStoredSeasonUpdate, readSeason, writeSeason } from '../db/seasons';
import { allowLockedPickWrites } from '../db/lock-guard';
import { storeResult } from '../db/imports';
import { nowIso } from '../app/clock';
import type { PickRecord } from '../db/records';

/** True when the stored season is exactly the one the app ships (a friend has it already). */
function isShippedAsIs(season: Season, builtIn: boolean): boolean {
  const shipped = builtIn ? getBuiltInSeason(season.id) : undefined;
  return shipped !== undefined && serializeSeasonFile(shipped) === serializeSeasonFile(season);
}

/** Builds the bundle of one league; includes the season unless it is the app's own copy, unchanged. */
export async function buildLeagueBundle(db: PodiumDatabase, leagueId: string): Promise<LeagueBundle> {
  return db.transaction('r', db.tables, async () => {
    const league = await db.leagues.get(leagueId);
    if (!league) throw new Error('This league no longer exists.');
    const seasonRow = await db.seasons.get(league.seasonId);
    const season = await readSeason(db, league.seasonId);
    if (!season || !seasonRow) throw new Error(`The league's season ${league.seasonId} is missing.`);
    const raceIds = season.rounds.flatMap((round) => round.races.map((race) => race.id));
    const [members, picks, results] = await Promise.all([
      db.members.where('leagueId').equals(leagueId).sortBy('createdAt'),
      db.picks.where('leagueId').equals(leagueId).toArray(),
      db.results.bulkGet(raceIds),
    ]);
    return {
      format: LEAGUE_BUNDLE_FORMAT,
      version: LEAGUE_BUNDLE_VERSION,
      league: {
        id: league.id,
        name: league.name,
        seasonId: league.seasonId,
        rules: league.rules,
        createdAt: league.createdAt,
        ...(league.replay ? { replay: true } : {}),
      },
      ...(isShippedAsIs(season, seasonRow.builtIn) ? {} : { season }),
      members: members.map(({ id, name, color }) => (color ? { id, name, color } : { id, name })),
      picks: picks
        .map(({ leagueId: _l, ...pick }) => pick)
        .sort((a, b) => a.raceId.localeCompare(b.raceId) || a.memberId.localeCompare(b.memberId)),
      results: results.filter((r): r is RaceResult => r !== undefined),
    };
  });
}

export interface BundleImportPreview {
  bundle: LeagueBundle;
  season: Season;
  /** True when a league with this id already exists here (the import updates it). */
  existing: boolean;
  /** Replay league after the import: a league already here keeps its own setting. */
  replay: boolean;
  newMembers: string[];
  picks: MergeOutcome;
  /** Races whose stored result the bundle changes (or adds). */
  changedResults: string[];
  /** The bundle carries a season this app does not have yet. */
  addsSeason: boolean;
  /**
   * The bundle carries a newer version of a season this app has (a line-up,
   * moved dates): what it changes. Null when it changes nothing. Applied with
   * the import unless `refused` lists something.
   */
  seasonUpdate: SeasonUpdatePlan | null;
  /** Name or rules that the import changes on the league already here. */
  changes: string[];
}

function sameResult(a: RaceResult | undefined, b: RaceResult): boolean {
  return a !== undefined && JSON.stringify(a.classification) === JSON.stringify(b.classification);
}

function raceStarts(season: Season): Map<string, string> {
  return new Map(
    season.rounds.flatMap((round) => round.races.filter((r) => r.pickable).map((r) => [r.id, r.startsAt])),
  );
}

/** Refuses a bundle that would rewrite an unrelated league that happens to share its id. */
export class BundleConflictError extends Error {
  override readonly name = 'BundleConflictError';
}

/** What the bundle would change; call inside a transaction over every table. */
async function planBundle(db: PodiumDatabase, bundle: LeagueBundle): Promise<BundleImportPreview> {
  const stored = await readSeason(db, bundle.league.seasonId);
  const update = stored && bundle.season ? await planStoredSeasonUpdate(db, bundle.season) : null;
  const seasonUpdate =
    update && (update.changes.length > 0 || update.kept.length > 0 || update.refused.length > 0)
      ? update
      : null;
  // Picks are checked against the season as it will be after the import.
  const updated = seasonUpdate && seasonUpdate.refused.length === 0 ? seasonUpdate.season : null;
  const season = updated ?? stored ?? bundleSeason(bundle);
  if (!season) throw new Error(`The bundle's season ${bundle.league.seasonId} is unknown.`);
  const existing = await db.leagues.get(bundle.league.id);
  if (existing && existing.seasonId !== bundle.league.seasonId) {
    throw new BundleConflictError(
      `This file's league “${bundle.league.name}” plays ${bundle.league.seasonId}, but your league with the same id (“${existing.name}”) plays ${existing.seasonId}. They are different leagues; nothing was imported.`,
    );
  }
  const [members, picks, results] = await Promise.all([
    db.members.where('leagueId').equals(bundle.league.id).toArray(),
    db.picks.where('leagueId').equals(bundle.league.id).toArray(),
    db.results.bulkGet(bundle.results.map((r) => r.raceId)),
  ]);
  const known = new Set(members.map((m) => m.id));
  // A file must not switch the locks off on a league that is here already.
  const replay = existing ? existing.replay === true : bundle.league.replay === true;
  const changes: string[] = [];
  if (existing && existing.name !== bundle.league.name) {
    changes.push(`The league is renamed from “${existing.name}” to “${bundle.league.name}”.`);
  }
  if (existing && JSON.stringify(existing.rules) !== JSON.stringify(bundle.league.rules)) {
    changes.push('The scoring rules change to the ones in the file.');
  }
  return {
    bundle,
    season,
    existing: existing !== undefined,
    replay,
    newMembers: bundle.members.filter((m) => !known.has(m.id)).map((m) => m.name),
    picks: mergePicks(picks, bundle.picks, {
      raceStarts: raceStarts(season),
      entries: entriesByRace(season),
      ignoreLocks: replay,
    }),
    changedResults: bundle.results.filter((r, i) => !sameResult(results[i], r)).map((r) => r.raceId),
    addsSeason: !stored,
    seasonUpdate,
    changes,
  };
}

/** What importing the bundle would change, without changing anything. */
export async function previewLeagueBundle(
  db: PodiumDatabase,
  bundle: LeagueBundle,
): Promise<BundleImportPreview> {
  return db.transaction('r', db.tables, () => planBundle(db, bundle));
}

/**
 * Applies a bundle in one transaction and makes its league the active one.
 * The plan is made again inside the transaction, so picks stored since the
 * preview are merged, never overwritten by older ones.
 */
export async function importLeagueBundle(
  db: PodiumDatabase,
  preview: BundleImportPreview,
  /** The file's bytes (or its text, for a bundle that never was a file). */
  file: Uint8Array | string,
  fileName: string,
): Promise<void> {
  const importedAt = nowIso();
  const sha256 = sha256Hex(file);
  await db.transaction('rw', db.tables, async () => {
    const plan = await planBundle(db, preview.bundle);
    const { bundle, season } = plan;
    // Picks in a bundle were accepted by the merge rule against their race start, not the clock.
    allowLockedPickWrites();
    if (plan.addsSeason) await writeSeason(db, season, false);
    else if (plan.seasonUpdate && plan.seasonUpdate.refused.length === 0 && bundle.season)
      await applySeasonUpdate(db, bundle.season);
    const existing = await db.leagues.get(bundle.league.id);
    await db.leagues.put({
      id: bundle.league.id,
      name: bundle.league.name,
      seasonId: bundle.league.seasonId,
      rules: bundle.league.rules,
      createdAt: existing?.createdAt ?? bundle.league.createdAt ?? importedAt,
      ...(plan.replay ? { replay: true } : {}),
    });
    for (const [index, member] of bundle.members.entries()) {
      const stored = await db.members.get([bundle.league.id, member.id]);
      await db.members.put({
        ...member,
        leagueId: bundle.league.id,
        // Keep the bundle's member order for members new here.
        createdAt: stored?.createdAt ?? new Date(Date.parse(importedAt) + index).toISOString(),
      });
    }
    const toWrite: PickRecord[] = plan.picks.accepted.map((pick: Pick) => ({
      ...pick,
      leagueId: bundle.league.id,
    }));
    await db.picks.bulkPut(toWrite);
    for (const result of bundle.results) {
      if (!plan.changedResults.includes(result.raceId)) continue;
      await storeResult(
        db,
        { ...result, source: result.source ?? { fileName, sha256, importedAt } },
        { fileName, sha256, importedAt, format: 'league-bundle' },
      );
    }
    await db.settings.put({ key: 'activeLeagueId', value: bundle.league.id });
  });
}
