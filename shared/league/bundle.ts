/**
 * League bundle `*.podium.json` (DESIGN.md §7, docs/league-bundle.md): one
 * league with its members, picks and results, exchanged between friends and
 * read by `podium standings` / `podium import`.
 *
 * Read with a schema: unknown keys are dropped (so `__proto__`/`constructor`
 * keys never reach a prototype), every problem becomes one readable message,
 * and a bundle from a newer app version is refused rather than half-read.
 */
import { z } from 'zod';
import type { Member, Pick, RaceResult, Season } from '../domain/types';
import { scoringRulesSchema, normalizeRules, type ScoringRules } from '../scoring/rules';
import { BUILT_IN_SEASONS } from '../seasons/built-in';
import { formatIssues, parseJsonText } from '../seasons/issues';
import { seasonSchema, toSeason } from '../seasons/schema';
import { idSchema, nameSchema } from '../domain/names';
import { trustBuiltInSeason } from './trusted-season';
import { isZonedInstant } from '../scoring/time';

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
  /** The full season, for seasons the app does not ship. */
  season?: Season;
  members: Member[];
  picks: Pick[];
  results: RaceResult[];
}

export type LeagueBundleResult = { ok: true; bundle: LeagueBundle } | { ok: false; errors: string[] };

// Ids become file names and URL parts; names are shown everywhere: both are checked or cleaned on read.
const id = idSchema;
const name = nameSchema(200);
const instant = z
  .string()
  .refine(isZonedInstant, 'must be an ISO date-time with its zone, like "2025-06-01T10:00:00Z"');

const memberSchema = z.object({
  id,
  name,
  color: z.string().max(100).optional(),
});

const pickSchema = z.object({
  memberId: id,
  raceId: id,
  podium: z
    .tuple([id, id, id])
    .refine(([a, b, c]) => a !== b && a !== c && b !== c, 'must name three different entries'),
  madeAt: instant,
  joker: z.boolean().optional(),
});

const rowSchema = z.object({
  position: z.number().int().positive(),
  driverId: id,
  status: z.enum(['finished', 'dnf', 'dsq', 'dns']).default('finished'),
  time: z.string().nullable().optional(),
  timeMs: z.number().nullable().optional(),
  gapMs: z.number().nullable().optional(),
  points: z.number().nullable().optional(),
});

const resultSchema = z.object({
  raceId: id,
  classification: z.array(rowSchema),
  fastestLap: z
    .object({ driverId: id.nullable(), driver: z.string(), time: z.string(), timeMs: z.number().nullable() })
    .nullable()
    .optional(),
  source: z
    .object({ fileName: z.string(), sha256: z.string(), importedAt: z.string() })
    .nullable()
    .optional(),
});

const bundleSchema = z.object({
  format: z.literal(LEAGUE_BUNDLE_FORMAT),
  version: z.literal(LEAGUE_BUNDLE_VERSION),
  league: z.object({
    id,
    name,
    seasonId: id,
    rules: scoringRulesSchema,
    createdAt: z.string().optional(),
    replay: z.boolean().optional(),
  }),
  season: seasonSchema.optional(),
  members: z.array(memberSchema),
  picks: z.array(pickSchema).default([]),
  results: z.array(resultSchema).default([]),
});

