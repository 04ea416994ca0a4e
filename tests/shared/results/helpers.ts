import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParsedRow } from '../../../shared/results';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/results');
export const OFFICIAL_FILE = '2025-r1-london-nations-official.txt';
export const PIPE_FILE = '2025-r1-london-nations-grand-final-pipe.txt';

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The contract fields of a row, for compact expectations. */
export function rowFacts(row: ParsedRow) {
  return [row.position, row.country, row.driver, row.time, row.timeMs, row.gapMs, row.points] as const;
}
