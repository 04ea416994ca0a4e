/**
 * Official text — whitespace form, pipe form, and whole pasted race reports.
 *
 * One line scanner covers all three: it walks the text keeping the nearest
 * heading and the `Car:` / `Track:` lines seen since the previous table (in
 * any shipped language), opens a table at every header line — known header
 * words (`Rank Country / Driver Time Points`, `Pos. País / Piloto Tiempo
 * Puntos`, the same with pipes), or any short line of words with a row right
 * below it — or at a row with no header at all, reads rows until a line that
 * is not a row, and attaches `Fastest Lap:` lines to the table they follow.
 * Prose around the tables is skipped, which is what makes a pasted report work.
 * A table whose header names a manufacturer, or whose rows start with a known
 * team, is a Manufacturers Cup table.
 */
import { columnKind, mapHeaderCells, readPosition, readStatus, type ColumnMap } from './columns';
import { readListItem } from './list-format';
import { foldKey } from './normalize';
import {
  readCellRow,
  readWhitespaceRow,
  rowError,
  type RowDraft,
  type TeamSplitter,
  type WhitespaceColumns,
} from './rows';
import { cleanTitle, sessionOfHeading } from './sessions';
import type { FastestLapDraft, TableDraft } from './table-draft';
import { readTimeToken } from './time';
import type { ParseIssue } from './types';
import { countryOfName, LAP_WORDS, readFactLine, splitCountryPrefix } from './vocabulary';

export interface TextScan {
  tables: TableDraft[];
  /** True when every table was a pipe table. */
  pipe: boolean;
  documentTitle: string | null;
  documentTitleLine: number;
  issues: ParseIssue[];
}

type OpenTable =
  | { kind: 'whitespace'; table: TableDraft; columns: WhitespaceColumns; blankSeen: boolean }
  | { kind: 'pipe'; table: TableDraft; map: ColumnMap; blankSeen: boolean }
  | { kind: 'list'; table: TableDraft; numbered: boolean; blankSeen: boolean };

// "5 Laps", "5 vueltas", "5 tours", "5 giri", "5 Runden", "5周", "5 voltas".
// Anchored at the end only and free of nested quantifiers: track lines can be arbitrarily long.
const TRAILING_LAPS_RE = new RegExp(`(?:^|[\\s(（,–—-])(\\d{1,3}) ?(?:${LAP_WORDS.join('|')})[)）]?$`, 'i');
const LAPS_VALUE_RE = /^(\d{1,3})\s*$/;
// English reports may write "Fastest Lap" without a colon.
const FASTEST_RE = /^fastest\s+lap\s*[:：]?\s*(.*)$/i;
const RULE_RE = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/**
 * Scans decoded text for result tables. `knownName` is the driver matcher's
 * "is this a known name?"; `splitTeam` finds a known team name at the start
 * of a row (Manufacturers Cup tables).
 */
