import { useTranslation } from 'react-i18next';
import { countryName } from '../lib/format';

// Existing callers import the name from here.
export { countryName };

const NO_COUNTRY = '—';

/** Country badge (ISO alpha-2). Text, not emoji: emoji flags are missing on many Linux and Windows systems. */
export function Flag({ country }: { country: string | null | undefined }) {
  // Re-renders the tooltip when the language changes.
  const { t } = useTranslation();
  if (!country) {
    return (
      <span className="flag faint" title={t('common:country.unknown')}>
        {NO_COUNTRY}
      </span>
    );
  }
  return (
    <span className="flag" title={countryName(country)}>
      {country.toUpperCase()}
    </span>
  );
}