/** Checks between parts of the bundle that a field-by-field schema cannot see. */
function crossCheck(bundle: LeagueBundle, season: Season | undefined): string[] {
  const errors: string[] = [];
  if (!season) {
    errors.push(
      `league.seasonId: unknown season "${bundle.league.seasonId}"; include the full season in the bundle ("season": {…}).`,
    );
    return errors;
  }
  if (bundle.season && bundle.season.id !== bundle.league.seasonId)
    errors.push(`season.id: "${bundle.season.id}" is not the league's season "${bundle.league.seasonId}".`);
  const memberIds = new Set<string>();
  bundle.members.forEach((m, i) => {
    if (memberIds.has(m.id)) errors.push(`members[${i}].id: duplicate member id "${m.id}".`);
    memberIds.add(m.id);
  });
  const races = new Map(season.rounds.flatMap((r) => r.races).map((r) => [r.id, r]));
  bundle.picks.forEach((p, i) => {
    if (!memberIds.has(p.memberId)) errors.push(`picks[${i}].memberId: unknown member "${p.memberId}".`);
    const race = races.get(p.raceId);
    if (!race) errors.push(`picks[${i}].raceId: unknown race "${p.raceId}" in season "${season.id}".`);
    else if (!race.pickable) errors.push(`picks[${i}].raceId: race "${p.raceId}" is not open for picks.`);
  });
  const resultRaces = new Set<string>();
  bundle.results.forEach((r, i) => {
    if (!races.has(r.raceId))
      errors.push(`results[${i}].raceId: unknown race "${r.raceId}" in season "${season.id}".`);
    if (resultRaces.has(r.raceId)) errors.push(`results[${i}].raceId: a second result for "${r.raceId}".`);
    resultRaces.add(r.raceId);
    const positions = new Set<number>();
    const drivers = new Set<string>();
    r.classification.forEach((row, j) => {
      if (positions.has(row.position))
        errors.push(`results[${i}].classification[${j}].position: duplicate position ${row.position}.`);
      if (drivers.has(row.driverId))
        errors.push(`results[${i}].classification[${j}].driverId: "${row.driverId}" is classified twice.`);
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

/** Validates an already-parsed JSON value as a league bundle. */
export function readLeagueBundleData(data: unknown): LeagueBundleResult {
  const head = z.object({ format: z.unknown(), version: z.unknown() }).safeParse(data);
  if (!head.success || head.data.format !== LEAGUE_BUNDLE_FORMAT)
    return {
      ok: false,
      errors: [`This is not a Podium League file (expected "format": "${LEAGUE_BUNDLE_FORMAT}").`],
    };
  const version = head.data.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > LEAGUE_BUNDLE_VERSION)
    return {
      ok: false,
      errors: [
        `This league file was made by a newer version of Podium League (format version ${version}); this app reads version ${LEAGUE_BUNDLE_VERSION}.`,
      ],
    };
  if (version !== LEAGUE_BUNDLE_VERSION)
    return {
      ok: false,
      errors: [
        `version: unsupported league file version ${JSON.stringify(version)}; this app reads version 1.`,
      ],
    };

  const parsed = bundleSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error) };
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
    members: d.members.map((m) =>
      m.color === undefined ? { id: m.id, name: m.name } : { id: m.id, name: m.name, color: m.color },
    ),
    picks: d.picks.map((p) => {
      const pick: Pick = {
        memberId: p.memberId,
        raceId: p.raceId,
        podium: [p.podium[0], p.podium[1], p.podium[2]],
        madeAt: p.madeAt,
      };
      if (p.joker !== undefined) pick.joker = p.joker;
      return pick;
    }),
    results: d.results.map((r) => {
      const result: RaceResult = { raceId: r.raceId, classification: r.classification.map(cleanRow) };
      if (r.fastestLap !== undefined) result.fastestLap = r.fastestLap;
      if (r.source !== undefined) result.source = r.source;
      return result;
    }),
  };
  if (d.season) bundle.season = toSeason(d.season);
  const errors = crossCheck(bundle, bundleSeason(bundle));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, bundle };
}

function cleanRow(row: z.output<typeof rowSchema>): RaceResult['classification'][number] {
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

/** Reads a league bundle from its text. Never throws. */
export function parseLeagueBundle(text: string): LeagueBundleResult {
  const json = parseJsonText(text, 'league file');
  if (!json.ok) return json;
  return readLeagueBundleData(json.value);
}

/** Writes a league bundle: fixed key order, two-space indent, trailing newline. */
export function serializeLeagueBundle(bundle: LeagueBundle): string {
  const read = readLeagueBundleData(bundle);
  // A bundle that does not validate is written as given; reading it back reports why.
  const canonical = read.ok ? read.bundle : bundle;
  const out: Record<string, unknown> = {
    format: LEAGUE_BUNDLE_FORMAT,
    version: LEAGUE_BUNDLE_VERSION,
    league: canonical.league,
  };
  if (canonical.season) out.season = canonical.season;
  out.members = canonical.members;
  out.picks = canonical.picks;
  out.results = canonical.results;
  return JSON.stringify(out, null, 2) + '\n';
}
