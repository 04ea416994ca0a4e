/**
 * Reading a pasted line-up in the shapes fans copy from race reports, forums
 * and spreadsheets:
 *
 * - a table (country / driver / PSN ID columns, tab-, pipe- or multi-space
 *   separated, with or without a header row);
 * - a dash or numbered list ("1. Jose Serrano", "- Kaj de Bruin (NL)");
 * - "Spain – Jose Serrano (JoseSerrano_16)", "Jose Serrano (ES)",
 *   "🇪🇸 Jose Serrano", "ESP Jose Serrano";
 * - one name (or one PSN ID) per line.
 *
 * Each line gives a name, and maybe a country (ISO alpha-2) and a PSN ID.
 * Nothing here matches drivers: see ./match.ts.
 */
import { columnKind, readPosition } from '../results/columns';
import { resolveCountry } from '../results/countries';

/** One driver line of a pasted line-up. */
export interface LineupLine {
  /** 1-based line number in the pasted text. */
  lineNo: number;
  /** The line as pasted, trimmed. */
  raw: string;
  /** The driver's name as written ("José Serrano"), or a PSN ID when that is all the line gives. */
  name: string;
  /** ISO 3166-1 alpha-2, when the line names a country. */
  country: string | null;
  /** The PSN ID, when the line gives one apart from the name. */
  psnId: string | null;
}

/** Roles a table column can play; other columns (region, seed, points) are ignored. */
type Role = 'country' | 'name' | 'psn' | 'position';

/** A PSN Online ID: 3–16 letters, digits, `-` or `_`, starting with a letter. */
const PSN_ID = /^[A-Za-z][A-Za-z0-9_-]{2,15}$/;

/**
 * Looks like a PSN ID rather than a name: the ID shape plus something a name
 * does not have (an underscore, a digit, or a capital inside the word as in
 * "PolUrra"). A single plain word ("Serrano") stays a name.
 */
export function looksLikePsnId(text: string): boolean {
  return PSN_ID.test(text) && (/[_\d-]/.test(text) || /[a-z][A-Z]/.test(text));
}

const LIST_MARKER = /^(?:\(?\d{1,3}[.)\]:]?|[-–—*•·+>]|#\d{1,3}\.?|p\d{1,3}\.?)\s+/i;
const SEPARATOR_ROW = /^[\s|:+=-]+$/;
// Two regional-indicator letters form a flag emoji ("🇪🇸" = E + S).
const FLAG = /^([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])\s*/u;
const DASH_SPLIT = /\s+[–—-]\s+|\s*[–—]\s*|\s*:\s+/;
const BRACKETS = /\s*[([]([^()[\]]*)[)\]]\s*$/;

function flagCountry(text: string): { country: string; rest: string } | null {
  const m = FLAG.exec(text);
  if (!m) return null;
  const code = String.fromCharCode(
    0x41 + m[1]!.codePointAt(0)! - 0x1f1e6,
    0x41 + m[2]!.codePointAt(0)! - 0x1f1e6,
  );
  return { country: code, rest: text.slice(m[0].length) };
}

/** A country named by a whole cell: English name, variant ("USA") or ISO code. */
function countryOf(text: string): string | null {
  const t = text
    .trim()
    .replace(/^[([](.*)[)\]]$/, '$1')
    .trim();
  if (t === '') return null;
  const flag = flagCountry(t);
  if (flag && flag.rest.trim() === '') return flag.country;
  return resolveCountry(t);
}

/**
 * Splits a table row into cells: on tabs, on pipes, on semicolons or on two
 * or more commas (CSV), or on runs of two or more spaces. A line with none
 * of those is one cell. One comma alone does not split: "Serrano, Jose".
 */
function cellsOf(line: string): string[] {
  let cells: string[];
  if (line.includes('\t')) cells = line.split('\t');
  else if (line.includes('|')) cells = line.replace(/^\s*\||\|\s*$/g, '').split('|');
  else if (line.includes(';')) cells = line.split(';');
  else if ((line.match(/,/g) ?? []).length >= 2) cells = line.split(',');
  else cells = line.split(/ {2,}/);
  return cells.map((c) => c.trim());
}