export function scanText(
  lines: readonly string[],
  knownName: (name: string) => boolean,
  splitTeam: TeamSplitter = () => null,
): TextScan {
  const tables: TableDraft[] = [];
  const issues: ParseIssue[] = [];
  let documentTitle: string | null = null;
  let documentTitleLine = 1;
  // Assigned inside startTable too; the cast keeps TypeScript from narrowing it to null for good.
  let heading = null as { text: string; session: ReturnType<typeof sessionOfHeading> } | null;
  let car: string | null = null;
  let track: string | null = null;
  let laps: number | null = null;
  let open: OpenTable | null = null;
  // A Fastest Lap line belongs to the table it follows, unless a new section started since.
  let lastTable: TableDraft | null = null;
  let pendingFastest: FastestLapDraft | null = null;
  let allPipe = true;

  const startTable = (line: number): TableDraft => {
    const table: TableDraft = {
      title: heading ? cleanTitle(heading.text) : null,
      session: heading?.session ?? null,
      track,
      car,
      laps,
      line,
      rows: [],
      fastestLap: pendingFastest,
    };
    pendingFastest = null;
    tables.push(table);
    lastTable = table;
    // The next table gets its own heading and Car/Track lines.
    heading = null;
    car = track = null;
    laps = null;
    return table;
  };

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    const text = raw.trim();

    if (open) {
      if (text === '') {
        open.blankSeen = true;
        continue;
      }
      if (open.kind === 'list') {
        const item = readListItem(text, lineNo, knownName);
        if (item && (item.number !== null) === open.numbered) {
          open.table.rows.push(item.row);
          if (item.laps !== null && open.table.laps === null) open.table.laps = item.laps;
          continue;
        }
        closeList(open);
        open = null;
      } else if (open.kind === 'pipe') {
        if (RULE_RE.test(text)) continue;
        if (text.includes('|') && mapHeaderCells(pipeCells(text)) === null) {
          const read = readCellRow(pipeCells(text), open.map, lineNo, knownName, splitTeam);
          if (read.ok) open.table.rows.push(read.row);
          else issues.push(rowError(lineNo, read));
          continue;
        }
        open = null;
      } else if (looksLikeRow(text)) {
        const read = readWhitespaceRow(text, lineNo, open.columns, knownName, splitTeam);
        if (read.ok) {
          open.table.rows.push(read.row);
          continue;
        }
        // After a blank line a number-led sentence is more likely prose than a broken row.
        if (!open.blankSeen) {
          issues.push(rowError(lineNo, read));
          continue;
        }
        open = null;
      } else {
        open = null;
      }
    }

    if (text === '') continue;

    const header = readHeader(text);
    if (header) {
      const table = startTable(lineNo);
      if (header.kind === 'pipe') {
        if (isTeamMap(header.map)) table.cup = 'manufacturers';
        open = { kind: 'pipe', table, map: header.map, blankSeen: false };
      } else {
        allPipe = false;
        if (header.columns.team) table.cup = 'manufacturers';
        open = { kind: 'whitespace', table, columns: header.columns, blankSeen: false };
      }
      continue;
    }
    const fact = readFactLine(text);
    if (fact?.label === 'car') {
      car = fact.value || null;
      continue;
    }
    if (fact?.label === 'track') {
      const value = fact.value;
      const withLaps = TRAILING_LAPS_RE.exec(value);
      const name = withLaps ? trimEndChars(value.slice(0, withLaps.index), ' \t,–—-(（') : '';
      if (withLaps && name !== '') {
        track = name;
        laps = Number(withLaps[1]);
      } else {
        track = value || null;
      }
      continue;
    }
    const lapsValue = fact?.label === 'laps' ? LAPS_VALUE_RE.exec(fact.value) : null;
    if (lapsValue) {
      laps = Number(lapsValue[1]);
      continue;
    }
    const fastest = fact?.label === 'fastestLap' ? fact.value : FASTEST_RE.exec(text)?.[1];
    if (fastest !== undefined) {
      const lap = readFastestLap(fastest, lineNo);
      if (!lap) {
        issues.push({
          severity: 'warning',
          line: lineNo,
          message: `The fastest lap line could not be read (expected e.g. "Fastest Lap: Spain Pol Urra 1'25.634").`,
          code: 'fastest-lap-unreadable',
          params: {},
        });
      } else if (lastTable && heading === null) {
        const target: TableDraft = lastTable;
        if (target.fastestLap) {
          issues.push({
            severity: 'warning',
            line: lineNo,
            message: 'A second fastest lap line for the same table was ignored.',
            code: 'fastest-lap-repeated',
            params: {},
          });
        } else {
          target.fastestLap = lap;
        }
      } else {
        pendingFastest = lap;
      }
      continue;
    }
    if (RULE_RE.test(text)) continue;

    // A pipe table whose header words are unknown (or that has no header): its columns come from its first row.
    if (text.includes('|') && text.length <= 1000) {
      const headerLike = !/[0-9]/.test(text);
      const first = headerLike ? nextPipeRow(lines, i) : { cells: pipeCells(text), index: i };
      const map = first ? inferCellMap(first.cells, splitTeam) : null;
      if (first && map) {
        const table = startTable(lineNo);
        if (isTeamMap(map)) table.cup = 'manufacturers';
        open = { kind: 'pipe', table, map, blankSeen: false };
        if (!headerLike) {
          issues.push({
            severity: 'info',
            line: lineNo,
            message: 'A table starts here without a header line; its columns were read from its first row.',
            code: 'headerless-table',
            params: {},
          });
          const read = readCellRow(first.cells, map, lineNo, knownName, splitTeam);
          if (read.ok) table.rows.push(read.row);
        }
        continue;
      }
    }

    // A header in any language is known by its shape: a short line of words with a row right below it.
    const shaped = headerByShape(text);
    if (shaped) {
      const next = nextLine(lines, i);
      const first = next ? readFirstRow(next.text, next.lineNo, shaped, knownName, splitTeam) : null;
      if (next && first) {
        const table = startTable(lineNo);
        allPipe = false;
        if (first.team !== null) table.cup = 'manufacturers';
        table.rows.push(first);
        const columns = { points: shaped.points, team: first.team !== null };
        open = { kind: 'whitespace', table, columns, blankSeen: false };
        i = next.index;
        continue;
      }
    }

    // A classification pasted without its header line: start a table at the first row that reads cleanly.
    const headerless = readHeaderlessRow(text, lineNo, knownName, splitTeam);
    if (headerless) {
      const table = startTable(lineNo);
      allPipe = false;
      if (headerless.team !== null) table.cup = 'manufacturers';
      table.rows.push(headerless);
      issues.push({
        severity: 'info',
        line: lineNo,
        message: 'A table starts here without a header line; columns were read as Time, Gap and Points.',
        code: 'headerless-table-time-gap',
        params: {},
      });
      const columns = { points: true, team: headerless.team !== null };
      open = { kind: 'whitespace', table, columns, blankSeen: false };
      continue;
    }

    // Numbered and dash lists, as fans paste them: a numbered list must start at 1.
    const item = readListItem(text, lineNo, knownName);
    if (item && (item.number === null || item.number === 1)) {
      const table = startTable(lineNo);
      allPipe = false;
      table.rows.push(item.row);
      if (item.laps !== null && table.laps === null) table.laps = item.laps;
      open = { kind: 'list', table, numbered: item.number !== null, blankSeen: false };
      continue;
    }

    if (
      documentTitle === null &&
      tables.length === 0 &&
      heading === null &&
      sessionOfHeading(text) === null
    ) {
      documentTitle = text;
      documentTitleLine = lineNo;
    }
    // Short lines read as headings; long lines are prose.
    const session = sessionOfHeading(text);
    if (text.length <= 60 && !/[.!?]$/.test(text)) {
      if (session !== null || heading === null || heading.session === null) {
        if (session !== null && heading?.session !== session) {
          car = track = null;
          laps = null;
        }
        heading = { text, session };
      }
      lastTable = session !== null ? null : lastTable;
    }
  }
  if (open?.kind === 'list') closeList(open);
  return { tables, pipe: tables.length > 0 && allPipe, documentTitle, documentTitleLine, issues };

  /** A lone dash item is a bullet point, not a classification: it is dropped. */
  function closeList(list: { table: TableDraft; numbered: boolean }): void {
    if (list.numbered || list.table.rows.length > 1) {
      issues.push({
        severity: 'info',
        line: list.table.line,
        message: list.numbered
          ? 'Read as a numbered list: one driver a line.'
          : 'Read as a dash list: one driver a line, positions in the order listed.',
        code: list.numbered ? 'numbered-list' : 'dash-list',
        params: {},
      });
      return;
    }
    tables.splice(tables.indexOf(list.table), 1);
    if (lastTable === list.table) lastTable = null;
  }
}

