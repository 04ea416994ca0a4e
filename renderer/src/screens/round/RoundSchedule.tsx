import { useTranslation } from 'react-i18next';
import { RaceHeading } from './RaceHeading';
import type { Round } from '../../../../shared/domain/types';
import { formatDuration } from '../../components/Countdown';
import { raceTitle } from '../../components/CupBadge';
import { formatDateTime, formatTime } from '../../lib/format';

/** The round's pickable races without a league: what will be picked, and when it locks. */
export function RoundSchedule({ round, now }: { round: Round; now: number }) {
  const { t } = useTranslation('round');
  return (
    <div className="race-grid">
      {round.races
        .filter((race) => race.pickable)
        .map((race) => {
          const left = Date.parse(race.startsAt) - now;
          return (
            <article key={race.id} className="panel race-card" aria-label={raceTitle(t, race)}>
              <header className="race-card-header">
                <RaceHeading race={race} showCup={race.cup === 'manufacturers'} />
                {left > 0 ? (
                  <span className="badge ok">
                    {t('round:card.locksIn', { duration: formatDuration(left) })}
                  </span>
                ) : (
                  <span className="badge lock">{t('round:card.started')}</span>
                )}
              </header>
              <p className="faint">
                {t('round:card.scheduleLine', {
                  date: formatDateTime(race.startsAt),
                  time: formatTime(race.startsAt, round.timeZone),
                  city: round.city,
                })}
                {race.startsAtEstimate && ` ${t('round:card.estimated')}`}
              </p>
            </article>
          );
        })}
    </div>
  );
}
