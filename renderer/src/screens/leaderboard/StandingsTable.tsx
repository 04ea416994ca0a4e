import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import type { LeagueStandings, RoundColumn } from '../../hooks/useStandings';
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
  // Worded once per table, not once per row: rows render while the table scrolls.
  const words = useMemo(
    () => ({
      you: t('leaderboard:you'),
      jokerTitle: t('leaderboard:jokerTitle'),
      jokerMark: t('leaderboard:jokerMark'),
      jokerSpoken: t('leaderboard:jokerSpoken'),
      droppedSpoken: t('leaderboard:droppedSpoken'),
    }),
    [t],
  );
  const spokenMove = useMemo(() => remembered(movementLabel), [movementLabel]);

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

  const widest = useMemo(() => widestTexts(rows, before, rounds, split), [rows, before, rounds, split]);

  return (
    <VirtualTable
      label={t('leaderboard:table.label')}
      head={head}
      sizer={<SizerRow widest={widest} words={words} />}
      rowCount={rows.length}
      renderRow={(index, rowProps) => {
        const row = rows[index]!;
        const places = movementOf(before, row);
        const move = movementText(places);
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
              <span className="sr-only">{spokenMove(places)}</span>
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
                {row.memberId === activeMemberId && <span className="badge">{words.you}</span>}
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
                    <span className="lb-joker-mark" title={words.jokerTitle}>
                      <span aria-hidden="true">{words.jokerMark}</span>
                      <span className="sr-only"> {words.jokerSpoken}</span>
                    </span>
                  )}
                  {dropped && <span className="sr-only"> {words.droppedSpoken}</span>}
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

/** `label`, computed once per distinct movement (most rows share a handful of values). */
function remembered(label: (move: number | null) => string): (move: number | null) => string {
  const said = new Map<number | null, string>();
  return (move) => {
    let text = said.get(move);
    if (text === undefined) said.set(move, (text = label(move)));
    return text;
  };
}

/** The longest text each column shows over every row of the table. */
interface WidestTexts {
  rank: string;
  move: string;
  name: string;
  points: string;
  cups: string[];
  exact: string;
  perfect: string;
  winners: string;
  rounds: string[];
}

/** Of numbers shown with {@link formatPoints}, the longest text. */
function longestPoints(values: Iterable<number>): string {
  let widest = '';
  for (const value of values) {
    // Digits are tabular: the longest text is the widest. Integers and halves differ in length,
    // so only a new length is worth formatting.
    const text = formatPoints(value);
    if (text.length > widest.length) widest = text;
  }
  return widest;
}

/** Numbers as short as the extremes of the column, formatted once per distinct extreme. */
function extremes(values: Iterable<number>): number[] {
  let min = Infinity;
  let max = -Infinity;
  let half: number | null = null;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
    if (half === null && !Number.isInteger(value)) half = value;
  }
  const out = Number.isFinite(max) ? [min, max] : [];
  // A fraction adds a decimal to the largest magnitude too.
  if (half !== null && Number.isFinite(max)) out.push(max + 0.5, min - 0.5);
  return out;
}

function widestTexts(
  rows: readonly StandingsRow[],
  before: Map<string, number> | null,
  rounds: readonly RoundColumn[],
  split: CupSplit | null,
): WidestTexts {
  const last = rows[rows.length - 1];
  let farthest = 0;
  let longestName = '';
  for (const row of rows) {
    const move = movementOf(before, row);
    if (move !== null && Math.abs(move) > farthest) farthest = Math.abs(move);
    if (row.name.length > longestName.length) longestName = row.name;
  }
  const column = (of: (row: StandingsRow) => number | undefined) =>
    longestPoints(extremes(rows.flatMap((row) => of(row) ?? [])));
  return {
    rank: last ? `=${last.rank}` : '',
    move: movementText(farthest > 0 ? farthest : null).text,
    name: longestName,
    points: column((row) => row.points),
    cups: (split?.cups ?? []).map((cup) => column((row) => split!.pointsOf(row)[cup])),
    exact: String(Math.max(0, ...rows.map((row) => row.exact))),
    perfect: String(Math.max(0, ...rows.map((row) => row.perfectPodiums))),
    winners: String(Math.max(0, ...rows.map((row) => row.winners))),
    rounds: rounds.map((round) => column((row) => row.byRound[round.id])),
  };
}

/**
 * A row of no height holding the widest text of every column (and the YOU and
 * joker marks everywhere they can appear), so that column widths stay the same
 * while rows scroll in and out: a width change lays out every cell of the table
 * again. Its cells mirror the real rows' cells above; it has no controls and
 * is hidden from assistive technology.
 */
function SizerRow({ widest, words }: { widest: WidestTexts; words: { you: string; jokerMark: string } }) {
  return (
    <tr className="lb-sizer" aria-hidden="true">
      <td className="num">
        <span className="pos">{widest.rank}</span>
      </td>
      <td className="lb-move">
        <span>{widest.move}</span>
      </td>
      <th>
        <span className="lb-member">
          <span className="button link-button">{widest.name}</span>
          <span className="badge">{words.you}</span>
        </span>
      </th>
      <td className="num lb-points">{widest.points}</td>
      {widest.cups.map((text, i) => (
        <td key={i} className="num lb-cup-points">
          {text}
        </td>
      ))}
      <td className="num">{widest.exact}</td>
      <td className="num">{widest.perfect}</td>
      <td className="num">{widest.winners}</td>
      {widest.rounds.map((text, i) => (
        <td key={i} className="num lb-joker">
          {text}
          <span className="lb-joker-mark">
            <span>{words.jokerMark}</span>
          </span>
        </td>
      ))}
    </tr>
  );
}
