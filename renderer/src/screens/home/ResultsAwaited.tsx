import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Cup, Round } from '../../../../shared/domain/types';
import { db } from '../../db';
import { cupName } from '../../i18n/terms';

/**
 * The races of a round that have started but still have no result: the picks
 * on them wait for it, so a finished round is not mistaken for a graded one.
 * Cancelled and to-be-announced races are never awaited. With `cups` (the
 * active league's) only those cups' races; when races of both cups are
 * listed each is named with its cup.
 */
export function ResultsAwaited({ round, now, cups }: { round: Round; now: number; cups?: readonly Cup[] }) {
  const { t } = useTranslation('home');
  const missing = useLiveQuery(async () => {
    if (round.status !== undefined) return [];
    const started = round.races.filter(
      (race) =>
        race.pickable &&
        race.status === undefined &&
        Date.parse(race.startsAt) <= now &&
        (!cups || cups.includes(race.cup)),
    );
    const results = await db.results.bulkGet(started.map((race) => race.id));
    const awaited = started.filter((_, i) => !results[i]);
    const bothCups = new Set(awaited.map((race) => race.cup)).size > 1;
    return awaited.map((race) =>
      bothCups ? t('home:awaited.race', { cup: cupName(t, race.cup), race: race.name }) : race.name,
    );
  }, [round, now, cups, t]);
  if (!missing?.length) return null;
  return (
    <p>
      {t('home:awaited.label')} <strong>{missing.join(', ')}</strong>
      {t('home:awaited.end')} <Link to="/results">{t('home:awaited.link')}</Link>
      {t('home:awaited.end')}
    </p>
  );
}
