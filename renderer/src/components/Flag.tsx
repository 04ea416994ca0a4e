/** Country badge (ISO alpha-2). Text, not emoji: emoji flags are missing on many Linux and Windows systems. */
export function Flag({ country }: { country: string | null | undefined }) {
  if (!country) return <span className="flag faint">—</span>;
  return (
    <span className="flag" title={countryName(country)}>
      {country.toUpperCase()}
    </span>
  );
}

const displayNames =
  typeof Intl !== 'undefined' && 'DisplayNames' in Intl
    ? new Intl.DisplayNames(['en'], { type: 'region' })
    : null;

export function countryName(code: string): string {
  try {
    return displayNames?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
