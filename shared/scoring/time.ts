/**
 * Milliseconds of a UTC ISO instant. The strict `YYYY-MM-DDTHH:MM:SS(.sss)Z`
 * form every Podium file uses is read from char codes (a league can hold a
 * million picks, and Date.parse would dominate loading them); anything else
 * falls back to Date.parse. NaN when the text is not a date.
 */
export function isoToMs(text: string): number {
  const n = text.length;
  if ((n === 20 || n === 24) && text.charCodeAt(10) === 84 /* T */ && text.charCodeAt(n - 1) === 90 /* Z */) {
    const y = digits(text, 0, 4);
    const mo = digits(text, 5, 2);
    const d = digits(text, 8, 2);
    const h = digits(text, 11, 2);
    const mi = digits(text, 14, 2);
    const s = digits(text, 17, 2);
    const ms = n === 24 ? digits(text, 20, 3) : 0;
    if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && s <= 59 && ms >= 0)
      return Date.UTC(y, mo - 1, d, h, mi, s, ms);
  }
  return Date.parse(text);
}

function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/**
 * Whether text is a date-time that names its zone (`Z` or `+02:00`). Files
 * friends exchange must not carry local times: the same text would be a
 * different instant on each machine, and a pick could be on time on one and
 * late on another.
 */
export function isZonedInstant(text: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})$/.test(text) &&
    !Number.isNaN(isoToMs(text))
  );
}
