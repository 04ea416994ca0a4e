import type { Round } from '../../../../shared/domain/types';
import { formatDuration } from '../../components/Countdown';
import { formatDateTime, formatTime } from '../../lib/format';

/** The round's pickable races without a league: what will be picked, and when it locks. */
export function RoundSchedule({ round, now }: { round: Round; now: number }) {
  return (
    <div className="race-grid">
      {round.races
        .filter((race) => race.pickable)
        .map((race) => {
          const left = Date.parse(race.startsAt) - now;
          return (
            <article key={race.id} className="race-card" aria-label={race.name}>
              <header className="race-card-header">
                <div>
                  <h3>{race.name}</h3>
                  <p className="race-facts">
                    {race.track} <span className="sep">·</span> {race.car}
                    {race.laps != null && (
                      <>
                        <span className="sep">·</span>
                        {race.laps} laps
                      </>
                    )}
                  </p>
                </div>
                {left > 0 ? (
                  <span className="badge ok">Locks in {formatDuration(left)}</span>
                ) : (
                  <span className="badge lock">Started</span>
                )}
              </header>
              <p className="faint">
                {formatDateTime(race.startsAt)} · {formatTime(race.startsAt, round.timeZone)} in {round.city}
                {race.startsAtEstimate && ' (estimated)'}
              </p>
            </article>
          );
        })}
    </div>
  );
}