/** Header cell → role, using the result tables' column names. */
function headerRole(cell: string): Role | null | undefined {
  const kind = columnKind(cell);
  if (kind === 'country') return 'country';
  if (kind === 'driver' || kind === 'countryDriver') return 'name';
  if (kind === 'psnId') return 'psn';
  if (kind === 'position') return 'position';
  return kind === null ? undefined : null;
}

/** A row is a header when every non-empty cell is a column name and one of them names drivers. */
function readHeader(cells: readonly string[]): (Role | null)[] | null {
  const roles = cells.map((c) => (c === '' ? null : headerRole(c)));
  if (roles.some((r) => r === undefined)) return null;
  if (!roles.includes('name') && !roles.includes('psn')) return null;
  return roles.map((r) => r ?? null);
}

/**
 * Roles of the columns of a table without header, voted over all rows: the
 * column that is mostly countries, the one that is mostly positions, the one
 * that is mostly PSN IDs; of the rest, the one with most words is the name.
 */
function inferRoles(rows: readonly string[][]): (Role | null)[] {
  const width = Math.max(...rows.map((r) => r.length));
  const share = (col: number, test: (cell: string) => boolean) => {
    let hits = 0;
    let filled = 0;
    for (const row of rows) {
      const cell = row[col] ?? '';
      if (cell === '') continue;
      filled++;
      if (test(cell)) hits++;
    }
    return filled === 0 ? 0 : hits / filled;
  };
  const roles: (Role | null)[] = Array.from({ length: width }, () => null);
  const free = () => roles.map((r, i) => (r === null ? i : -1)).filter((i) => i >= 0);
  const claim = (role: Role, score: (col: number) => number) => {
    let best = -1;
    let bestScore = 0.5;
    for (const col of free()) {
      const s = score(col);
      if (s > bestScore) [best, bestScore] = [col, s];
    }
    if (best >= 0) roles[best] = role;
  };
  claim('position', (c) => share(c, (cell) => readPosition(cell) !== null));
  claim('country', (c) => share(c, (cell) => countryOf(cell) !== null));
  // The name column: the most cells with a space (first and last name), else the first free column.
  const nameScore = (c: number) => share(c, (cell) => /\S\s+\S/.test(cell) || !looksLikePsnId(cell));
  const named = free().sort((a, b) => nameScore(b) - nameScore(a))[0];
  if (named !== undefined) roles[named] = 'name';
  claim('psn', (c) => share(c, looksLikePsnId));
  return roles;
}

/**
 * Reads one free-form line ("Spain – Jose Serrano (JoseSerrano_16)",
 * "Kaj de Bruin (NL)", "🇪🇸 Jose Serrano", "ESP Jose Serrano").
 */
