import type { RaceResult, Season, SessionKind } from '../../../../shared/domain/types';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isGradable } from '../../../../shared/scoring';
import { formatDateRange, formatDateTime, formatPlace } from '../../lib/format';
import { entryName } from '../../lib/season-lookup';
import { useChampionshipLabels } from '../../lib/championship-labels';
import { PartialBadge, StatusBadge } from '../../components/ChampionshipBadges';
import { TableFrame } from '../../components/TableFrame';

/** The calendar's short session names ("Qualifying", "Sprint"), shorter than the sport's full names. */
function sessionLabel(t: TFunction, session: SessionKind): string {
  switch (session) {
    case 'quali':
      return t('season:calendar.session.quali');
    case 'sprint':
      return t('season:calendar.session.sprint');
    case 'race1':
      return t('season:calendar.session.race1');
    case 'race2':
      return t('season:calendar.session.race2');
    case 'race3':
      return t('season:calendar.session.race3');
    case 'gf':
      return t('season:calendar.session.gf');
  }
}

function ResultCell({ season, result }: { season: Season; result: RaceResult | undefined }) {
  const { t } = useTranslation('season');
  if (!result) return <span className="faint">—</span>;
  const winner = [...result.classification].sort((a, b) => a.position - b.position)[0];
  return (
    <span>
      {winner
        ? t('season:calendar.winner', { name: entryName(season, winner.driverId) })
        : t('season:calendar.emptyResult')}{' '}
      <PartialBadge result={result} />
      {!isGradable(result) && <span className="faint"> · {t('season:calendar.notGraded')}</span>}
    </span>
  );
}

/**
 * `results`: the season's stored results by race id; `hidden`: races whose result the
 * active replay league has not seen (see spoiler-guard.ts).
 */
export function SeasonCalendar({
  season,
  results,
  hidden,
}: {
  season: Season;
  results: ReadonlyMap<string, RaceResult>;
  hidden: ReadonlySet<string>;
}) {
  const { t } = useTranslation('season');
  const labels = useChampionshipLabels();
  const races = season.rounds.flatMap((r) => r.races);
  return (
    <section className="panel" aria-labelledby="calendar-title">
      <div className="panel-header">
        <h2 id="calendar-title">{t('season:calendar.title')}</h2>
        <span className="muted">
          {t('season:calendar.rounds', { count: season.rounds.length })} ·{' '}
          {t('season:calendar.pickableRaces', { count: races.filter((r) => r.pickable).length })}
        </span>
      </div>
      {season.rounds.map((round) => (
        <article
          key={round.id}
          aria-label={round.name}
          className={round.status ? `round-${round.status}` : undefined}
        >
          <h3>
            {round.name}{' '}
            {(round.venue || round.city) && <span className="muted">· {formatPlace(round)}</span>}{' '}
            <StatusBadge status={round.status} />
          </h3>
          <p className="faint" style={{ margin: '0.2rem 0 0.5rem' }}>
            {formatDateRange(round.date, round.endDate)}
            {round.date !== undefined && ` · ${t('season:calendar.timeZone', { zone: round.timeZone })}`}
          </p>
          {round.races.length === 0 ? (
            <p className="muted">{labels.nothingToPick(round)}</p>
          ) : (
            <TableFrame>
              <table className="season-calendar">
                <thead>
                  <tr>
                    <th>{t('season:calendar.head.session')}</th>
                    <th>{t('season:calendar.head.track')}</th>
                    <th>{t('season:calendar.head.car')}</th>
                    <th className="num">{t('season:calendar.head.laps')}</th>
                    <th>{t('season:calendar.head.starts')}</th>
                    <th>{t('season:calendar.head.points')}</th>
                    <th>{t('season:calendar.head.picks')}</th>
                    <th>{t('season:calendar.head.result')}</th>
                  </tr>
                </thead>
                <tbody>
                  {round.races.map((race) => (
                    <tr key={race.id}>
                      <td>
                        {sessionLabel(t, race.session)}
                        {race.cup === 'manufacturers' && (
                          <span className="faint"> · {t('season:calendar.manufacturers')}</span>
                        )}
                      </td>
                      <td>{race.track || <span className="faint">{t('season:calendar.notKnown')}</span>}</td>
                      <td>{race.car || <span className="faint">{t('season:calendar.notKnown')}</span>}</td>
                      <td className="num">{race.laps ?? '—'}</td>
                      <td>
                        {formatDateTime(race.startsAt)}
                        {race.startsAtEstimate && (
                          <span className="faint"> {t('season:calendar.estimated')}</span>
                        )}
                      </td>
                      <td className="faint">
                        {race.pointsTable.length ? race.pointsTable.join('-') : t('season:calendar.noPoints')}
                      </td>
                      <td>
                        {race.status ? (
                          <StatusBadge status={race.status} />
                        ) : race.pickable ? (
                          <span className="badge ok">{t('season:calendar.pickable')}</span>
                        ) : (
                          <span className="faint">—</span>
                        )}
                      </td>
                      <td>
                        {hidden.has(race.id) ? (
                          <span className="faint">{t('season:spoiler.hiddenCell')}</span>
                        ) : (
                          <ResultCell season={season} result={results.get(race.id)} />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          )}
        </article>
      ))}
    </section>
  );
}
