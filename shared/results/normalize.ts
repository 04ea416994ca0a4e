/**
 * Text folding used to compare names: "José  Serrano" and "jose serrano" are
 * the same key. Letters are folded by the project's one name folding
 * ({@link foldName}), so the parser matches exactly what the picker finds.
 */
import { foldName } from '../common/fold';

/** Japanese and Chinese script: names and words are written without spaces between them. */
export const SPACELESS_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff]/;

// Most names in result files are plain ASCII words; they skip the Unicode work (hot in 100,000-row CSVs).
const PLAIN_ASCII = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Lower case, accents removed, punctuation as spaces, single spaces. */
export function foldKey(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return foldName(text)
    .replace(/[.'’`´_\-/(),]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower case and single spaces only: keeps accents, for "exact" comparisons. */
export function exactKey(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

// Reused rows of the distance matrix: suggestions run this for every unknown name × every known name.
let prevRow = new Uint32Array(64);
let currRow = new Uint32Array(64);

/** Levenshtein distance, cut off early once it exceeds `max` (returns max + 1). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (prevRow.length <= b.length) {
    prevRow = new Uint32Array(b.length * 2 + 1);
    currRow = new Uint32Array(b.length * 2 + 1);
  }
  let prev = prevRow;
  let curr = currRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const swap = prev;
    prev = curr;
    curr = swap;
  }
  return prev[b.length]!;
}
