/**
 * Schema of a season as stored in files. The same schema reads
 * the embedded GTWS seasons, user season files and the `season` of a league
 * bundle, so there is one definition of a valid season.
 *
 * Unknown keys are stripped by zod (objects are rebuilt, never merged), so a
 * `__proto__` or `constructor` key in a file cannot reach the prototype chain.
 */
import * as z from 'zod';
import type { ScheduleStatus, SessionKind } from '../domain/types';
import { checkSeason } from './season-checks';

/**
 * Builds the season schema. Called once, on the first season read: building
 * it costs more than most reads, and the app's start and `podium standings` on
 * a league of a built-in season never read one.
 */
function buildSeasonSchema() {
  const slug = z.string().refine((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id), {
    message: 'must be a lower-case slug like "jose-serrano" (a-z, 0-9, single dashes)',
    params: { check: 'slug' },
  });

  const isoDate = z.iso.date();
  const utcInstant = z.iso.datetime({ message: 'must be a UTC ISO date-time like "2025-06-07T15:00:00Z"' });

  const scheduleStatus = z.enum(['cancelled', 'tba'] satisfies ScheduleStatus[]);

  /** Report URLs (http or https); at least one, so every shipped fact can be checked. */
  const sourceSchema = z.object({ urls: z.array(z.url({ protocol: /^https?$/ })).min(1) });

  /**
   * A Nations Cup row names its driver (`driverId`), a Manufacturers Cup row its
   * team (`teamId`); a `teamId` on a Nations Cup race is refused.
   */
  const resultRowSchema = z
    .object({
      position: z.number().int().positive(),
      driverId: slug.optional(),
      teamId: slug.optional(),
      status: z.enum(['finished', 'dnf', 'dsq', 'dns']).default('finished'),
    })
    .refine((row) => (row.driverId === undefined) !== (row.teamId === undefined), {
      message: 'must name either "driverId" (Nations Cup) or "teamId" (Manufacturers Cup)',
      params: { check: 'driver-or-team' },
    });

  const officialResultSchema = z.object({
    raceId: slug,
    classification: z.array(resultRowSchema).min(1),
    partial: z.boolean().optional(),
    source: sourceSchema,
  });

  const standingsSchema = z.object({
    roundId: slug,
    cup: z.enum(['nations', 'manufacturers']),
    rows: z
      .array(
        z.object({
          entryId: slug,
          rank: z.number().int().positive().optional(),
          points: z.number().nonnegative().optional(),
        }),
      )
      .min(1),
    complete: z.boolean(),
    note: z.string().min(1).optional(),
    source: sourceSchema,
  });

  const championSchema = z.object({
    cup: z.enum(['nations', 'manufacturers']),
    entryId: slug,
    source: sourceSchema,
  });

  const raceSchema = z.object({
    id: slug,
    /** Optional in files: implied by the enclosing round. */
    roundId: slug.optional(),
    cup: z.enum(['nations', 'manufacturers']),
    session: z.enum(['quali', 'sprint', 'race1', 'race2', 'race3', 'gf'] satisfies SessionKind[]),
    name: z.string().min(1),
    /** Empty when not known yet. */
    track: z.string(),
    car: z.string(),
    laps: z.number().int().positive().nullable(),
    startsAt: utcInstant,
    startsAtEstimate: z.boolean().optional(),
    pointsTable: z.array(z.number().int().nonnegative()).max(100),
    /** Optional in files: defaults to "pays points"; always false when cancelled or to be announced. */
    pickable: z.boolean().optional(),
    status: scheduleStatus.optional(),
  });

  const roundSchema = z.object({
    id: slug,
    seasonId: slug.optional(),
    number: z.number().int().positive(),
    name: z.string().min(1),
    venue: z.string(),
    city: z.string(),
    /** Optional only for a round to be announced. */
    date: isoDate.optional(),
    endDate: isoDate.optional(),
    timeZone: z.string().min(1),
    status: scheduleStatus.optional(),
    races: z.array(raceSchema),
  });

  const driverSchema = z.object({
    id: slug,
    name: z.string().min(1),
    /** Empty when no source states it. */
    country: z.string().refine((code) => /^(?:[A-Z]{2})?$/.test(code), {
      message: 'must be an ISO 3166-1 alpha-2 code in upper case, like "ES" (or "" when not known)',
      params: { check: 'country-code' },
    }),
    psnIds: z.array(z.string().min(1)).default([]),
    aliases: z.array(z.string().min(1)).default([]),
  });

  const teamSchema = z.object({
    id: slug,
    name: z.string().min(1),
    driverIds: z.array(slug),
    lineUps: z.array(z.object({ roundId: slug, driverIds: z.array(slug) })).optional(),
  });

  return (
    z
      .object({
        id: slug,
        name: z.string().min(1),
        year: z.number().int().min(1990).max(2200),
        rounds: z.array(roundSchema),
        drivers: z.array(driverSchema),
        teams: z.array(teamSchema).default([]),
        entryLists: z
          .object({
            nations: z.array(slug).default([]),
            manufacturers: z.array(slug).default([]),
            pending: z.array(z.enum(['nations', 'manufacturers'])).optional(),
          })
          .default({ nations: [], manufacturers: [] }),
        results: z.array(officialResultSchema).optional(),
        standings: z.array(standingsSchema).optional(),
        champions: z.array(championSchema).optional(),
      })
      // Cross-references a field-by-field schema cannot see (see season-checks.ts), as coded issues.
      .superRefine((season, ctx) =>
        checkSeason(season, (path, message, code, params = {}) =>
          ctx.addIssue({ code: 'custom', path, message, params: { ...params, problem: code } }),
        ),
      )
  );
}

/** A season as written in a file; {@link toSeason} fills implied fields. */
export const seasonSchema = z.lazy(buildSeasonSchema);

/**
 * An optional season inside another file (a league file's `season`), read
 * with {@link seasonSchema}, which is built only when the file holds a
 * season: an object schema asks each field whether it may be absent, and a
 * plain `seasonSchema.optional()` would build the season schema to answer.
 * Problems keep their codes and params and get the field's path.
 */
export const optionalSeasonSchema = z
  .unknown()
  .transform((value, ctx) => {
    const season = seasonSchema.safeParse(value);
    if (season.success) return season.data;
    // A finished issue is a raw one with its message filled in; zod keeps that message.
    ctx.issues.push(...(season.error.issues as z.core.$ZodRawIssue[]));
    return z.NEVER;
  })
  .optional();

export type SeasonInput = z.input<typeof seasonSchema>;

// Kept apart (no zod at run time) so the shipped seasons load without building the schemas.
export { toSeason } from './to-season';
