/**
 * Reading one classification row (whitespace line or table cells) into a
 * draft, and turning a table's drafts into `ParsedRow`s with times resolved
 * against the winner.
 */
import type { FinishStatus } from '../domain/types';
import { MAX_POSITION, readPoints, readPosition, readStatus, type ColumnMap } from './columns';
import { splitUnlistedTeam } from './teams';
import { readTimeToken, type TimeToken } from './time';
import { countryOfName, splitCountryPrefix, statusOfLastWords } from './vocabulary';
import type { ParsedRow, ParseIssue } from './types';

/** A row as read, before times are resolved and drivers matched. */
export interface RowDraft {
  line: number;
  /** null: the rank cell held a status word ("DNF"); the position follows the previous row. */
  position: number | null;
  country: string | null;
  countryText: string | null;
  driver: string;
  /** Value of the time column: a time (winner, qualifying) or a gap. */
  time: TimeToken | null;
  /** Second time value when a row prints both a time and a gap. */
  gap: TimeToken | null;
  points: number | null;
  status: FinishStatus;
  /** Explicit driver id or PSN ID cell (CSV/JSON), tried when the name does not match; a team id in team tables. */
  idHint: string | null;
  /** Manufacturers Cup rows: the team as printed ("Porsche"); `driver` then holds its driver(s), possibly empty. */
  team: string | null;
  /**
   * A team no season lists, whose name could not be told from its first
   * driver (see `splitUnlistedTeam`): `team` holds the whole first name.
   */
  teamUnclear?: true;
}

/** "Porsche Shota Sato / Jose Serrano" → team "Porsche", rest "Shota Sato / Jose Serrano". */
export interface TeamSplit {
  team: string;
  rest: string;
  /** Where the team name ends could not be told: `team` is the whole first name (see `splitUnlistedTeam`). */
  unclear?: true;
}

/** Finds a known team name at the start of a text (the parser's list of known teams). */
export type TeamSplitter = (text: string) => TeamSplit | null;

/**
 * Why a row could not be read: `no-position` (the line does not start with
 * one), `empty-position`, `not-position` (`text`), `bad-position` (`text`,
 * `max`), `no-driver`, `empty-driver`, `country-unclear` (`text`: the
 * country and driver as written), `too-few-cells`, `not-time` (`text`),
 * `not-gap` (`text`), `not-points` (`text`), `not-status` (`text`).
 */
export const ROW_PROBLEMS = [
  'no-position',
  'empty-position',
  'not-position',
  'bad-position',
  'no-driver',
  'empty-driver',
  'country-unclear',
  'too-few-cells',
  'not-time',
  'not-gap',
  'not-points',
  'not-status',
] as const;

export type RowProblem = (typeof ROW_PROBLEMS)[number];

/** A row read, or why not: `why` and its params for the screens, `message` in English for the CLI. */
export type RowRead =
  | { ok: true; row: RowDraft }
  | { ok: false; message: string; why: RowProblem; params: Readonly<Record<string, string | number>> };

const refused = (
  why: RowProblem,
  message: string,
  params: Record<string, string | number> = {},
): RowRead => ({
  ok: false,
  message,
  why,
  params,
});

/** What a whitespace header announced; decides whether a trailing number is points. */
export interface WhitespaceColumns {
  points: boolean;
  /** A Manufacturers Cup table: the middle is "Team Driver[ / Driver…]" rather than "Country Driver". */
  team?: boolean;
}

/**
 * `3 Italy Valerio Gallo +06.668 4` → draft. Works from both ends: the rank
 * first, then time/gap/status/points from the right; what is left is
 * "Country Driver", split at the longest country name.
 * `knownName` lets a row without a country still be read when the whole
 * middle is a known driver.
 */
