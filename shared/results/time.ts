/**
 * Race times and gaps as printed in GTWS reports → milliseconds.
 *
 * Accepted: `44'25.829`, `1'25.165`, `17'47.179` (minutes'seconds), `1:25.165`,
 * `1:02:03.456` (h:m:s), `25.165`; gaps carry a leading `+` (`+00.205`,
 * `+1'05.938`, `+0.112`). Fractions of 1–3 digits. Lapped gaps (`+1 Lap`) are
 * recognised but have no time.
 */

/** A recognised time or gap token. */
export interface TimeToken {
  kind: 'time' | 'gap' | 'laps-down';
  text: string;
  /** null for `laps-down`, or when the value would not be a safe integer. */
  ms: number | null;
}

// Minutes may use the typographic apostrophe (’) or prime (′) after a copy from a web page.
const TIME_RE = /^(\+)?(?:(?:(\d{1,3}):)?(\d{1,4})['’′:])?(\d{1,2})(?:[.,](\d{1,3}))?$/;
const LAPS_DOWN_RE = /^\+\s*(\d{1,3})\s*laps?$/i;

/**
 * Reads one token as a time or gap; null when it is neither. A bare integer
 * (`6`) is not a time: it is a position or points.
 */
export function readTimeToken(raw: string): TimeToken | null {
  const text = raw.trim();
  // Both forms start with "+" or a digit; a name word is turned away before any regex runs.
  const c = text.charCodeAt(0);
  if (c !== 43 && !(c >= 48 && c <= 57)) return null;
  const lapped = LAPS_DOWN_RE.exec(text);
  if (lapped) return { kind: 'laps-down', text, ms: null };
  const m = TIME_RE.exec(text);
  if (!m) return null;
  const [, plus, hours, minutes, seconds, fraction] = m;
  // "12" alone is an integer, not a time; a time needs a fraction or a minutes part.
  if (fraction === undefined && minutes === undefined) return null;
  const ms = toMs(hours, minutes, seconds!, fraction);
  return { kind: plus ? 'gap' : 'time', text, ms };
}

/** Milliseconds of a time or gap text, or null if it is not one. */
export function parseTimeMs(text: string): number | null {
  return readTimeToken(text)?.ms ?? null;
}

function toMs(
  hours: string | undefined,
  minutes: string | undefined,
  seconds: string,
  fraction: string | undefined,
): number | null {
  const h = hours ? Number(hours) : 0;
  const m = minutes ? Number(minutes) : 0;
  const s = Number(seconds);
  // Seconds after a minutes part must be below 60; a bare seconds value ("75.2") may not be.
  if (minutes !== undefined && s >= 60) return null;
  if (hours !== undefined && m >= 60) return null;
  const frac = fraction ? Number(fraction.padEnd(3, '0')) : 0;
  const ms = ((h * 60 + m) * 60 + s) * 1000 + frac;
  return Number.isSafeInteger(ms) ? ms : null;
}

/** `85634` → `1'25.634`, the official notation (used in messages). */
export function formatMs(ms: number): string {
  const minutes = Math.floor(ms / 60000);
  const seconds = Math.floor((ms % 60000) / 1000);
  const millis = ms % 1000;
  const tail = `${String(seconds).padStart(2, '0')}.${String(millis).padStart(3, '0')}`;
  return minutes > 0 ? `${minutes}'${tail}` : tail;
}