function readFreeLine(text: string): Omit<LineupLine, 'lineNo' | 'raw'> {
  let rest = text.trim();
  let country: string | null = null;
  let psnId: string | null = null;

  const flag = flagCountry(rest);
  if (flag) [country, rest] = [flag.country, flag.rest.trim()];

  const brackets = () => {
    // "(JoseSerrano_16)", "(ES)", "[Spain]" at the end; a line may carry both.
    for (let i = 0; i < 2; i++) {
      const m = BRACKETS.exec(rest);
      if (!m || m.index === 0) return;
      const inner = m[1]!.trim();
      const asCountry = countryOf(inner);
      if (asCountry && country === null && !looksLikePsnId(inner)) country = asCountry;
      else if (PSN_ID.test(inner) && psnId === null) psnId = inner;
      else return;
      rest = rest.slice(0, m.index).trim();
    }
  };
  brackets();

  // "Spain – Jose Serrano", "Jose Serrano – Spain", "Jose Serrano - JoseSerrano_16".
  const parts = rest.split(DASH_SPLIT).map((p) => p.trim());
  if (parts.length === 2 && parts[0] !== '' && parts[1] !== '') {
    const [left, right] = parts as [string, string];
    const leftCountry = countryOf(left);
    const rightCountry = countryOf(right);
    if (leftCountry && !rightCountry) {
      country ??= leftCountry;
      rest = right;
    } else if (rightCountry && !leftCountry) {
      country ??= rightCountry;
      rest = left;
    } else if (looksLikePsnId(right) && !looksLikePsnId(left) && psnId === null) {
      psnId = right;
      rest = left;
    }
  }

  brackets();

  // "ESP Jose Serrano" / "ES Jose Serrano": an upper-case ISO code before the name.
  if (country === null) {
    const m = /^([A-Z]{2,3})\s+(\S.*)$/.exec(rest);
    const code = m ? resolveCountry(m[1]!) : null;
    if (m && code) [country, rest] = [code, m[2]!];
  }
  // A trailing bare code ("Jose Serrano ES") is not read: it is as likely a name part ("Lee", "Wu").
  return { name: rest.replace(/\s+/g, ' ').trim(), country, psnId };
}

/** The line without its list marker ("1.", "-", "•", "P3"). */
function stripMarker(line: string): string {
  return line.replace(LIST_MARKER, '').trim();
}

/**
 * Reads a pasted line-up into one entry per driver line, in order. Blank
 * lines, header rows and Markdown separator rows are skipped; a line that
 * gives no name (only a country, only a number) is skipped too.
 */
export function parseLineup(text: string): LineupLine[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ raw: raw.trim(), lineNo: i + 1 }))
    .filter((l) => l.raw !== '' && !SEPARATOR_ROW.test(l.raw));
  if (lines.length === 0) return [];

  const split = lines.map((l) => ({
    ...l,
    cells: cellsOf(l.raw).filter((c, i, all) => c !== '' || i < all.length - 1),
  }));
  // Lines with several cells are table rows; the others are read one by one, so a table and
  // a list pasted together both read.
  const first = split[0]!;
  const header = first.cells.length > 1 ? readHeader(first.cells) : null;
  const tableRows = split.filter((l) => l.cells.length > 1 && !(header && l === first));
  const roles = header ?? (tableRows.length > 0 ? inferRoles(tableRows.map((l) => l.cells)) : []);
  const out: LineupLine[] = [];
  for (const entry of split) {
    const { raw, lineNo, cells } = entry;
    if (header && entry === first) continue;
    if (cells.length <= 1) {
      // A title ("Nations Cup line-up:") or a lone column name ("Driver") names no one.
      if (raw.endsWith(':') || readHeader([raw]) !== null) continue;
      const single = withName(lineNo, raw, readFreeLine(stripMarker(raw)));
      if (hasName(single)) out.push(single);
      continue;
    }
    const cell = (role: Role) => {
      const i = roles.indexOf(role);
      return i >= 0 ? (cells[i] ?? '').trim() : '';
    };
    // The name cell may itself carry "(ES)" or "(PSN)": read it like a free line.
    const inner = readFreeLine(stripMarker(cell('name')));
    const psn = cell('psn');
    const line = withName(lineNo, raw, {
      name: inner.name,
      country: countryOf(cell('country')) ?? inner.country,
      psnId: psn !== '' && PSN_ID.test(psn) ? psn : inner.psnId,
    });
    if (line.name === '' && line.psnId !== null) line.name = line.psnId;
    if (hasName(line)) out.push(line);
  }
  return out;
}

function withName(lineNo: number, raw: string, parsed: Omit<LineupLine, 'lineNo' | 'raw'>): LineupLine {
  return { lineNo, raw, ...parsed };
}

/** A line names someone when its name has a letter (not just "12" or "—"). */
function hasName(line: LineupLine): boolean {
  return /\p{L}/u.test(line.name);
}
