import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import type { LeagueStandings } from '../../hooks/useStandings';
import { formatPoints, movementOf, movementText, rankMap, sharedRanks } from './model';
import { VirtualTable } from './VirtualTable';
import { HeadRow, useMemberColumns } from './HeadRow';
import { cupName } from '../../i18n/terms';
import type { StandingsRow } from '../../../../shared/scoring';
import type { CupSplit } from '../../lib/cup-split';
import { useLeaderboardWords } from './words';

interface StandingsTableProps {
  ls: LeagueStandings;
  selectedId: string | null;
  activeMemberId: string | null;
  onSelect: (memberId: string) => void;
}

/** The season table: one row per member, one column per round. Virtualised for large leagues. */
export function StandingsTable({ ls, selectedId, activeMemberId, onSelect }: StandingsTableProps) {
  const { t } = useTranslation('leaderboard');
  const { movementLabel } = useLeaderboardWords();
  const { standings, previous, rounds, split } = ls;
  const rows = standings.rows;
  const shared = useMemo(() => sharedRanks(rows), [rows]);
  const before = useMemo(() => rankMap(previous), [previous]);
  const medal = (rank: number) => (rank <= 3 ? ` p${rank}` : '');

  const columns = useMemberColumns();
  const head = (
    <HeadRow
      cells={[
        columns.rank,
        {
          key: 'move',
          label: <span title={t('leaderboard:col.moveTitle')}>{t('leaderboard:col.move')}</span>,
        },
        columns.member,
        columns.points,
        ...(split?.cups ?? []).map((cup) => ({ key: `cup-${cup}`, label: cupName(t, cup), num: true })),
        {
          key: 'exact',
          label: <abbr title={t('leaderboard:col.exactTitle')}>{t('leaderboard:col.exact')}</abbr>,
          num: true,
        },
        {
          key: 'perfect',
          label: <abbr title={t('leaderboard:col.perfectTitle')}>{t('leaderboard:col.perfect')}</abbr>,
          num: true,
        },
        {
          key: 'winners',
          label: <abbr title={t('leaderboard:col.winnersTitle')}>{t('leaderboard:col.winners')}</abbr>,
          num: true,
        },
        ...rounds.map((round) => ({
          key: round.id,
          label: <abbr title={round.name}>{round.label}</abbr>,
          num: true,
        })),
      ]}
    />
  );

  return (
    <VirtualTable
      label={t('leaderboard:table.label')}
      head={head}
      rowCount={rows.length}
      renderRow={(index, rowProps) => {
        const row = rows[index]!;
        const move = movementText(movementOf(before, row));
        const selected = row.memberId === selectedId;
        const byRound = row.byRound;
        return (
          <tr
            {...rowProps}
            className={`lb-row${selected ? ' selected' : ''}`}
            onClick={() => onSelect(row.memberId)}
          >
            <td className="num">
              <span className={`pos${medal(row.rank)}`}>
                {shared.has(row.rank) ? `=${row.rank}` : row.rank}
              </span>
            </td>
            <td className={`lb-move ${move.kind}`}>
              <span aria-hidden="true">{move.text}</span>
              <span className="sr-only">{movementLabel(movementOf(before, row))}</span>
            </td>
            <th scope="row">
              <span className="lb-member">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={selected}
                  aria-controls={selected ? 'lb-breakdown' : undefined}
                  onClick={(event) => {
                    event.stopPropagation();
                    onSelect(row.memberId);
                  }}
                >
                  {row.name}
                </button>
                {row.memberId === activeMemberId && <span className="badge">{t('leaderboard:you')}</span>}
              </span>
            </th>
            <td className="num lb-points">{formatPoints(row.points)}</td>
            {split && <CupCells split={split} row={row} />}
            <td className="num">{row.exact}</td>
            <td className="num">{row.perfectPodiums}</td>
            <td className="num">{row.winners}</td>
            {rounds.map((round) => {
              const value = byRound[round.id];
              if (value === undefined)
                return (
                  <td key={round.id} className="num faint">
                    ·
                  </td>
                );
              const joker = row.jokerRoundId === round.id;
              const dropped = row.droppedRoundIds.includes(round.id);
              return (
                <td key={round.id} className={`num${joker ? ' lb-joker' : ''}`}>
                  {dropped ? <s>{formatPoints(value)}</s> : formatPoints(value)}
                  {joker && (
                    <span className="lb-joker-mark" title={t('leaderboard:jokerTitle')}>
                      <span aria-hidden="true">{t('leaderboard:jokerMark')}</span>
                      <span className="sr-only"> {t('leaderboard:jokerSpoken')}</span>
                    </span>
                  )}
                  {dropped && <span className="sr-only"> {t('leaderboard:droppedSpoken')}</span>}
                </td>
              );
            })}
          </tr>
        );
      }}
    />
  );
}

/** A row's points in each of the league's cups. */
function CupCells({ split, row }: { split: CupSplit; row: StandingsRow }) {
  const points = split.pointsOf(row);
  return split.cups.map((cup) => (
    <td key={cup} className="num lb-cup-points">
      {formatPoints(points[cup])}
    </td>
  ));
}