export function readWhitespaceRow(
  text: string,
  line: number,
  columns: WhitespaceColumns,
  knownName: (name: string) => boolean,
  splitTeam: TeamSplitter = () => null,
): RowRead {
  const tokens = text.trim().split(/\s+/);
  const first = tokens[0] ?? '';
  const position = readPosition(first);
  let status: FinishStatus = 'finished';
  if (position === null) {
    const s = readStatus(first);
    if (s === null || s === 'finished')
      return refused('no-position', 'this line does not start with a position');
    status = s;
  } else if (position < 1 || position > MAX_POSITION) {
    return refused(
      'bad-position',
      `position ${first} is not a valid finishing position (1–${MAX_POSITION})`,
      {
        text: first,
        max: MAX_POSITION,
      },
    );
  }
  let end = tokens.length;
  let points: number | null = null;
  const timeTokens: TimeToken[] = [];
  let sawTimeOrStatus = false;
  // Read once here and reused by the loop below when the points cell is taken off.
  let beforeLastTime: TimeToken | null = null;
  const beforeLastAt = tokens.length - 2;
  // Trailing cells, right to left: [points] then up to two time/status cells.
  if (end > 3) {
    const last = tokens[end - 1]!;
    const p = readPoints(last);
    const beforeLast = tokens[end - 2]!;
    beforeLastTime = readTimeToken(beforeLast);
    const numberAfterTime = beforeLastTime !== null || readStatus(beforeLast) !== null;
    if (p !== undefined && p !== null && (columns.points || numberAfterTime)) {
      points = p;
      end--;
    } else if (p === null && columns.points) {
      end--; // "-" in the points column
    }
  }
  while (end > 2 && timeTokens.length < 2) {
    const tok = tokens[end - 1]!;
    // "+1 Lap" spans two tokens.
    if (/^laps?$/i.test(tok) && end > 3) {
      const lapped = readTimeToken(`${tokens[end - 2]} ${tok}`);
      if (lapped) {
        timeTokens.unshift(lapped);
        end -= 2;
        sawTimeOrStatus = true;
        continue;
      }
    }
    const t = end - 1 === beforeLastAt && beforeLastTime !== null ? beforeLastTime : readTimeToken(tok);
    if (t) {
      timeTokens.unshift(t);
      end--;
      sawTimeOrStatus = true;
      continue;
    }
    // A status stands in the time column, right of any time: once a time is read, the rest is the name.
    const trailing = timeTokens.length === 0 && !sawTimeOrStatus ? trailingStatus(tokens, end) : null;
    if (trailing) {
      status = trailing.status;
      end -= trailing.tokens;
      sawTimeOrStatus = true;
      continue;
    }
    break;
  }
  const middle = tokens.slice(1, end).join(' ');
  if (middle === '') return refused('no-driver', 'the row has no driver name');
  let country: string | null = null;
  let countryText: string | null = null;
  let driver = middle;
  let team: string | null = null;
  let teamUnclear: true | undefined;
  if (columns.team) {
    const split = splitTeam(middle) ?? splitUnlistedTeam(middle, knownName);
    team = split.team;
    driver = split.rest;
    teamUnclear = split.unclear;
  } else {
    const split = splitCountryPrefix(middle);
    if (split && !knownName(middle)) {
      ({ country, countryText, driver } = split);
    } else if (!split && !knownName(middle)) {
      return refused(
        'country-unclear',
        `cannot tell the country from the driver in "${middle}" (expected e.g. "Spain Jose Serrano")`,
        { text: middle },
      );
    }
  }
  if (!sawTimeOrStatus && points === null && tokens.length < 3) {
    return refused('too-few-cells', 'the row has too few cells');
  }
  const row: RowDraft = {
    line,
    position,
    country,
    countryText,
    driver,
    time: timeTokens[0] ?? null,
    gap: timeTokens[1] ?? null,
    points,
    status,
    idHint: null,
    team,
  };
  if (teamUnclear) row.teamUnclear = teamUnclear;
  return { ok: true, row };
}

/**
 * A status at the end of a row: an upper-case abbreviation ("DNF"), or a
 * word of any shipped language, one or two tokens long ("Abandono",
 * "Non partant", "リタイア"). Lower-case English abbreviations are left alone:
 * "Ret" or "Nc" may end a name.
 */
