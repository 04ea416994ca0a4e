/**
 * League bundle `*.podium.json` (docs/league-bundle.md): one league with its
 * members, picks and results, exchanged between friends and read by
 * `podium standings` / `podium import`.
 *
 * Read through the shared versioned-file reader (any encoding, 5 MB limit,
 * format and version checked) and the shared row schemas; every problem
 * becomes one readable message with its line, and a bundle from a newer app
 * version is refused rather than half-read.
 */
import * as z from 'zod';
import { fail, type Result } from '../common/result';
import type { Member, Pick, RaceResult, Season } from '../domain/types';
import {
  isPublicKeyHex,
  isSignatureHex,
  PUBLIC_KEY_CHECK,
  SIGNATURE_CHECK,
  type resultRowSchema,
} from '../domain/schemas';
import {
  idSchema,
  memberSchema,
  nameSchema,
  instantSchema,
  pickSchema,
  fileRaceResultSchema,
} from '../domain/schemas';
import {
  problemAt,
  schemaProblems,
  type FileProblem,
  type FileProblemCode,
  type FileProblemParams,
} from '../files/problems';
import { readVersionedFile } from '../files/versioned';
import { normalizeRules, type ScoringRules } from '../scoring/rules';
import { scoringRulesSchema } from '../scoring/rules-schema';
import { BUILT_IN_SEASONS } from '../seasons/built-in';
import { optionalSeasonSchema, toSeason } from '../seasons/schema';
import { rowFromFile } from '../seasons/result-rows';
import { seasonToFileData } from '../seasons/season-file';
import { checkEntryKeys, CUP_NAMES, resultsToFile } from './entry-keys';
import { trustBuiltInSeason } from './trusted-season';
import type { BundleHost } from './host-signature';

export const LEAGUE_BUNDLE_FORMAT = 'podium-league';
export const LEAGUE_BUNDLE_VERSION = 1;

/** The league itself: which season, which rules. */
export interface BundleLeague {
  id: string;
  name: string;
  seasonId: string;
  rules: ScoringRules;
  createdAt?: string;
  /** Replay of a past season: picks count whenever they were made. */
  replay?: boolean;
}

/** A parsed, validated league bundle. */
export interface LeagueBundle {
  format: typeof LEAGUE_BUNDLE_FORMAT;
  version: typeof LEAGUE_BUNDLE_VERSION;
  league: BundleLeague;
  /** The host's signature over the league and its members (see host-signature.ts); absent in older files. */
  host?: BundleHost;
  /** The full season, for seasons the app does not ship. */
  season?: Season;
  members: Member[];
  picks: Pick[];
  results: RaceResult[];
}

export type LeagueBundleResult = Result<LeagueBundle, FileProblem>;

/** The envelope the shared reader checks. */
export const LEAGUE_BUNDLE_FILE = {
  format: LEAGUE_BUNDLE_FORMAT,
  version: LEAGUE_BUNDLE_VERSION,
  noun: 'league file',
} as const;

const bundleSchema = z.object({
  format: z.literal(LEAGUE_BUNDLE_FORMAT),
  version: z.literal(LEAGUE_BUNDLE_VERSION),
  league: z.object({
    id: idSchema,
    name: nameSchema,
    seasonId: idSchema,
    rules: scoringRulesSchema,
    createdAt: instantSchema.optional(),
    replay: z.boolean().optional(),
  }),
  host: z
    .object({
      publicKey: z.string().refine(isPublicKeyHex, PUBLIC_KEY_CHECK),
      signature: z.string().refine(isSignatureHex, SIGNATURE_CHECK),
    })
    .optional(),
  season: optionalSeasonSchema,
  members: z.array(memberSchema),
  picks: z.array(pickSchema).default([]),
  results: z.array(fileRaceResultSchema).default([]),
});

