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
 *
 * Trust: the league's name, rules and members change only through a file
 * signed by the league's host (every change is listed, applied or refused);
 * picks are merged with the receipt rule and the members' signatures (see
 * shared/exchange/merge.ts); results are shared by every league on the
 * season, so a result change that would move another league's standings is
 * applied only when the user says so.
 */
import {
  bundleSeason,
  readLeagueBundleData,
  LEAGUE_BUNDLE_FORMAT,
  LEAGUE_BUNDLE_VERSION,
  type LeagueBundle,
} from '../../../shared/league';
import { entriesByRace, mergePicks, type MergeOutcome } from '../../../shared/exchange';
import {
  hostSignatureValid,
  listLeagueChanges,
  signLeague,
  type ListedChange,
} from '../../../shared/league/host-signature';
import {
  addLatePicks,
  ensureHostKey,
  ensureMemberKey,
  markJoined,
  ownMemberKeys,
  pinHostKey,
  pinnedHostKey,
  signatureContext,
  signForExport,
} from './trust-store';
import { sha256Hex } from '../../../shared/hash/sha256';
import type { Pick, RaceResult, Season } from '../../../shared/domain/types';
import { getBuiltInSeason, serializeSeasonFile } from '../../../shared/seasons';
import type { SeasonUpdatePlan } from '../../../shared/seasons/update-diff';
import type { PodiumDatabase } from '../db/schema';
import { applySeasonUpdate, planStoredSeasonUpdate, readSeason, writeSeason } from '../db/seasons';
import { allowLockedPickWrites } from '../db/lock-guard';
import { leagueView } from '../db/league-view';
import { storeResult } from '../db/imports';
import { clock, nowIso } from '../app/clock';
import type { PickRecord } from '../db/records';

/** True when the stored season is exactly the one the app ships (a friend has it already). */
function isShippedAsIs(season: Season, builtIn: boolean): boolean {
  const shipped = builtIn ? getBuiltInSeason(season.id) : undefined;
  return shipped !== undefined && serializeSeasonFile(shipped) === serializeSeasonFile(season);
}

