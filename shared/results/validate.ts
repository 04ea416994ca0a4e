/**
 * Checks on parsed tables (positions, times, points, drivers). Every problem becomes an issue
 * with a line number and a sentence a fan understands; nothing is fixed
 * silently (points and countries are warnings: the file may be right).
 */
import type { Driver, Race } from '../domain/types';
import { tablePoints } from '../scoring/championship';
import { countryName } from './countries';
import { foldKey } from './normalize';
import { formatMs } from './time';
import type { DriverMatch, ParsedRace, ParsedRow, ParseIssue } from './types';

/** Structural checks of one table: rows present, positions complete and unique, drivers unique, times in order. */
export function validateTable(race: ParsedRace, issues: ParseIssue[]): void {
  const label = race.title ? `"${race.title}"` : 'this table';
  const table = race.title ?? '';
  if (race.rows.length === 0) {
    issues.push({
      severity: 'error',
      line: race.line,
      message: `${race.title ? `The table "${race.title}"` : 'This table'} has no rows that could be read.`,
      code: 'empty-table',
      params: { table },
    });
    return;
  }
  // One sorted pass finds duplicates, gaps and time order (100,000-row CSVs stay fast).
  const sorted = isSortedByPosition(race.rows)
    ? race.rows
    : race.rows.slice().sort((a, b) => a.position - b.position || a.line - b.line);
  let expected = 1;
  let previous: ParsedRow | null = null;
  let previousTimed: ParsedRow | null = null;
  for (const row of sorted) {
    if (previous && previous.position === row.position) {
      const [first, second] = previous.line < row.line ? [previous, row] : [row, previous];
      issues.push({
        severity: 'error',
        line: second.line,
        message: `Position ${row.position} appears twice in ${label} (also on line ${first.line}).`,
        code: 'duplicate-position',
        params: { position: row.position, table, firstLine: first.line },
      });
      continue;
    }
    if (row.position > expected) {
      const missing =
        row.position - 1 === expected
          ? `Position ${expected} is`
          : `Positions ${expected}–${row.position - 1} are`;
      issues.push({
        severity: 'error',
        line: row.line,
        message: `${missing} missing from ${label}.`,
        ...(row.position - 1 === expected
          ? { code: 'missing-position', params: { position: expected, table } }
          : { code: 'missing-positions', params: { from: expected, to: row.position - 1, table } }),
      });
    }
    expected = row.position + 1;
    previous = row;
    // Finishers must be slowest-last; DNF/DSQ/DNS rows have no comparable time.
    if (row.status !== 'finished' || row.timeMs === null) continue;
    if (previousTimed && previousTimed.timeMs !== null && row.timeMs < previousTimed.timeMs) {
      issues.push({
        severity: 'warning',
        line: row.line,
        message: `P${row.position} ${entryName(row)} (${formatMs(row.timeMs)}) is faster than P${previousTimed.position} ${entryName(previousTimed)} (${formatMs(previousTimed.timeMs)}); check the times or positions.`,
        code: 'time-order',
        params: {
          position: row.position,
          driver: entryName(row),
          time: formatMs(row.timeMs),
          previousPosition: previousTimed.position,
          previousDriver: entryName(previousTimed),
          previousTime: formatMs(previousTimed.timeMs),
        },
      });
    }
    previousTimed = row;
  }

  const byDriver = new Map<string, ParsedRow>();
  for (const row of race.rows) {
    if (row.countryText !== null && row.country === null) {
      issues.push({
        severity: 'warning',
        line: row.line,
        message: `"${row.countryText}" is not a country the app knows.`,
        code: 'unknown-country',
        params: { country: row.countryText },
      });
    }
    const name = entryName(row);
    const key = row.driverId ?? foldKey(name);
    const earlier = byDriver.get(key);
    if (earlier) {
      issues.push({
        severity: 'error',
        line: row.line,
        message: `${name} is listed twice in ${label} (also P${earlier.position} on line ${earlier.line}).`,
        code: 'duplicate-driver',
        params: { driver: name, table, position: earlier.position, firstLine: earlier.line },
      });
    } else {
      byDriver.set(key, row);
    }
  }
}

/** What a row names: its driver, or its team (and drivers) in a Manufacturers Cup table. */
function entryName(row: ParsedRow): string {
  return row.team === null ? row.driver : row.driver === '' ? row.team : `${row.team} (${row.driver})`;
}

function isSortedByPosition(rows: readonly ParsedRow[]): boolean {
  for (let i = 1; i < rows.length; i++) if (rows[i]!.position < rows[i - 1]!.position) return false;
  return true;
}