function trailingStatus(
  tokens: readonly string[],
  end: number,
): { status: FinishStatus; tokens: number } | null {
  const tok = tokens[end - 1]!;
  if (/^[A-Za-z]{2,4}$/.test(tok)) {
    const s = tok === tok.toUpperCase() ? readStatus(tok) : null;
    return s !== null && s !== 'finished' ? { status: s, tokens: 1 } : null;
  }
  if (/^[\d+.'’:,-]/.test(tok)) return null;
  // Keep at least the position and one name word in front of the status.
  const found = statusOfLastWords(end > 3 ? tokens[end - 2] : undefined, tok);
  return found ? { status: found.status, tokens: found.words } : null;
}

/** A row from cells (pipe table, CSV) mapped by a header. */
export function readCellRow(
  cells: readonly string[],
  map: ColumnMap,
  line: number,
  knownName: (name: string) => boolean,
  splitTeam: TeamSplitter = () => null,
): RowRead {
  const cell = (i: number | undefined): string => (i === undefined ? '' : (cells[i] ?? '').trim());
  let status: FinishStatus = 'finished';
  const posText = cell(map.position);
  const position = readPosition(posText);
  if (position === null) {
    const s = readStatus(posText);
    if (s === null || s === 'finished') {
      return posText === ''
        ? refused('empty-position', 'the position cell is empty')
        : refused('not-position', `"${posText}" is not a position`, { text: posText });
    }
    status = s;
  } else if (position < 1 || position > MAX_POSITION) {
    return refused(
      'bad-position',
      `position ${posText} is not a valid finishing position (1–${MAX_POSITION})`,
      {
        text: posText,
        max: MAX_POSITION,
      },
    );
  }

  let country: string | null = null;
  let countryText: string | null = null;
  let driver = cell(map.driver);
  let team: string | null = cell(map.team) || null;
  let teamUnclear: true | undefined;
  if (map.teamDriver !== undefined) {
    const both = cell(map.teamDriver);
    if (both !== '') {
      const split = splitTeam(both) ?? splitUnlistedTeam(both, knownName);
      team = split.team;
      teamUnclear = split.unclear;
      if (driver === '') driver = split.rest;
    }
  }
  if (map.countryDriver !== undefined && driver === '') {
    const both = cell(map.countryDriver);
    const split = splitCountryPrefix(both);
    if (split && !knownName(both)) {
      ({ country, countryText, driver } = split);
    } else if (knownName(both) || (map.country !== undefined && both !== '')) {
      driver = both;
    } else if (both !== '') {
      return refused(
        'country-unclear',
        `cannot tell the country from the driver in "${both}" (expected e.g. "Spain Jose Serrano")`,
        { text: both },
      );
    }
  }
  if (map.country !== undefined && cell(map.country) !== '') {
    countryText = cell(map.country);
    country = countryOfName(countryText);
  }
  const teamId = cell(map.teamId) || null;
  const isTeamRow = team !== null || teamId !== null;
  const idHint = teamId ?? (cell(map.driverId) || cell(map.psnId) || null);
  if (isTeamRow) {
    team ??= teamId;
  } else {
    if (driver === '' && idHint === null) return refused('empty-driver', 'the driver cell is empty');
    if (driver === '') driver = idHint ?? '';
  }

  const timeText = cell(map.time);
  let time: TimeToken | null = null;
  if (timeText !== '') {
    time = readTimeToken(timeText);
    if (time === null) {
      const s = readStatus(timeText);
      if (s === null) return refused('not-time', `"${timeText}" is not a time or a gap`, { text: timeText });
      if (s !== 'finished') status = s;
    }
  }
  const gapText = cell(map.gap);
  let gap: TimeToken | null = null;
  if (gapText !== '' && gapText !== '-') {
    gap = readTimeToken(gapText.startsWith('+') ? gapText : `+${gapText}`);
    if (gap === null) {
      const s = readStatus(gapText);
      if (s === null) return refused('not-gap', `"${gapText}" is not a gap`, { text: gapText });
      if (s !== 'finished') status = s;
    }
  }
  if (time === null && gap !== null) [time, gap] = [gap, null];

  const pointsText = cell(map.points);
  const points = readPoints(pointsText);
  if (points === undefined)
    return refused('not-points', `"${pointsText}" is not a number of points`, { text: pointsText });

  const statusText = cell(map.status);
  if (statusText !== '') {
    const s = readStatus(statusText);
    if (s === null)
      return refused('not-status', `"${statusText}" is not a status (use finished, DNF, DSQ or DNS)`, {
        text: statusText,
      });
    status = s;
  }
  const row = { line, position, country, countryText, driver, time, gap, points, status, idHint, team };
  return { ok: true, row: teamUnclear ? { ...row, teamUnclear } : row };
}

/** Lines of the team rows whose team name could not be told from their first driver. */
export function unclearTeamLines(drafts: readonly RowDraft[]): Set<number> {
  const lines = new Set<number>();
  for (const draft of drafts) if (draft.teamUnclear) lines.add(draft.line);
  return lines;
}

/**
 * Resolves positions of status-only ranks and the times of one table: rows
 * with a gap get timeMs = winner time + gap when the winner's time is known;
 * rows with a time get their gap from the winner.
 */
export function finishRows(drafts: readonly RowDraft[]): ParsedRow[] {
  // Status-only ranks ("DNF") take the place after the previous row.
  const positions = new Array<number>(drafts.length);
  let previous = 0;
  for (let k = 0; k < drafts.length; k++) {
    previous = drafts[k]!.position ?? previous + 1;
    positions[k] = previous;
  }
  let winnerMs: number | null = null;
  let best = Infinity;
  drafts.forEach((d, k) => {
    const position = positions[k]!;
    if (d.time?.kind === 'time' && d.time.ms !== null && d.status === 'finished' && position < best) {
      best = position;
      winnerMs = d.time.ms;
    }
  });
  return drafts.map((d, k) => {
    const position = positions[k]!;
    let timeMs: number | null = null;
    let gapMs: number | null = null;
    if (d.time?.kind === 'time') {
      timeMs = d.time.ms;
      if (d.gap?.kind === 'gap') gapMs = d.gap.ms;
      else if (timeMs !== null && winnerMs !== null && d.gap === null) gapMs = timeMs - winnerMs;
    } else if (d.time?.kind === 'gap') {
      gapMs = d.time.ms;
      if (gapMs !== null && winnerMs !== null && Number.isSafeInteger(winnerMs + gapMs))
        timeMs = winnerMs + gapMs;
    }
    if (gapMs !== null && gapMs < 0) gapMs = null;
    return {
      position,
      country: d.country,
      driver: d.driver,
      team: d.team,
      driverId: null,
      time: d.time?.text ?? null,
      timeMs,
      gapMs,
      points: d.points,
      status: d.status,
      line: d.line,
      countryText: d.countryText,
      gap: d.gap?.text ?? null,
      match: null,
    };
  });
}

/**
 * A row the format reader could not read: `why` (a {@link RowProblem}) and
 * its params word it on screens; `detail` is the same reason in English.
 */
export function rowError(line: number, read: Extract<RowRead, { ok: false }>): ParseIssue {
  return {
    severity: 'error',
    line,
    message: `This row cannot be read: ${read.message}.`,
    code: 'row-unreadable',
    params: { ...read.params, why: read.why, detail: read.message },
  };
}