/** Builds the bundle of one league; includes the season unless it is the app's own copy, unchanged. */
export async function buildLeagueBundle(db: PodiumDatabase, leagueId: string): Promise<LeagueBundle> {
  return db.transaction('rw', db.tables, async () => {
    const league = await db.leagues.get(leagueId);
    if (!league) throw new Error('This league no longer exists.');
    const seasonRow = await db.seasons.get(league.seasonId);
    const season = await readSeason(db, league.seasonId);
    if (!season || !seasonRow) throw new Error(`The league's season ${league.seasonId} is missing.`);
    const raceIds = season.rounds.flatMap((round) => round.races.map((race) => race.id));
    const picks = await db.picks.where('leagueId').equals(leagueId).toArray();
    // Members with picks made here get their key now (their first signed export).
    const pickedHere = new Set(picks.filter((p) => p.receivedAt === undefined).map((p) => p.memberId));
    for (const memberId of pickedHere) await ensureMemberKey(db, leagueId, memberId);
    const hostKey = await ensureHostKey(db, leagueId);
    const [members, results, own] = await Promise.all([
      db.members.where('leagueId').equals(leagueId).sortBy('createdAt'),
      db.results.bulkGet(raceIds),
      ownMemberKeys(db, leagueId),
    ]);
    // What this computer may share: a PIN-protected member's open picks stay here unless that
    // member is the one unlocked, and a replay league shares the results it has seen.
    const seen = await leagueView(db, league, season, picks, results);
    const bundle: LeagueBundle = {
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
      members: members.map(({ id, name, color, publicKey }) => ({
        id,
        name,
        ...(color ? { color } : {}),
        ...(publicKey ? { publicKey } : {}),
      })),
      picks: signForExport(leagueId, seen.picks, own).sort(
        (a, b) => a.raceId.localeCompare(b.raceId) || a.memberId.localeCompare(b.memberId),
      ),
      // A replay league shares the results it has seen, stamped when it saw them (its replay cut-off).
      results: seen.results,
    };
    // Signed over the league as a reader will see it (rules normalised), so the signature checks there.
    const read = readLeagueBundleData(bundle);
    const canonical = read.ok ? read.value : bundle;
    return hostKey ? { ...bundle, host: signLeague(canonical, hostKey) } : bundle;
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
  /**
   * Every league-level change the file makes to the league here (name, rules,
   * members, keys), each applied only when the file is signed by the league's host.
   */
  changes: ListedChange[];
  /** The file carries a valid signature by the league's host (or, when joining, by any host). */
  hostSigned: boolean;
  /**
   * Other leagues on this computer whose standings the file's result changes
   * would move (results are kept per race, shared by every league of a
   * season). When not empty the results are applied only with consent.
   */
  otherLeagues: { id: string; name: string; raceIds: string[] }[];
}

/** How to apply a previewed bundle. */
export interface BundleImportChoice {
  /** Apply the result changes although they move other leagues' standings (see otherLeagues). */
  applyResults: boolean;
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
  const [members, picks, results, hostKey] = await Promise.all([
    db.members.where('leagueId').equals(bundle.league.id).toArray(),
    db.picks.where('leagueId').equals(bundle.league.id).toArray(),
    db.results.bulkGet(bundle.results.map((r) => r.raceId)),
    pinnedHostKey(db, bundle.league.id),
  ]);
  // A file must not switch the locks off on a league that is here already.
  const replay = existing ? existing.replay === true : bundle.league.replay === true;
  const changes = existing
    ? listLeagueChanges({ league: { ...existing, ...(hostKey ? { hostKey } : {}) }, members }, bundle)
    : [];
  const applied = (kind: ListedChange['kind'], memberId?: string) =>
    !existing ||
    changes.some(
      (c) =>
        c.kind === kind &&
        c.applied &&
        (memberId === undefined || ('memberId' in c && c.memberId === memberId)),
    );
  // Keys the import pins: every key of a joined file, and new keys of a host-signed update.
  const newKeys = new Map(
    bundle.members.flatMap((m) =>
      m.publicKey && applied('member-key', m.id) ? [[m.id, m.publicKey] as const] : [],
    ),
  );
  const changedResults = bundle.results.filter((r, i) => !sameResult(results[i], r)).map((r) => r.raceId);
  const storedAt = new Map(results.flatMap((r) => (r?.storedAt ? [[r.raceId, r.storedAt] as const] : [])));
  return {
    bundle,
    season,
    existing: existing !== undefined,
    replay,
    newMembers: bundle.members
      .filter((m) => !members.some((here) => here.id === m.id) && applied('member-added', m.id))
      .map((m) => m.name),
    picks: mergePicks(picks, bundle.picks, {
      raceStarts: raceStarts(season),
      entries: entriesByRace(season),
      ignoreLocks: replay,
      // Joining takes the host's file as it is: there is nothing here to protect yet.
      ...(existing ? { receivedAt: clock.now() } : {}),
      resultStoredAt: storedAt,
      members: new Set([
        ...members.map((m) => m.id),
        ...bundle.members.filter((m) => applied('member-added', m.id)).map((m) => m.id),
      ]),
      signatures: await signatureContext(db, bundle.league.id, newKeys),
    }),
    changedResults,
    addsSeason: !stored,
    seasonUpdate,
    changes,
    hostSigned: hostSignatureValid(bundle, existing ? hostKey : undefined),
    otherLeagues: await leaguesMovedBy(db, bundle.league.id, changedResults),
  };
}

/** Leagues other than `leagueId` with a pick on one of the races: their standings move with those results. */
async function leaguesMovedBy(db: PodiumDatabase, leagueId: string, raceIds: readonly string[]) {
  if (raceIds.length === 0) return [];
  const wanted = new Set(raceIds);
  const moved: BundleImportPreview['otherLeagues'] = [];
  for (const league of await db.leagues.toArray()) {
    if (league.id === leagueId) continue;
    const picks = await db.picks.where('leagueId').equals(league.id).toArray();
    const hit = [...new Set(picks.filter((p) => wanted.has(p.raceId)).map((p) => p.raceId))].sort();
    if (hit.length) moved.push({ id: league.id, name: league.name, raceIds: hit });
  }
  return moved;
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
  choice: BundleImportChoice = { applyResults: false },
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
    const applies = (kind: ListedChange['kind'], memberId?: string) =>
      !existing ||
      plan.changes.some(
        (c) =>
          c.kind === kind &&
          c.applied &&
          (memberId === undefined || ('memberId' in c && c.memberId === memberId)),
      );
    await db.leagues.put({
      id: bundle.league.id,
      name: applies('league-name') ? bundle.league.name : existing!.name,
      seasonId: bundle.league.seasonId,
      rules: applies('rule') ? bundle.league.rules : existing!.rules,
      createdAt: existing?.createdAt ?? bundle.league.createdAt ?? importedAt,
      ...(plan.replay ? { replay: true } : {}),
    });
    if (!existing) await markJoined(db, bundle.league.id);
    if (bundle.host && (!existing ? hostSignatureValid(bundle) : applies('host-key')))
      await pinHostKey(db, bundle.league.id, bundle.host.publicKey);
    for (const [index, member] of bundle.members.entries()) {
      const stored = await db.members.get([bundle.league.id, member.id]);
      if (!stored && !applies('member-added', member.id)) continue;
      const name = !stored || applies('member-name', member.id) ? member.name : stored.name;
      const publicKey =
        stored?.publicKey ??
        (member.publicKey && applies('member-key', member.id) ? member.publicKey : undefined);
      const color = stored && !applies('member-name', member.id) ? stored.color : member.color;
      await db.members.put({
        id: member.id,
        name,
        ...(color ? { color } : {}),
        ...(publicKey ? { publicKey } : {}),
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
    await addLatePicks(db, bundle.league.id, plan.picks.late, 'league-file');
    const resultsAllowed = plan.otherLeagues.length === 0 || choice.applyResults;
    for (const result of bundle.results) {
      if (!resultsAllowed || !plan.changedResults.includes(result.raceId)) continue;
      await storeResult(
        db,
        { ...result, source: result.source ?? { fileName, sha256, importedAt } },
        { fileName, sha256, importedAt, format: 'league-bundle' },
      );
    }
    await db.settings.put({ key: 'activeLeagueId', value: bundle.league.id });
  });
}