/** Driver checks against the entry list: unknown drivers (with suggestions) and countries that disagree. */
export function validateDrivers(
  race: ParsedRace,
  byId: ReadonlyMap<string, Driver>,
  seasonName: string,
  issues: ParseIssue[],
): void {
  for (const row of race.rows) {
    if (row.match?.ambiguous && row.driverId === null) {
      const names = row.match.suggestions.map((s) => s.name);
      issues.push({
        severity: 'error',
        line: row.line,
        message: `"${row.driver}" could be ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}: choose the driver.`,
        code: 'ambiguous-initial',
        params: { driver: row.driver, names: names.join(', ') },
      });
      continue;
    }
    if (row.match && row.driverId === null) {
      const match = row.match;
      // Written when read: only the issues kept and shown need the suggestions' edit distances.
      let message: string | null = null;
      issues.push({
        severity: 'error',
        line: row.line,
        get message() {
          return (message ??= unknownDriverMessage(row.driver, match, seasonName));
        },
        set message(value) {
          message = value;
        },
        code: 'unknown-driver',
        params: { driver: row.driver, season: seasonName },
      });
      continue;
    }
    const driver = row.driverId ? byId.get(row.driverId) : undefined;
    if (driver && row.country && driver.country && row.country !== driver.country.toUpperCase()) {
      issues.push({
        severity: 'warning',
        line: row.line,
        message: `${driver.name} races for ${countryName(driver.country.toUpperCase())} in the entry list, but this row says ${countryName(row.country)}.`,
        code: 'country-mismatch',
        params: { driver: driver.name, listed: driver.country.toUpperCase(), row: row.country },
      });
    }
  }
  const lap = race.fastestLap;
  if (lap?.match && lap.driverId === null) {
    const hint = lap.match.suggestions.length
      ? ` Did you mean ${lap.match.suggestions.map((s) => s.name).join(' or ')}?`
      : '';
    issues.push({
      severity: 'warning',
      line: lap.line,
      message: `The fastest lap driver "${lap.driver}" is not in the ${seasonName} entry list.${hint}`,
      code: 'unknown-fastest-lap-driver',
      params: {
        driver: lap.driver,
        season: seasonName,
        suggestions: lap.match.suggestions.map((s) => s.name).join(', '),
      },
    });
  }
}

function unknownDriverMessage(driver: string, match: DriverMatch, seasonName: string): string {
  const suggestions = match.suggestions.map((s) => s.name);
  const hint = suggestions.length
    ? ` Did you mean ${suggestions.join(' or ')}? Choose the driver to confirm, or add ${driver} to the entry list.`
    : ` Add ${driver} to the entry list, or correct the name.`;
  return `"${driver}" is not in the ${seasonName} entry list.${hint}`;
}

/**
 * Manufacturers Cup rows. A row whose team, drivers and ids fit no team of the
 * season (or drivers of several teams) is `unknown-team`. A row whose printed
 * team no season lists and could not be told from its first driver (line in
 * `unclear`) is `unclear-team` instead: an error when it matched no team, a
 * warning when its other drivers tied it to one or there is no season
 * (`seasonName` null) to match it against.
 */
export function validateTeams(
  race: ParsedRace,
  seasonName: string | null,
  unclear: ReadonlySet<number>,
  issues: ParseIssue[],
): void {
  for (const row of race.rows) {
    if (unclear.has(row.line)) {
      const team = row.team ?? '';
      const entry = [team, row.driver].filter((x) => x).join(' / ');
      issues.push({
        severity: seasonName !== null && row.driverId === null ? 'error' : 'warning',
        line: row.line,
        message: `Cannot tell where the team name ends in "${entry}": no known team or manufacturer starts it and no known driver follows it, so "${team}" was kept whole as the team. Choose the team, or write the team and its drivers in separate columns.`,
        code: 'unclear-team',
        params: { entry, team },
      });
      continue;
    }
    if (seasonName === null || !row.match || row.driverId !== null) continue;
    const printed = [row.team, row.driver].filter((x) => x).join(' — ');
    issues.push({
      severity: 'error',
      line: row.line,
      message: `"${printed}" is not a team of the ${seasonName} Manufacturers Cup (checked by team name, driver name and PSN ID). Choose the team, or correct the row.`,
      code: 'unknown-team',
      params: { entry: printed, season: seasonName },
    });
  }
}

/** Listed points against the race's points table: warnings only, the file may be right. */
export function validatePoints(race: ParsedRace, target: Race, issues: ParseIssue[]): void {
  for (const row of race.rows) {
    if (row.points === null) continue;
    const expected = tablePoints(target, row);
    if (row.points !== expected) {
      const pays =
        target.pointsTable.length === 0
          ? `the ${target.name} pays no points`
          : `the ${target.name} pays ${expected} for P${row.position}`;
      issues.push({
        severity: 'warning',
        line: row.line,
        message: `P${row.position} ${entryName(row)} is listed with ${row.points} point${row.points === 1 ? '' : 's'}, but ${pays}.`,
        code: target.pointsTable.length === 0 ? 'points-unpaid' : 'points-mismatch',
        params: {
          position: row.position,
          driver: entryName(row),
          listed: row.points,
          race: target.name,
          expected,
        },
      });
    }
  }
}
