import { useNow } from '../hooks/useNow';

function parts(ms: number) {
  const total = Math.max(0, Math.floor(ms / 1000));
  return {
    days: Math.floor(total / 86400),
    hours: Math.floor((total % 86400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

/** "3d 4h 12m" for compact places. */
export function formatDuration(ms: number): string {
  const { days, hours, minutes, seconds } = parts(ms);
  if (days > 0) return `${days}d ${hours}h ${minutes}m`;
  if (hours > 0) return `${hours}h ${minutes}m`;
  return `${minutes}m ${seconds}s`;
}

/** Large countdown to an instant, e.g. a race lock. */
export function Countdown({ to, label }: { to: string; label: string }) {
  const now = useNow(1000);
  const remaining = Date.parse(to) - now;
  const { days, hours, minutes, seconds } = parts(remaining);
  const cells: [number, string][] = [
    [days, 'days'],
    [hours, 'hours'],
    [minutes, 'min'],
    [seconds, 'sec'],
  ];
  return (
    <div className="countdown" role="timer" aria-label={`${label}: ${formatDuration(remaining)}`}>
      {cells.map(([value, unit]) => (
        <div className="countdown-cell" key={unit}>
          <div className="countdown-value">{String(value).padStart(2, '0')}</div>
          <div className="countdown-unit">{unit}</div>
        </div>
      ))}
    </div>
  );
}
