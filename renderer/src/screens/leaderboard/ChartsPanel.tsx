import { useMemo } from 'react';
import type { LeagueStandings } from '../../hooks/useStandings';
import { LineChart, type Series } from './LineChart';
import { formatPoints } from './model';
import { memberStats, seasonSeries } from './stats';
import { VirtualTable } from './VirtualTable';
import { MEMBER_COLORS } from '../../db/leagues';

/** Lines are readable up to about this many members; the rest are in the statistics table. */
const CHART_MEMBERS = 8;

// Members without a colour get the same palette new members are offered.
const PALETTE = MEMBER_COLORS;

interface ChartsPanelProps {
  ls: LeagueStandings;
  selectedId: string | null;
  activeMemberId: string | null;
}

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);

/** Points and rank over the season, and per-member statistics. Loaded on demand (own chunk). */
export default function ChartsPanel({ ls, selectedId, activeMemberId }: ChartsPanelProps) {
  const { standings, data, rounds } = ls;
  const shown = useMemo(() => {
    const ids = standings.rows.slice(0, CHART_MEMBERS).map((row) => row.memberId);
    for (const extra of [activeMemberId, selectedId])
      if (extra && !ids.includes(extra) && standings.rows.some((row) => row.memberId === extra))
        ids.push(extra);
    return ids;
  }, [standings, activeMemberId, selectedId]);
  const series = useMemo(() => seasonSeries(ls, shown), [ls, shown]);
  const stats = useMemo(() => memberStats(ls), [ls]);
  const colors = new Map(
    data.members.map((member, i) => [member.id, member.color ?? PALETTE[i % PALETTE.length]!]),
  );
  const roundName = (id: string) => rounds.find((round) => round.id === id)?.label ?? id;

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
        <p className="muted">Charts appear once a round has a result.</p>
      ) : (
        <>
          <ul className="lb-legend" aria-label="Chart legend">
            {pointsSeries.map((s) => (
              <li key={s.id} className={s.emphasis ? 'emphasis' : undefined}>
                <span className="lb-swatch" style={{ background: s.color }} aria-hidden="true" />
                {s.name}
              </li>
            ))}
            {hidden > 0 && <li className="faint">+{hidden} more in the table below</li>}
          </ul>
          <div className="lb-chart-grid">
            <LineChart
              title="Points over the season"
              summary={leader ? `${leader.name} leads with ${formatPoints(leader.points)} points.` : ''}
              labels={series.labels}
              series={pointsSeries}
            />
            <LineChart
              title="Rank after each round"
              summary={leader ? `${leader.name} is ranked first.` : ''}
              labels={series.labels.slice(1)}
              series={rankSeries}
              invert
            />
          </div>
          {standings.rules.dropWorst > 0 && (
            <p className="faint">
              Points lines add every round; dropped rounds come off the total in the table.
            </p>
          )}
        </>
      )}
      <h2>Statistics</h2>
      <VirtualTable
        label="Member statistics"
        rowCount={stats.length}
        head={
          <tr aria-rowindex={1}>
            <th scope="col">Member</th>
            <th scope="col" className="num">
              Exact rate
            </th>
            <th scope="col" className="num">
              Podium hit rate
            </th>
            <th scope="col">Best round</th>
            <th scope="col">Worst round</th>
            <th scope="col" className="num">
              Jokers used
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
              <td>{s.best ? `${roundName(s.best.roundId)} · ${formatPoints(s.best.points)} pts` : '–'}</td>
              <td>{s.worst ? `${roundName(s.worst.roundId)} · ${formatPoints(s.worst.points)} pts` : '–'}</td>
              <td className="num">{standings.rules.joker ? `${s.jokersUsed} / 1` : 'off'}</td>
            </tr>
          );
        }}
      />
    </div>
  );
}