/** Cells of a pipe line; outer pipes are optional (`| a | b |` and `a | b |`). */
function pipeCells(text: string): string[] {
  let t = text.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  return t.split('|').map((c) => c.trim());
}

type Header = { kind: 'pipe'; map: ColumnMap } | { kind: 'whitespace'; columns: WhitespaceColumns };

/** `Rank | Country / Driver | Time | Points |` or `Rank Country / Driver Time Gap`. */
function readHeader(text: string): Header | null {
  if (text.includes('|')) {
    // A results header has a handful of columns; a line of hundreds of pipes is not one.
    if (text.length > 1000) return null;
    const map = mapHeaderCells(pipeCells(text));
    return map ? { kind: 'pipe', map } : null;
  }
  const key = foldKey(text);
  if (!/^(rank|pos|position|place)\b/.test(key) || !/\b(driver|drivers|name|manufacturer|team)\b/.test(key))
    return null;
  // Header words only: a prose sentence starting with "Position" is not a header.
  const words = key.split(' ');
  const known = new Set([
    'rank',
    'pos',
    'position',
    'place',
    'country',
    'nation',
    'driver',
    'name',
    'time',
    'gap',
    'points',
    'pts',
    'interval',
    'team',
    'car',
    'psn',
    'id',
    'total',
    'race',
    'best',
    'lap',
    'drivers',
    'manufacturer',
  ]);
  if (!words.every((w) => known.has(w))) return null;
  return {
    kind: 'whitespace',
    columns: {
      points: words.includes('points') || words.includes('pts'),
      team: words.includes('manufacturer') || words.includes('team'),
    },
  };
}