/** Checks between parts of the bundle that a field-by-field schema cannot see. */
function crossCheck(bundle: LeagueBundle, season: Season | undefined, lines: Lines): FileProblem[] {
  const errors: FileProblem[] = [];
  const at = (
    path: (string | number)[],
    code: FileProblemCode,
    message: string,
    params?: FileProblemParams,
  ) => errors.push(problemAt(lines, path, code, message, params));
  const unknown = (path: (string | number)[], what: string, id: string, message: string) =>
    at(path, 'unknown-id', message, { what, id });
  const duplicate = (path: (string | number)[], what: string, id: string, message: string) =>
    at(path, 'duplicate-id', message, { what, id });
  if (!season) {
    unknown(
      ['league', 'seasonId'],
      'season',
      bundle.league.seasonId,
      `unknown season "${bundle.league.seasonId}"; include the full season in the bundle ("season": {…}).`,
    );
    return errors;
  }
  if (bundle.season && bundle.season.id !== bundle.league.seasonId)
    at(
      ['season', 'id'],
      'season-mismatch',
      `"${bundle.season.id}" is not the league's season "${bundle.league.seasonId}".`,
      { found: bundle.season.id, expected: bundle.league.seasonId },
    );
  const memberIds = new Set<string>();
  bundle.members.forEach((m, i) => {
    if (memberIds.has(m.id))
      duplicate(['members', i, 'id'], 'member', m.id, `duplicate member id "${m.id}".`);
    memberIds.add(m.id);
  });
  const races = new Map(season.rounds.flatMap((r) => r.races).map((r) => [r.id, r]));
  bundle.picks.forEach((p, i) => {
    if (!memberIds.has(p.memberId))
      unknown(['picks', i, 'memberId'], 'member', p.memberId, `unknown member "${p.memberId}".`);
    const race = races.get(p.raceId);
    if (!race)
      return unknown(
        ['picks', i, 'raceId'],
        'race',
        p.raceId,
        `unknown race "${p.raceId}" in season "${season.id}".`,
      );
    if (!race.pickable)
      return at(['picks', i, 'raceId'], 'not-open-for-picks', `race "${p.raceId}" is not open for picks.`, {
        race: p.raceId,
      });
    const entries = new Set(season.entryLists[race.cup]);
    p.podium.forEach((entry, k) => {
      if (!entries.has(entry))
        at(
          ['picks', i, 'podium', k],
          'not-on-entry-list',
          `"${entry}" is not on the ${CUP_NAMES[race.cup]} entry list of ${race.id}.`,
          { entry, cup: race.cup, race: race.id },
        );
    });
  });
  const resultRaces = new Set<string>();
  bundle.results.forEach((r, i) => {
    if (!races.has(r.raceId))
      unknown(
        ['results', i, 'raceId'],
        'race',
        r.raceId,
        `unknown race "${r.raceId}" in season "${season.id}".`,
      );
    if (resultRaces.has(r.raceId))
      at(['results', i, 'raceId'], 'second-result', `a second result for "${r.raceId}".`, { race: r.raceId });
    resultRaces.add(r.raceId);
    const positions = new Set<number>();
    const drivers = new Set<string>();
    r.classification.forEach((row, j) => {
      if (positions.has(row.position))
        at(
          ['results', i, 'classification', j, 'position'],
          'duplicate-position',
          `duplicate position ${row.position}.`,
          { position: row.position },
        );
      if (drivers.has(row.driverId))
        at(
          ['results', i, 'classification', j, 'driverId'],
          'classified-twice',
          `"${row.driverId}" is classified twice.`,
          { entry: row.driverId },
        );
      positions.add(row.position);
      drivers.add(row.driverId);
    });
  });
  return errors;
}

/**
 * The season a bundle plays: the built-in one it names (with what its own
 * copy may add, see trustBuiltInSeason), or its own for other seasons.
 */
export function bundleSeason(bundle: LeagueBundle): Season | undefined {
  const builtIn = BUILT_IN_SEASONS.find((s) => s.id === bundle.league.seasonId);
  if (builtIn && bundle.season) return trustBuiltInSeason(builtIn, bundle.season);
  return bundle.season ?? builtIn;
}

type Lines = ReadonlyMap<string, number>;

/**
 * Validates an already-parsed JSON value as a league bundle; `lines` (from
 * the file reader) puts line numbers in the messages.
 */
