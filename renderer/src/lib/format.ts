/**
 * Dates, times, numbers, ordinals and durations in the app's chosen language
 * (not the OS locale), in the user's zone or a venue's zone.
 */
import { activeLanguage, i18n } from '../i18n/setup';
import { countryNameIn } from '../i18n/countries';

// Formatters are costly to build and lists format hundreds of cells: one per language and options.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = activeLanguage();
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export function formatDateTime(iso: string, timeZone?: string): string {
  return dateFormat({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

// ISO dates (no time) are calendar days: format in UTC so no zone shifts the day.
const CALENDAR_DAY: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
};
const calendarDay = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export function formatDate(isoDate: string): string {
  return dateFormat(CALENDAR_DAY).format(calendarDay(isoDate));
}

/** "Dec 5 – 6, 2026", "5–6 dic 2026": each language's own way to join a range; a round whose date is not announced yet says so. */
export function formatDateRange(start: string | undefined, end?: string): string {
  if (start === undefined) return i18n.t('common:schedule.dateTba');
  if (!end || end === start) return formatDate(start);
  return dateFormat(CALENDAR_DAY).formatRange(calendarDay(start), calendarDay(end));
}

export function formatTime(iso: string, timeZone?: string): string {
  return dateFormat({ hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(
    new Date(iso),
  );
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  const locale = activeLanguage();
  return cached(
    `n|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  ).format(value);
}

/** A finishing place or rank: "1st", "1er", "1.º", "1.", "1位" (Intl.PluralRules ordinal categories). */
export function formatOrdinal(position: number): string {
  return i18n.t('common:ordinal', { count: position, ordinal: true });
}

/** A duration split into whole days, hours, minutes and seconds (negative durations are zero). */
export function durationParts(ms: number) {
  const total = Math.max(0, Math.floor(ms / 1000));
  return {
    days: Math.floor(total / 86400),
    hours: Math.floor((total % 86400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

/** "3d 4h 12m", "3 T. 4 Std. 12 Min.", "3日4時間12分": compact, for badges and accessible names. */
export function formatDuration(ms: number): string {
  const { days, hours, minutes, seconds } = durationParts(ms);
  if (days > 0) return i18n.t('common:duration.days', { days, hours, minutes });
  if (hours > 0) return i18n.t('common:duration.hours', { hours, minutes });
  return i18n.t('common:duration.minutes', { minutes, seconds });
}

/**
 * "in 3 days", "hace 2 horas", "3日後": the distance from `now` to `target`
 * in its largest whole unit (seconds below a minute).
 */
export function formatRelative(target: number, now: number): string {
  const seconds = Math.round((target - now) / 1000);
  const abs = Math.abs(seconds);
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    abs >= 86400
      ? [Math.trunc(seconds / 86400), 'day']
      : abs >= 3600
        ? [Math.trunc(seconds / 3600), 'hour']
        : abs >= 60
          ? [Math.trunc(seconds / 60), 'minute']
          : [seconds, 'second'];
  return new Intl.RelativeTimeFormat(activeLanguage(), { numeric: 'auto' }).format(value, unit);
}

/** Country name of an ISO alpha-2 code in the app's language ("ES" → "España" in Spanish). */
export function countryName(code: string): string {
  return countryNameIn(code, activeLanguage());
}

/**
 * "1 pick", "3 picks": English only, for screens not yet translated; translated
 * screens use a plural key instead (`t('ns:key', { count })`).
 */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "Television Centre, London", or just the city when the venue is not known. */
export function formatPlace(place: { venue: string; city: string }): string {
  return (
    [place.venue, place.city].filter((part) => part.trim()).join(', ') || i18n.t('common:schedule.venueTba')
  );
}