function isTeamMap(map: ColumnMap): boolean {
  return map.team !== undefined || map.teamDriver !== undefined || map.teamId !== undefined;
}

/** What a header found by its shape announces: a points column, a team column. */
interface ShapedHeader {
  points: boolean;
  team: boolean;
}

/**
 * A line that can be a table header in any language: a few words, no digits,
 * no sentence end and no session name ("Pos. País / Piloto Tiempo Puntos",
 * "順位 国/地域 / ドライバー タイム ポイント"). Whether it is one is decided by
 * the row below it. Its words are looked up only to learn whether it
 * announces points or teams.
 */
function headerByShape(text: string): ShapedHeader | null {
  if (text.length > 120 || /[0-9０-９.!?。:：]$/.test(text) || /[0-9]/.test(text)) return null;
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > 14) return null;
  if (sessionOfHeading(text) !== null) return null;
  let points = false;
  let team = false;
  for (const word of words) {
    const kind = columnKind(word);
    if (kind === 'points') points = true;
    else if (kind === 'team' || kind === 'teamDriver' || kind === 'teamId') team = true;
  }
  return { points, team };
}

/** The first pipe line below a header line, past its `---|---` rule. */
function nextPipeRow(lines: readonly string[], i: number): { cells: string[]; index: number } | null {
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const text = lines[j]!.trim();
    if (text === '' || RULE_RE.test(text)) continue;
    return text.includes('|') && text.length <= 1000 ? { cells: pipeCells(text), index: j } : null;
  }
  return null;
}

/**
 * Columns of a pipe table read from the cells of a row: the first position,
 * then times (time, then gap), points (a whole number after the position),
 * and name cells — a country alone, a known team with its drivers, a country
 * with its driver, or a driver. Null unless there is a position and a name.
 */
function inferCellMap(cells: readonly string[], splitTeam: TeamSplitter): ColumnMap | null {
  const map: ColumnMap = {};
  cells.forEach((cell, k) => {
    if (cell === '') return;
    if (map.position === undefined) {
      if (readPosition(cell) !== null) map.position = k;
      return;
    }
    if (readTimeToken(cell) !== null || readStatus(cell) !== null) {
      if (map.time === undefined) map.time = k;
      else map.gap ??= k;
    } else if (/^\d{1,6}$/.test(cell)) {
      map.points ??= k;
    } else if (countryOfName(cell) !== null) {
      map.country ??= k;
    } else if (splitTeam(cell) !== null) {
      map.teamDriver ??= k;
    } else if (splitCountryPrefix(cell) !== null) {
      map.countryDriver ??= k;
    } else {
      map.driver ??= k;
    }
  });
  const named = map.driver ?? map.countryDriver ?? map.teamDriver;
  return map.position !== undefined && named !== undefined ? map : null;
}

