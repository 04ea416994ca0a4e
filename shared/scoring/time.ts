/**
 * Milliseconds of a UTC ISO instant. The strict `YYYY-MM-DDTHH:MM:SS(.sss)Z`
 * form every Podium file uses is read from char codes (a league can hold a
 * million picks, and Date.parse would dominate loading them); anything else
 * falls back to Date.parse. NaN when the text is not a date.
 */
export function isoToMs(text: string): number {
  readIsoMs(text);
  return READ[0]!;
}

/**
 * Where {@link readIsoMs} leaves its answer. The reader is too long to be
 * inlined, and a call returning a number beyond the small-integer range
 * allocates a number object: one per pick, a million per cold league. A
 * typed-array slot carries the double without one; {@link isoToMs} is small
 * enough to be inlined where it is called.
 */
const READ = new Float64Array(1);

function readIsoMs(text: string): void {
  const n = text.length;
  if ((n === 20 || n === 24) && text.charCodeAt(10) === 84 /* T */ && text.charCodeAt(n - 1) === 90 /* Z */) {
    // Digits as numbers 0..9; anything else falls outside and fails the range check below.
    const c0 = text.charCodeAt(0) - 48;
    const c1 = text.charCodeAt(1) - 48;
    const c2 = text.charCodeAt(2) - 48;
    const c3 = text.charCodeAt(3) - 48;
    const c5 = text.charCodeAt(5) - 48;
    const c6 = text.charCodeAt(6) - 48;
    const c8 = text.charCodeAt(8) - 48;
    const c9 = text.charCodeAt(9) - 48;
    const c11 = text.charCodeAt(11) - 48;
    const c12 = text.charCodeAt(12) - 48;
    const c14 = text.charCodeAt(14) - 48;
    const c15 = text.charCodeAt(15) - 48;
    const c17 = text.charCodeAt(17) - 48;
    const c18 = text.charCodeAt(18) - 48;
    const c20 = n === 24 ? text.charCodeAt(20) - 48 : 0;
    const c21 = n === 24 ? text.charCodeAt(21) - 48 : 0;
    const c22 = n === 24 ? text.charCodeAt(22) - 48 : 0;
    // One unsigned comparison per digit: a negative value wraps to a huge one.
    const allDigits =
      (c0 | c1 | c2 | c3 | c5 | c6 | c8 | c9 | c11 | c12 | c14 | c15 | c17 | c18 | c20 | c21 | c22) >>> 0 <
        16 &&
      c0 <= 9 &&
      c1 <= 9 &&
      c2 <= 9 &&
      c3 <= 9 &&
      c5 <= 9 &&
      c6 <= 9 &&
      c8 <= 9 &&
      c9 <= 9 &&
      c11 <= 9 &&
      c12 <= 9 &&
      c14 <= 9 &&
      c15 <= 9 &&
      c17 <= 9 &&
      c18 <= 9 &&
      c20 <= 9 &&
      c21 <= 9 &&
      c22 <= 9;
    if (allDigits) {
      const y = c0 * 1000 + c1 * 100 + c2 * 10 + c3;
      const mo = c5 * 10 + c6;
      const d = c8 * 10 + c9;
      const h = c11 * 10 + c12;
      const mi = c14 * 10 + c15;
      const s = c17 * 10 + c18;
      const ms = c20 * 100 + c21 * 10 + c22;
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && s <= 59) {
        READ[0] = ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60_000 + s * 1000 + ms;
        return;
      }
    }
  }
  READ[0] = Date.parse(text);
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
 * algorithm): the same as `Date.UTC(y, m − 1, d) / 86 400 000`, including how
 * a day past the month's end rolls into the next month, without a builtin call.
 * Years are 0–9999 (four digits), so every quotient is of a small non-negative
 * integer and truncates with `| 0` (an integer division, where Math.floor of a
 * double division costs a third of reading a million picks); only year 0's
 * January and February fall in the era before.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = year >= 0 ? (year / 400) | 0 : -1;
  const yoe = year - era * 400;
  const doy = (((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) | 0) + d - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The strict instant check lives with the other file checks; re-exported for scoring's callers. */
export { isZonedInstant } from '../common/instant';
