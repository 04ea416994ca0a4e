import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import type { LeagueStandings } from '../../hooks/useStandings';
import { LineChart, type Series } from './LineChart';
import { formatPoints } from './model';
import { memberStats, seasonSeries } from './stats';
import { VirtualTable } from './VirtualTable';
import { MEMBER_COLORS } from '../../db/leagues';
import { formatNumber } from '../../lib/format';

/** Lines are readable up to about this many members; the rest are in the statistics table. */
const CHART_MEMBERS = 8;

// Members without a colour get the same palette new members are offered.
const PALETTE = MEMBER_COLORS;

interface ChartsPanelProps {
  ls: LeagueStandings;
  selectedId: string | null;
  activeMemberId: string | null;
}

const percent = (rate: number | null) =>
  rate === null ? '–' : formatNumber(rate, { style: 'percent', maximumFractionDigits: 0 });

/** Points and rank over the season, and per-member statistics. Loaded on demand (own chunk). */
export default function ChartsPanel({ ls, selectedId, activeMemberId }: ChartsPanelProps) {
  const { t } = useTranslation('leaderboard');
  const { standings, data, rounds } = ls;
  const shown = useMemo(() => {
    const ids = standings.rows.slice(0, CHART_MEMBERS).map((row) => row.memberId);
    for (const extra of [activeMemberId, selectedId])
      if (extra && !ids.includes(extra) && standings.rows.some((row) => row.memberId === extra))
        ids.push(extra);
    return ids;
  }, [standings, activeMemberId, selectedId]);
  const startLabel = t('leaderboard:charts.start');
  const series = useMemo(() => seasonSeries(ls, shown, startLabel), [ls, shown, startLabel]);
  const stats = useMemo(() => memberStats(ls), [ls]);
  const colors = new Map(
    data.members.map((member, i) => [member.id, member.color ?? PALETTE[i % PALETTE.length]!]),
  );
  const roundName = (id: string) => rounds.find((round) => round.id === id)?.label ?? id;
  const roundPoints = ({ roundId, points }: { roundId: string; points: number }) =>
    `${roundName(roundId)} · ${t('leaderboard:pts', { count: points, points: formatPoints(points) })}`;

  const build = (values: Map<string, number[]>): Series[] =>
    shown.map((id) => ({
      id,
      name: standings.rows.find((row) => row.memberId === id)?.name ?? id,
      color: colors.get(id) ?? PALETTE[0]!,
      values: values.get(id) ?? [],
      emphasis: id === selectedId || (selectedId === null && id === activeMemberId),
    }));
  const pointsSeries = build(series.points);
  const rankSeries = build(series.ranks);
  const leader = standings.rows[0];
  const hidden = standings.rows.length - shown.length;

  return (
    <div className="lb-charts">
      {series.labels.length < 2 ? (
        <p className="muted">{t('leaderboard:charts.empty')}</p>
      ) : (
        <>
          <ul className="lb-legend" aria-label={t('leaderboard:charts.legend')}>
            {pointsSeries.map((s) => (
              <li key={s.id} className={s.emphasis ? 'emphasis' : undefined}>
                <span className="lb-swatch" style={{ background: s.color }} aria-hidden="true" />
                {s.name}
              </li>
            ))}
            {hidden > 0 && <li className="faint">{t('leaderboard:charts.more', { count: hidden })}</li>}
          </ul>
          <div className="lb-chart-grid">
            <LineChart
              title={t('leaderboard:charts.points')}
              summary={
                leader
                  ? t('leaderboard:charts.pointsSummary', {
                      name: leader.name,
                      count: leader.points,
                      points: formatPoints(leader.points),
                    })
                  : ''
              }
              labels={series.labels}
              series={pointsSeries}
            />
            <LineChart
              title={t('leaderboard:charts.rank')}
              summary={leader ? t('leaderboard:charts.rankSummary', { name: leader.name }) : ''}
              labels={series.labels.slice(1)}
              series={rankSeries}
              invert
            />
          </div>
          {standings.rules.dropWorst > 0 && <p className="faint">{t('leaderboard:charts.dropNote')}</p>}
        </>
      )}
      <h2>{t('leaderboard:stats.title')}</h2>
      <VirtualTable
        label={t('leaderboard:stats.label')}
        rowCount={stats.length}
        head={
          <tr aria-rowindex={1}>
            <th scope="col">{t('leaderboard:col.member')}</th>
            <th scope="col" className="num">
              {t('leaderboard:stats.exactRate')}
            </th>
            <th scope="col" className="num">
              {t('leaderboard:stats.podiumRate')}
            </th>
            <th scope="col">{t('leaderboard:stats.best')}</th>
            <th scope="col">{t('leaderboard:stats.worst')}</th>
            <th scope="col" className="num">
              {t('leaderboard:stats.jokers')}
            </th>
          </tr>
        }
        renderRow={(index, rowProps) => {
          const s = stats[index]!;
          return (
            <tr {...rowProps}>
              <th scope="row">{s.name}</th>
              <td className="num">{percent(s.exactRate)}</td>
              <td className="num">{percent(s.podiumRate)}</td>
              <td>{s.best ? roundPoints(s.best) : '–'}</td>
              <td>{s.worst ? roundPoints(s.worst) : '–'}</td>
              <td className="num">
                {standings.rules.joker ? `${s.jokersUsed} / 1` : t('leaderboard:stats.off')}
              </td>
            </tr>
          );
        }}
      />
    </div>
  );
}
