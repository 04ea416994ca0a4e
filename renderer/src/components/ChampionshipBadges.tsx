import type { RaceResult, ScheduleStatus } from '../../../shared/domain/types';
import { partialLabel, STATUS_LABEL } from '../lib/championship-labels';

/** "Cancelled" / "To be announced" next to a round or race. */
export function StatusBadge({ status }: { status: ScheduleStatus | undefined }) {
  if (!status) return null;
  return <span className={`badge ${status === 'cancelled' ? 'lock' : 'warn'}`}>{STATUS_LABEL[status]}</span>;
}

/** "podium only" / "winner only" on a result whose later positions are not known. */
export function PartialBadge({ result }: { result: RaceResult | null | undefined }) {
  const label = partialLabel(result);
  if (!label) return null;
  return (
    <span
      className="badge warn"
      title="Only the first positions are known; a full classification may replace it."
    >
      {label}
    </span>
  );
}

/** The report URLs of an official fact, as text (the app opens no links). */
export function SourceUrls({ urls }: { urls: readonly string[] | undefined }) {
  if (!urls || urls.length === 0) return null;
  return (
    <span className="faint source-urls">
      Source:{' '}
      {urls.map((url, i) => (
        <span key={url}>
          {i > 0 && ' · '}
          <code>{url}</code>
        </span>
      ))}
    </span>
  );
}
