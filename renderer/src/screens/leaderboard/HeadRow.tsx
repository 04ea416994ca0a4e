import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One column header of a leaderboard table. */
export interface HeadCell {
  key: string;
  label: ReactNode;
  /** Numbers are right-aligned, like their cells. */
  num?: boolean;
}

/** The header row of a leaderboard table (the first row of its virtual grid). */
export function HeadRow({ cells }: { cells: readonly HeadCell[] }) {
  return (
    <tr aria-rowindex={1}>
      {cells.map((cell) => (
        <th key={cell.key} scope="col" className={cell.num ? 'num' : undefined}>
          {cell.label}
        </th>
      ))}
    </tr>
  );
}

/** The headers every member table shares: rank, member, points. */
export function useMemberColumns(): Record<'rank' | 'member' | 'points', HeadCell> {
  const { t } = useTranslation('leaderboard');
  return {
    rank: { key: 'rank', label: t('leaderboard:col.rank'), num: true },
    member: { key: 'member', label: t('leaderboard:col.member') },
    points: { key: 'points', label: t('leaderboard:col.points'), num: true },
  };
}
