import { useTranslation } from 'react-i18next';
import type { Race } from '../../../../shared/domain/types';

/** "Track · Car · 30 laps" under a race's name, saying so when the track or car is not announced. */
export function RaceFacts({ race }: { race: Race }) {
  const { t } = useTranslation('round');
  return (
    <p className="race-facts">
      {race.track || t('round:card.trackTba')}
      <span className="sep">·</span>
      {race.car || t('round:card.carTba')}
      {race.laps != null && (
        <>
          <span className="sep">·</span>
          {t('round:card.laps', { count: race.laps })}
        </>
      )}
    </p>
  );
}
