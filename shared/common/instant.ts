/**
 * The one strict check of dates and instants in files people exchange. A date
 * must exist on the calendar — `2025-02-30` or `2025-06-31` would silently
 * roll over to March or July in `Date`, moving a pick's time across a race
 * start — and an instant must name its zone (`Z` or `+02:00`): a local time
 * would be a different instant on each machine, so a pick could be on time on
 * one and late on another.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:[Zz]|[+-](\d{2}):?(\d{2}))$/;

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isCalendarDay(year: string, month: string, day: string): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Whether text is a calendar date `YYYY-MM-DD` that exists. */
export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  return m !== null && isCalendarDay(m[1]!, m[2]!, m[3]!);
}

/**
 * Whether text is an ISO 8601 date-time with its zone, on a day that exists,
 * with hours 00–23, minutes and seconds 00–59 and a zone offset up to ±23:59.
 */
export function isZonedInstant(text: string): boolean {
  const m = INSTANT.exec(text);
  if (m === null || !isCalendarDay(m[1]!, m[2]!, m[3]!)) return false;
  const within = (value: string | undefined, max: number) => value === undefined || Number(value) <= max;
  return within(m[4], 23) && within(m[5], 59) && within(m[6], 59) && within(m[7], 23) && within(m[8], 59);
}

/** Message for a zod refinement with {@link isZonedInstant}. */
export const ZONED_INSTANT_MESSAGE =
  'must be a real ISO date-time with its zone, like "2025-06-01T10:00:00Z"';
