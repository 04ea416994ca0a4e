/** Date and time formatting in the user's zone and in a venue's zone. */

export function formatDateTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, {
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

export function formatDate(isoDate: string): string {
  // ISO dates (no time) are calendar days: format in UTC so no zone shifts the day.
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A round's dates; a round whose date is not announced yet says so. */
export function formatDateRange(start: string | undefined, end?: string): string {
  if (start === undefined) return 'Date to be announced';
  return end && end !== start ? `${formatDate(start)} – ${formatDate(end)}` : formatDate(start);
}

export function formatTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** "1 pick", "3 picks": counts in messages read better without "(s)". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "Television Centre, London", or just the city when the venue is not known. */
export function formatPlace(place: { venue: string; city: string }): string {
  return [place.venue, place.city].filter((part) => part.trim()).join(', ') || 'Venue to be announced';
}
