/**
 * Checks between parts of a season that a field-by-field schema cannot see:
 * ids unique, references known, race ids derived from their round, cup and
 * session, dates in order. Each problem is reported with its file problem
 * code and params (shared/files/problems.ts) and its English message.
 */
import type { Cup, ScheduleStatus, SessionKind } from '../domain/types';
import { raceId } from '../domain/ids';
import type { FileProblemCode } from '../files/problems';

/** The parts of a schema-checked season these checks read. */
export interface CheckedSeasonShape {
  id: string;
  drivers: readonly { id: string }[];
  teams: readonly {
    id: string;
    driverIds: readonly string[];
    lineUps?: readonly { roundId: string; driverIds: readonly string[] }[] | undefined;
  }[];
  entryLists: { nations: readonly string[]; manufacturers: readonly string[] };
  rounds: readonly {
    id: string;
    number: number;
    seasonId?: string | undefined;
    date?: string | undefined;
    endDate?: string | undefined;
    status?: ScheduleStatus | undefined;
    races: readonly { id: string; cup: Cup; session: SessionKind; roundId?: string | undefined }[];
  }[];
  results?:
    | readonly {
        raceId: string;
        classification: readonly {
          position: number;
          driverId?: string | undefined;
          teamId?: string | undefined;
        }[];
      }[]
    | undefined;
  standings?: readonly { roundId: string; cup: Cup; rows: readonly { entryId: string }[] }[] | undefined;
  champions?: readonly { cup: Cup; entryId: string }[] | undefined;
}

/** Reports one problem at a path of the season. */
export type SeasonProblem = (
  path: (string | number)[],
  message: string,
  code: FileProblemCode,
  params?: Record<string, string | number>,
) => void;

export function checkSeason(season: CheckedSeasonShape, problem: SeasonProblem): void {
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
}
