import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Round } from '../../../../shared/domain/types';
import { db } from '../../db';

/**
 * The races of a round that have started but still have no result: the picks
 * on them wait for it, so a finished round is not mistaken for a graded one.
 * Cancelled and to-be-announced races are never awaited.
 */
export function ResultsAwaited({ round, now }: { round: Round; now: number }) {
  const { t } = useTranslation('home');
  const missing = useLiveQuery(async () => {
    if (round.status !== undefined) return [];
    const started = round.races.filter(
      (race) => race.pickable && race.status === undefined && Date.parse(race.startsAt) <= now,
    );
    const results = await db.results.bulkGet(started.map((race) => race.id));
    return started.filter((_, i) => !results[i]).map((race) => race.name);
  }, [round, now]);
  if (!missing?.length) return null;
  return (
    <p>
      {t('home:awaited.label')} <strong>{missing.join(', ')}</strong>
      {t('home:awaited.end')} <Link to="/results">{t('home:awaited.link')}</Link>
      {t('home:awaited.end')}
    </p>
  );
}
