import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import type { Season } from '../../../../shared/domain/types';
import { Flag } from '../../components/Flag';
import { driverById, entryName } from '../../lib/season-lookup';
import { PartialBadge } from '../../components/ChampionshipBadges';
import { formatNumber } from '../../lib/format';

/** The podium of the most recent race with a result in this season. */
export function LatestResults({ season }: { season: Season }) {
  const { t } = useTranslation('home');
  const latest = useLiveQuery(async () => {
    const races = season.rounds.flatMap((round) => round.races.map((race) => ({ race, round })));
    const results = await db.results.bulkGet(races.map(({ race }) => race.id));
    let best: { index: number; startsAt: string } | null = null;
    results.forEach((result, index) => {
      const startsAt = races[index]!.race.startsAt;
      if (result && (!best || startsAt > best.startsAt)) best = { index, startsAt };
    });
    if (!best) return null;
    const { index } = best as { index: number };
    return { ...races[index]!, result: results[index]! };
  }, [season]);

  if (latest === undefined) return null;
  if (latest === null) return <p className="muted">{t('home:latest.noneFor', { season: season.name })}</p>;
  const podium = [...latest.result.classification].sort((a, b) => a.position - b.position).slice(0, 3);
  return (
    <div>
      <p className="muted">
        {latest.round.name} · {latest.race.name} <PartialBadge result={latest.result} />
      </p>
      <ol className="podium-list" aria-label={t('home:latest.podium', { race: latest.race.name })}>
        {podium.map((row) => (
          <li key={row.driverId}>
            <span className={`pos p${row.position}`}>{row.position}</span>
            <Flag country={driverById(season, row.driverId)?.country} />
            <span>{entryName(season, row.driverId)}</span>
            {row.points != null && (
              <span className="faint">{t('home:latest.points', { points: formatNumber(row.points) })}</span>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
