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
import { raceId } from '../domain/ids';
import type { FileProblemCode } from '../files/problems';

const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be a lower-case slug like "jose-serrano" (a-z, 0-9, single dashes)',
  );

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
  country: z
    .string()
    .regex(
      /^(?:[A-Z]{2})?$/,
      'must be an ISO 3166-1 alpha-2 code in upper case, like "ES" (or "" when not known)',
    ),
  psnIds: z.array(z.string().min(1)).default([]),
  aliases: z.array(z.string().min(1)).default([]),
});

const teamSchema = z.object({
  id: slug,
  name: z.string().min(1),
  driverIds: z.array(slug),
  lineUps: z.array(z.object({ roundId: slug, driverIds: z.array(slug) })).optional(),
});

/** A season as written in a file; {@link toSeason} fills implied fields. */
export const seasonSchema = z
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
  .superRefine((season, ctx) => {
    // Each check names its file problem code (shared/files/problems.ts) and params; the message is its English.
    const problem = (
      path: (string | number)[],
      message: string,
      code: FileProblemCode,
      params: Record<string, string | number> = {},
    ) => ctx.addIssue({ code: 'custom', path, message, params: { ...params, problem: code } });
    const seen = new Set<string>();
    const unique = (key: string, id: string, path: (string | number)[], what: string) => {
      if (seen.has(key)) problem(path, `duplicate ${what} id "${id}"`, 'duplicate-id', { what, id });
      seen.add(key);
    };
    const driverIds = new Set(season.drivers.map((d) => d.id));
    const teamIds = new Set(season.teams.map((t) => t.id));
    season.drivers.forEach((d, i) => unique(`driver:${d.id}`, d.id, ['drivers', i, 'id'], 'driver'));
    season.teams.forEach((t, i) => {
      unique(`team:${t.id}`, t.id, ['teams', i, 'id'], 'team');
      t.driverIds.forEach((id, j) => {
        if (!driverIds.has(id))
          problem(['teams', i, 'driverIds', j], `unknown driver "${id}"`, 'unknown-id', {
            what: 'driver',
            id,
          });
      });
      const lineUpRounds = new Set<string>();
      t.lineUps?.forEach((lineUp, j) => {
        if (!season.rounds.some((round) => round.id === lineUp.roundId))
          problem(['teams', i, 'lineUps', j, 'roundId'], `unknown round "${lineUp.roundId}"`, 'unknown-id', {
            what: 'round',
            id: lineUp.roundId,
          });
        if (lineUpRounds.has(lineUp.roundId))
          problem(
            ['teams', i, 'lineUps', j, 'roundId'],
            `second line-up for round "${lineUp.roundId}"`,
            'second-line-up',
            { round: lineUp.roundId },
          );
        lineUpRounds.add(lineUp.roundId);
        lineUp.driverIds.forEach((id, k) => {
          if (!t.driverIds.includes(id))
            problem(
              ['teams', i, 'lineUps', j, 'driverIds', k],
              `"${id}" is not one of the team's drivers`,
              'not-team-driver',
              { entry: id },
            );
        });
      });
    });
    season.entryLists.nations.forEach((id, i) => {
      if (!driverIds.has(id))
        problem(['entryLists', 'nations', i], `unknown driver "${id}"`, 'unknown-id', { what: 'driver', id });
    });
    season.entryLists.manufacturers.forEach((id, i) => {
      if (!teamIds.has(id))
        problem(['entryLists', 'manufacturers', i], `unknown team "${id}"`, 'unknown-id', {
          what: 'team',
          id,
        });
    });
    const numbers = new Set<number>();
    season.rounds.forEach((round, r) => {
      unique(`round:${round.id}`, round.id, ['rounds', r, 'id'], 'round');
      if (numbers.has(round.number))
        problem(['rounds', r, 'number'], `duplicate round number ${round.number}`, 'duplicate-round-number', {
          number: round.number,
        });
      numbers.add(round.number);
      if (round.seasonId !== undefined && round.seasonId !== season.id)
        problem(['rounds', r, 'seasonId'], `must be the season id "${season.id}"`, 'must-be', {
          expected: season.id,
        });
      if (round.date === undefined && round.status !== 'tba')
        problem(
          ['rounds', r, 'date'],
          'is required unless the round is to be announced ("status": "tba")',
          'date-required',
        );
      if (round.endDate !== undefined && (round.date === undefined || round.endDate < round.date))
        problem(['rounds', r, 'endDate'], 'must not be before date', 'end-before-date');
      round.races.forEach((race, k) => {
        const expected = raceId(round.id, race.cup, race.session);
        if (race.id !== expected)
          problem(
            ['rounds', r, 'races', k, 'id'],
            `must be "${expected}" (<round>-<cup>-<session>)`,
            'must-be',
            {
              expected,
            },
          );
        unique(`race:${race.id}`, race.id, ['rounds', r, 'races', k, 'id'], 'race');
        if (race.roundId !== undefined && race.roundId !== round.id)
          problem(['rounds', r, 'races', k, 'roundId'], `must be the round id "${round.id}"`, 'must-be', {
            expected: round.id,
          });
      });
    });
    const raceCup = new Map(
      season.rounds.flatMap((round) => round.races.map((race) => [race.id, race.cup] as const)),
    );
    const roundIds = new Set(season.rounds.map((round) => round.id));
    const entryKnown = (cup: 'nations' | 'manufacturers', id: string) =>
      cup === 'nations' ? driverIds.has(id) : teamIds.has(id);
    const resultRaces = new Set<string>();
    season.results?.forEach((result, i) => {
      const cup = raceCup.get(result.raceId);
      if (cup === undefined)
        problem(['results', i, 'raceId'], `unknown race "${result.raceId}"`, 'unknown-id', {
          what: 'race',
          id: result.raceId,
        });
      if (resultRaces.has(result.raceId))
        problem(['results', i, 'raceId'], `second result for race "${result.raceId}"`, 'second-result', {
          race: result.raceId,
        });
      resultRaces.add(result.raceId);
      const positions = new Set<number>();
      result.classification.forEach((row, j) => {
        const path = ['results', i, 'classification', j];
        // A Manufacturers Cup row written as the app holds it (`driverId` = team id) is read too;
        // writers always name the team `teamId`.
        if (cup === 'nations' && row.driverId === undefined)
          problem(
            [...path, 'driverId'],
            'a Nations Cup row names its driver with "driverId"',
            'driver-id-required',
          );
        const entry = row.teamId ?? row.driverId;
        if (cup !== undefined && entry !== undefined && !entryKnown(cup, entry))
          problem(
            [...path, row.teamId !== undefined ? 'teamId' : 'driverId'],
            `unknown entry "${entry}"`,
            'unknown-id',
            {
              what: 'entry',
              id: entry,
            },
          );
        if (positions.has(row.position))
          problem(
            ['results', i, 'classification', j, 'position'],
            `duplicate position ${row.position}`,
            'duplicate-position',
            { position: row.position },
          );
        positions.add(row.position);
      });
    });
    season.standings?.forEach((table, i) => {
      if (!roundIds.has(table.roundId))
        problem(['standings', i, 'roundId'], `unknown round "${table.roundId}"`, 'unknown-id', {
          what: 'round',
          id: table.roundId,
        });
      table.rows.forEach((row, j) => {
        if (!entryKnown(table.cup, row.entryId))
          problem(['standings', i, 'rows', j, 'entryId'], `unknown entry "${row.entryId}"`, 'unknown-id', {
            what: 'entry',
            id: row.entryId,
          });
      });
    });
    season.champions?.forEach((champion, i) => {
      if (!entryKnown(champion.cup, champion.entryId))
        problem(['champions', i, 'entryId'], `unknown entry "${champion.entryId}"`, 'unknown-id', {
          what: 'entry',
          id: champion.entryId,
        });
    });
  });

export type SeasonInput = z.input<typeof seasonSchema>;

// Kept apart (no zod at run time) so the shipped seasons load without building the schemas.
export { toSeason } from './to-season';
