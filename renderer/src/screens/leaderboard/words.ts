/**
 * The leaderboard's sentences built from engine data: movements, and the
 * lines of a score explanation. The scoring engine returns structured lines
 * (slot, entry, finishing position, outcome, points); they are worded here,
 * in the active language.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BonusLine, SlotLine, StandingsRow } from '../../../../shared/scoring';
import type { CupSplit } from '../../lib/cup-split';
import { cupName } from '../../i18n/terms';
import { formatPoints, movementText } from './model';

/** "+3", or "0": how a score line shows its points. */
const plus = (points: number) => (points > 0 ? `+${formatPoints(points)}` : formatPoints(0));

function movementLabel(t: TFunction, move: number | null): string {
  const { kind, places } = movementText(move);
  if (kind === 'up') return t('leaderboard:move.up', { count: places });
  if (kind === 'down') return t('leaderboard:move.down', { count: places });
  return t('leaderboard:move.same');
}

/** "finished P2", "did not start", "is not in the classification". */
function finishText(t: TFunction, line: SlotLine): string {
  const position = line.actual;
  if (line.status === 'absent') return t('leaderboard:explain.absent');
  if (line.status === 'dns' || position === null) return t('leaderboard:explain.dns');
  if (line.status === 'dnf') return t('leaderboard:explain.finishedDnf', { position });
  if (line.status === 'dsq') return t('leaderboard:explain.finishedDsq', { position });
  return t('leaderboard:explain.finished', { position });
}

function slotText(t: TFunction, line: SlotLine): string {
  const base = t('leaderboard:explain.pick', {
    slot: line.slot,
    name: line.entryName,
    finish: finishText(t, line),
  });
  if (line.unique)
    return t('leaderboard:explain.unique', {
      base,
      points: plus(line.points / 2),
      total: plus(line.points),
    });
  if (line.points > 0 && line.outcome === 'onPodium')
    return t('leaderboard:explain.onPodium', { base, points: plus(line.points) });
  if (line.points > 0 && line.outcome === 'adjacent')
    return t('leaderboard:explain.adjacent', { base, points: plus(line.points) });
  return t('leaderboard:explain.slot', { base, points: plus(line.points) });
}

function bonusText(t: TFunction, bonus: BonusLine): string {
  switch (bonus.kind) {
    case 'perfect':
      return t('leaderboard:explain.perfect', { points: plus(bonus.points) });
    case 'sameThree':
      return t('leaderboard:explain.sameThree', { points: plus(bonus.points) });
    case 'joker':
      return t('leaderboard:explain.joker', { points: plus(bonus.points) });
  }
}

/**
 * A missed race: 0, or (missed-race rule "lowest", when someone else picked)
 * the lowest score of the league on the race, doubled in the joker round.
 */
function missedText(t: TFunction, points: number, lowestRule: boolean, joker: boolean): string {
  if (!lowestRule) return t('leaderboard:explain.missed');
  const lowest = joker ? points / 2 : points;
  return joker
    ? t('leaderboard:explain.missedLowestJoker', { points: plus(lowest) })
    : t('leaderboard:explain.missedLowest', { points: plus(lowest) });
}

/** The leaderboard's word builders, in the active language (loads the `leaderboard` catalogue). */
export function useLeaderboardWords() {
  const { t } = useTranslation('leaderboard');
  return useMemo(
    () => ({
      movementLabel: (move: number | null) => movementLabel(t, move),
      slotText: (line: SlotLine) => slotText(t, line),
      bonusText: (bonus: BonusLine) => bonusText(t, bonus),
      missedText: (points: number, lowestRule: boolean, joker: boolean) =>
        missedText(t, points, lowestRule, joker),
    }),
    [t],
  );
}

/** "Nations Cup 12 pts · Manufacturers Cup 8 pts": a member's points per cup. */
export function cupSplitText(t: TFunction, split: CupSplit, row: StandingsRow): string {
  const points = split.pointsOf(row);
  return split.cups
    .map((cup) =>
      t('leaderboard:cupPoints', {
        cup: cupName(t, cup),
        count: points[cup],
        points: formatPoints(points[cup]),
      }),
    )
    .join(' · ');
}
