import { useTranslation } from 'react-i18next';
import { useNow } from '../hooks/useNow';
import { durationParts, formatDuration } from '../lib/format';

// Screens import the compact duration from here.
export { formatDuration };

/** Large countdown to an instant, e.g. a race lock. */
export function Countdown({ to, label }: { to: string; label: string }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const remaining = Date.parse(to) - now;
  const { days, hours, minutes, seconds } = durationParts(remaining);
  const cells: [number, string][] = [
    [days, t('common:countdown.day', { count: days })],
    [hours, t('common:countdown.hour', { count: hours })],
    [minutes, t('common:countdown.minute', { count: minutes })],
    [seconds, t('common:countdown.second', { count: seconds })],
  ];
  return (
    <div
      className="countdown"
      role="timer"
      aria-label={t('common:countdown.label', { label, duration: formatDuration(remaining) })}
    >
      {cells.map(([value, unit], index) => (
        <div className="countdown-cell" key={index}>
          <div className="countdown-value">{String(value).padStart(2, '0')}</div>
          <div className="countdown-unit">{unit}</div>
        </div>
      ))}
    </div>
  );
}