export function readLeagueBundleData(data: unknown, lines: Lines = new Map()): LeagueBundleResult {
  const parsed = bundleSchema.safeParse(data);
  if (!parsed.success) return fail(...schemaProblems(parsed.error, { lines, data: data }));
  const d = parsed.data;
  const league: BundleLeague = {
    id: d.league.id,
    name: d.league.name,
    seasonId: d.league.seasonId,
    rules: normalizeRules(d.league.rules),
  };
  if (d.league.createdAt !== undefined) league.createdAt = d.league.createdAt;
  if (d.league.replay !== undefined) league.replay = d.league.replay;
  const bundle: LeagueBundle = {
    format: LEAGUE_BUNDLE_FORMAT,
    version: LEAGUE_BUNDLE_VERSION,
    league,
    members: d.members.map((m) => {
      const member: Member = { id: m.id, name: m.name };
      if (m.color !== undefined) member.color = m.color;
      if (m.publicKey !== undefined) member.publicKey = m.publicKey;
      return member;
    }),
    picks: d.picks.map((p) => {
      const pick: Pick = {
        memberId: p.memberId,
        raceId: p.raceId,
        podium: [p.podium[0], p.podium[1], p.podium[2]],
        madeAt: p.madeAt,
      };
      if (p.joker !== undefined) pick.joker = p.joker;
      if (p.sig !== undefined) pick.sig = p.sig;
      return pick;
    }),
    results: d.results.map((r) => {
      const result: RaceResult = {
        raceId: r.raceId,
        classification: r.classification.map((row) => cleanRow(rowFromFile(row))),
      };
      if (r.fastestLap !== undefined) result.fastestLap = r.fastestLap;
      if (r.source !== undefined) result.source = r.source;
      if (r.partial) result.partial = true;
      if (r.storedAt !== undefined) result.storedAt = r.storedAt;
      return result;
    }),
  };
  if (d.host) bundle.host = { publicKey: d.host.publicKey, signature: d.host.signature };
  if (d.season) bundle.season = toSeason(d.season);
  const season = bundleSeason(bundle);
  const errors = crossCheck(bundle, season, lines);
  if (season) {
    checkEntryKeys(d.results, season, (path, code, message) =>
      errors.push(problemAt(lines, path, code, message)),
    );
  }
  return errors.length > 0 ? fail(...errors) : { ok: true, value: bundle };
}

function cleanRow(row: z.output<typeof resultRowSchema>): RaceResult['classification'][number] {
  const out: RaceResult['classification'][number] = {
    position: row.position,
    driverId: row.driverId,
    status: row.status,
  };
  if (row.time !== undefined) out.time = row.time;
  if (row.timeMs !== undefined) out.timeMs = row.timeMs;
  if (row.gapMs !== undefined) out.gapMs = row.gapMs;
  if (row.points !== undefined) out.points = row.points;
  return out;
}

/** Reads a league bundle from the file's bytes (any supported encoding) or text. Never throws. */
export function parseLeagueBundle(input: Uint8Array | string): LeagueBundleResult {
  const file = readVersionedFile(input, LEAGUE_BUNDLE_FILE);
  if (!file.ok) return file;
  return readLeagueBundleData(file.value.data, file.value.lines);
}

/** Writes a league bundle: fixed key order, two-space indent, trailing newline. */
export function serializeLeagueBundle(bundle: LeagueBundle): string {
  const read = readLeagueBundleData(bundleFileData(bundle));
  // A bundle that does not validate is written as given; reading it back reports why.
  const canonical = read.ok ? read.value : bundle;
  const out: Record<string, unknown> = {
    format: LEAGUE_BUNDLE_FORMAT,
    version: LEAGUE_BUNDLE_VERSION,
    league: canonical.league,
  };
  if (canonical.host) out.host = canonical.host;
  const file = bundleFileData(canonical);
  if (file.season) out.season = file.season;
  out.members = canonical.members;
  out.picks = canonical.picks;
  out.results = file.results;
  return JSON.stringify(out, null, 2) + '\n';
}

/** The bundle as files write it: Manufacturers Cup result rows name their entry `teamId`. */
function bundleFileData(bundle: LeagueBundle): Record<string, unknown> {
  return {
    ...bundle,
    ...(bundle.season ? { season: seasonToFileData(bundle.season) } : {}),
    results: resultsToFile(bundle.results, bundleSeason(bundle)),
  };
}
