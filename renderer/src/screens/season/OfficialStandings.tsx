import type { Season } from '../../../../shared/domain/types';
import { Flag } from '../../components/Flag';
import { SourceUrls } from '../../components/ChampionshipBadges';
import { driverById, entryName } from '../../lib/season-lookup';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../components/TableFrame';
import { cupName } from '../../i18n/terms';
import type { SpoilerGuard } from './spoiler-guard';

/**
 * Champions and the championship standings the sources state, each with its source,
 * less what `guard` keeps back from a blind replay.
 */
export function OfficialStandings({ season, guard }: { season: Season; guard: SpoilerGuard }) {
  const { t } = useTranslation('season');
  const champions = guard.champions ? [] : (season.champions ?? []);
  const tables = (season.standings ?? []).filter((table) => !guard.rounds.has(table.roundId));
  if (champions.length === 0 && tables.length === 0) return null;
  const roundName = (id: string) => season.rounds.find((r) => r.id === id)?.name ?? id;
  return (
    <section className="panel" aria-labelledby="official-standings-title">
      <div className="panel-header">
        <h2 id="official-standings-title">{t('season:standings.title')}</h2>
        <span className="muted">{t('season:standings.asStated')}</span>
      </div>
      {champions.map((champion) => (
        <p key={champion.cup} className="champion">
          <span className="eyebrow muted">
            {champion.cup === 'nations'
              ? t('season:standings.championNations')
              : t('season:standings.championManufacturers')}
          </span>{' '}
          {champion.cup === 'nations' && (
            <>
              <Flag country={driverById(season, champion.entryId)?.country} />{' '}
            </>
          )}
          <strong>{entryName(season, champion.entryId)}</strong> <SourceUrls urls={champion.source.urls} />
        </p>
      ))}
      {tables.map((table) => (
        <article
          key={`${table.cup}-${table.roundId}`}
          aria-label={
            table.cup === 'nations'
              ? t('season:standings.tableLabel', { round: roundName(table.roundId) })
              : t('season:standings.tableLabelInCup', {
                  round: roundName(table.roundId),
                  cup: cupName(t, table.cup),
                })
          }
        >
          <h3>
            {table.cup === 'nations'
              ? t('season:standings.after', { round: roundName(table.roundId) })
              : t('season:standings.afterInCup', {
                  round: roundName(table.roundId),
                  cup: cupName(t, table.cup),
                })}{' '}
            {!table.complete && <span className="faint">{t('season:standings.leadersOnly')}</span>}
          </h3>
          <TableFrame>
            <table>
              <thead>
                <tr>
                  <th className="num">{t('season:standings.head.rank')}</th>
                  <th>
                    {table.cup === 'nations'
                      ? t('season:standings.head.driver')
                      : t('season:standings.head.team')}
                  </th>
                  <th className="num">{t('season:standings.head.points')}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.entryId}>
                    <td className="num">
                      {row.rank ?? <span className="faint">{t('season:standings.notStated')}</span>}
                    </td>
                    <td>
                      {table.cup === 'nations' && (
                        <>
                          <Flag country={driverById(season, row.entryId)?.country} />{' '}
                        </>
                      )}
                      {entryName(season, row.entryId)}
                    </td>
                    <td className="num">
                      {row.points ?? <span className="faint">{t('season:standings.notStated')}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
          <SourceUrls urls={table.source.urls} />
        </article>
      ))}
    </section>
  );
}