/** The next non-blank line after line index `i`. */
function nextLine(
  lines: readonly string[],
  i: number,
): { text: string; lineNo: number; index: number } | null {
  for (let j = i + 1; j < lines.length; j++) {
    const text = lines[j]!.trim();
    if (text !== '') return { text, lineNo: j + 1, index: j };
  }
  return null;
}

/** The first row under a header found by its shape: a position and a country, a known name, or a team. */
function readFirstRow(
  text: string,
  line: number,
  header: ShapedHeader,
  knownName: (name: string) => boolean,
  splitTeam: TeamSplitter,
): RowDraft | null {
  if (!looksLikeRow(text)) return null;
  const columns = { points: header.points, team: header.team };
  const read = readWhitespaceRow(text, line, columns, knownName, splitTeam);
  if (read.ok && (read.row.country !== null || read.row.team !== null || knownName(read.row.driver)))
    return read.row;
  // An unannounced team table: the row starts with a known team name.
  return header.team ? null : knownTeamRow(text, line, header.points, knownName, splitTeam);
}

/** A row read as a team row, when it starts with a known team name (a table of teams without a team header). */
function knownTeamRow(
  text: string,
  line: number,
  points: boolean,
  knownName: (name: string) => boolean,
  splitTeam: TeamSplitter,
): RowDraft | null {
  const read = readWhitespaceRow(text, line, { points, team: true }, knownName, splitTeam);
  if (!read.ok) return null;
  const { team, driver } = read.row;
  return splitTeam(driver === '' ? (team ?? '') : `${team ?? ''} ${driver}`) !== null ? read.row : null;
}

/** Starts with a position or a status word and has room for country, driver and more. */
function looksLikeRow(text: string): boolean {
  const first = text.split(/\s+/, 1)[0] ?? '';
  if (/^(?:p)?\d+(?:\.|st|nd|rd|th)?$/i.test(first)) return true;
  // Only an upper-case word can be a status here: checked first, the status words are not
  // looked up (nor indexed, on a first parse) for every heading and fact line.
  if (first !== first.toUpperCase()) return false;
  const s = readStatus(first);
  return s !== null && s !== 'finished';
}

function readHeaderlessRow(
  text: string,
  line: number,
  knownName: (name: string) => boolean,
  splitTeam: TeamSplitter,
): RowDraft | null {
  if (!looksLikeRow(text)) return null;
  const read = readWhitespaceRow(text, line, { points: false }, knownName);
  if (read.ok && read.row.time !== null && read.row.position !== null && read.row.country !== null)
    return read.row;
  // A team table without a header: the row must start with a known team.
  const asTeam = knownTeamRow(text, line, false, knownName, splitTeam);
  return asTeam && asTeam.time !== null && asTeam.position !== null ? asTeam : null;
}

/** "Australia Guy Barbara 3'03.550" → driver, country and time. */
function readFastestLap(rest: string, line: number): FastestLapDraft | null {
  const tokens = rest.trim().split(/\s+/);
  const last = tokens.pop();
  if (last === undefined || tokens.length === 0) return null;
  const time = readTimeToken(last);
  if (!time || time.kind !== 'time') return null;
  const who = trimEndChars(trimStartChars(tokens.join(' '), '-–—:| '), '-–—:|, ');
  if (who === '') return null;
  const split = splitCountryPrefix(who);
  return split
    ? { line, country: split.country, driver: split.driver, time }
    : { line, country: null, driver: who, time };
}

/** Trims the given characters from the end: a loop, because `[set]+$` is quadratic on long runs. */
function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

function trimStartChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return text.slice(start);
}
