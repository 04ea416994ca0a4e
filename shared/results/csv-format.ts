/**
 * CSV results: comma, semicolon or tab separated, a header row naming the
 * columns (see columns.ts), optional BOM (removed before this runs) and CRLF.
 * Parsing is papaparse's; this module maps columns and keeps line numbers.
 * An optional `Race`/`Session` column splits one file into several tables.
 * A `Team` / `Manufacturer` / `TeamId` column makes it a Manufacturers Cup table.
 */
import Papa from 'papaparse';
import { mapHeaderCells, type ColumnMap } from './columns';
import { readCellRow, rowError, type TeamSplitter } from './rows';
import { cleanTitle, sessionOfHeading } from './sessions';
import type { TableDraft } from './table-draft';
import type { ParseIssue } from './types';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvScan {
  tables: TableDraft[];
  issues: ParseIssue[];
}

/**
 * The delimiter of a header line when it is a CSV results header, else null.
 * The header must name a position and a driver column; that is what tells a
 * CSV from prose that happens to contain commas.
 */
export function detectCsvHeader(headerLine: string): CsvDelimiter | null {
  if (headerLine.includes('|')) return null;
  let best: CsvDelimiter | null = null;
  let bestCount = 0;
  for (const d of [',', ';', '\t'] as const) {
    // Without the delimiter the line is one cell: not a header, and no need to ask papaparse.
    if (!headerLine.includes(d)) continue;
    const cells = Papa.parse<string[]>(headerLine, { delimiter: d }).data[0] ?? [];
    if (cells.length >= 2 && cells.length > bestCount && mapHeaderCells(cells)) {
      best = d;
      bestCount = cells.length;
    }
  }
  return best;
}

/** Reads a CSV: the first non-blank record is the header. */
export function scanCsv(
  text: string,
  delimiter: CsvDelimiter,
  knownName: (name: string) => boolean,
  splitTeam: TeamSplitter = () => null,
): CsvScan {
  const issues: ParseIssue[] = [];
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const records = parsed.data;
  // Each record starts on the line after the previous one ended; quoted cells may hold newlines.
  let line = 1;
  let map: ColumnMap | null = null;
  let headerLine = 1;
  let width = 0;
  let teamColumns = false;
  const recordLines: number[] = [];
  const byRace = new Map<string, TableDraft>();
  const tables: TableDraft[] = [];
  const tableFor = (name: string, lineNo: number): TableDraft => {
    let table = byRace.get(name);
    if (!table) {
      table = {
        title: name === '' ? null : cleanTitle(name),
        session: name === '' ? null : sessionOfHeading(name),
        track: null,
        car: null,
        laps: null,
        line: lineNo,
        rows: [],
        fastestLap: null,
        ...(teamColumns ? { cup: 'manufacturers' as const } : {}),
      };
      byRace.set(name, table);
      tables.push(table);
    }
    return table;
  };

  for (const record of records) {
    const lineNo = line;
    recordLines.push(lineNo);
    for (const cell of record) {
      for (let k = cell.indexOf('\n'); k >= 0; k = cell.indexOf('\n', k + 1)) line++;
    }
    line++;
    const blank = record.length === 0 || record.every((c) => c.trim() === '');
    if (blank) continue;
    if (map === null) {
      map = mapHeaderCells(record);
      headerLine = lineNo;
      width = record.length;
      if (map === null) {
        issues.push({
          severity: 'error',
          line: lineNo,
          message:
            'The CSV header must name at least a Position (or Rank) column and a Driver (or Team) column.',
          code: 'csv-header-missing',
          params: {},
        });
        return { tables, issues };
      }
      teamColumns = map.team !== undefined || map.teamDriver !== undefined || map.teamId !== undefined;
      continue;
    }
    if (record.length > width + 1 && record.slice(width).some((c) => c.trim() !== '')) {
      issues.push({
        severity: 'warning',
        line: lineNo,
        message: `This row has ${record.length} cells but the header has ${width}; the extra cells were ignored.`,
        code: 'csv-extra-cells',
        params: { cells: record.length, width },
      });
    }
    const raceName = map.race === undefined ? '' : (record[map.race] ?? '').trim();
    const table = tableFor(raceName, byRace.size === 0 ? headerLine : lineNo);
    const read = readCellRow(record, map, lineNo, knownName, splitTeam);
    if (read.ok) table.rows.push(read.row);
    else issues.push(rowError(lineNo, read));
  }
  for (const error of parsed.errors) {
    // Delimiter and line-ending guesses are not errors here; a quote left open is.
    if (error.code === 'MissingQuotes' || error.code === 'InvalidQuotes') {
      const at = error.row === undefined ? 1 : (recordLines[error.row] ?? 1);
      issues.push({
        severity: 'error',
        line: at,
        message: 'A quoted cell is not closed properly (check the " marks).',
        code: 'csv-open-quote',
        params: {},
      });
    }
  }
  if (map !== null && tables.length === 0) tableFor('', headerLine);
  return { tables, issues };
}
