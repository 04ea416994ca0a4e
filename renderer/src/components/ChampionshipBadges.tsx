import { useTranslation } from 'react-i18next';
import type { RaceResult, ScheduleStatus } from '../../../shared/domain/types';
import { partialLabel } from '../lib/championship-labels';

/** "Cancelled" / "To be announced" next to a round or race. */
export function StatusBadge({ status }: { status: ScheduleStatus | undefined }) {
  const { t } = useTranslation('picker');
  if (!status) return null;
  return (
    <span className={`badge ${status === 'cancelled' ? 'lock' : 'warn'}`}>
      {status === 'cancelled' ? t('picker:status.cancelled') : t('picker:status.tba')}
    </span>
  );
}

/** "podium only" / "winner only" on a result whose later positions are not known. */
export function PartialBadge({ result }: { result: RaceResult | null | undefined }) {
  const { t } = useTranslation('picker');
  const label = partialLabel(t, result);
  if (!label) return null;
  return (
    <span className="badge warn" title={t('picker:partial.title')}>
      {label}
    </span>
  );
}

/** The report URLs of an official fact, as text (the app opens no links). */
export function SourceUrls({ urls }: { urls: readonly string[] | undefined }) {
  const { t } = useTranslation('picker');
  if (!urls || urls.length === 0) return null;
  return (
    <span className="faint source-urls">
      {t('picker:source')}{' '}
      {urls.map((url, i) => (
        <span key={url}>
          {i > 0 && ' · '}
          <code>{url}</code>
        </span>
      ))}
    </span>
  );
}
