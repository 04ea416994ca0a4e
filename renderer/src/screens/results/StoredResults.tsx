import { useTranslation } from 'react-i18next';
import { cupName, sportTerm } from '../../i18n/terms';
import type { RaceResult, Season } from '../../../../shared/domain/types';
import { EmptyState } from '../../components/EmptyState';
import { Flag } from '../../components/Flag';
import { driverById, entryName } from '../../lib/season-lookup';
import { PartialBadge, SourceUrls } from '../../components/ChampionshipBadges';
import { DataTable } from '../../components/TableFrame';

/** Which races of the season have a stored result, with the podium and where it came from. */
export function StoredResults({ season, results }: { season: Season; results: Map<string, RaceResult> }) {
  const { t } = useTranslation('results');
  const stored = season.rounds.flatMap((round) =>
    round.races.flatMap((race) => {
      const result = results.get(race.id);
      return result ? [{ round, race, result }] : [];
    }),
  );
  if (stored.length === 0) {
    return (
      <EmptyState title={t('results:stored.emptyTitle')}>
        {t('results:stored.empty', { season: season.name })}
      </EmptyState>
    );
  }
  return (
    <section className="panel" aria-labelledby="stored-results-title">
      <h2 id="stored-results-title">{t('results:stored.title')}</h2>
      <DataTable
        labelledBy="stored-results-title"
        head={
          <>
            <th>{t('results:enter.race')}</th>
            <th>{sportTerm(t, 'podium')}</th>
            <th className="num">{t('results:stored.rows')}</th>
            <th>{t('results:stored.source')}</th>
          </>
        }
      >
        {stored.map(({ round, race, result }) => (
          <tr key={race.id}>
            <td>
              <div className="rs-race">
                {race.name} <PartialBadge result={result} />
              </div>
              <div className="faint rs-sub">{round.name}</div>
              {/* Both cups race a "Grand Final" at each round: the Manufacturers Cup's says so. */}
              {race.cup === 'manufacturers' && <div className="faint rs-sub">{cupName(t, race.cup)}</div>}
            </td>
            <td className="rs-podium-cell">
              <ol
                className="rs-podium"
                aria-label={t('results:stored.podiumLabel', { round: round.name, race: race.name })}
              >
                {[...result.classification]
                  .sort((a, b) => a.position - b.position)
                  .slice(0, 3)
                  .map((row) => (
                    <li key={row.driverId}>
                      <span className={`pos p${row.position}`}>{row.position}</span>
                      <Flag country={driverById(season, row.driverId)?.country} />
                      {entryName(season, row.driverId)}
                      {row.points ? (
                        <span className="faint"> {t('results:stored.points', { count: row.points })}</span>
                      ) : null}
                    </li>
                  ))}
              </ol>
            </td>
            <td className="num">{result.classification.length}</td>
            <td className="faint rs-source">
              {result.source ? (
                <>
                  <span title={result.source.sha256 ? `SHA-256 ${result.source.sha256}` : undefined}>
                    {result.source.fileName}
                  </span>
                  <SourceUrls urls={result.source.urls} />
                </>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
