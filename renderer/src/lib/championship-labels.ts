/** Words for schedule statuses and partial results, shown the same way on every screen. */
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RaceResult, Round } from '../../../shared/domain/types';
import { completeness } from '../../../shared/scoring/gradable';

/** "podium only" / "winner only" for a partial result, null for a full one. */
export function partialLabel(t: TFunction, result: RaceResult | null | undefined): string | null {
  if (!result) return null;
  switch (completeness(result)) {
    case 'full':
      return null;
    case 'podium':
      return t('picker:partial.podium');
    case 'winner':
      return t('picker:partial.winner');
    case 'incomplete':
      return t('picker:partial.incomplete');
  }
}

/** Why a round offers nothing to pick, as a code for the screens to word; null when it has pickable races. */
export type NothingToPick = 'cancelled' | 'tba' | 'noRaces' | 'noPoints';

export function nothingToPick(round: Round): NothingToPick | null {
  if (round.status === 'cancelled') return 'cancelled';
  if (round.status === 'tba') return 'tba';
  if (round.races.length === 0) return 'noRaces';
  if (!round.races.some((race) => race.pickable)) return 'noPoints';
  return null;
}

/** Why a round offers nothing to pick, or null when it has pickable races. */
export function nothingToPickText(t: TFunction, round: Round): string | null {
  switch (nothingToPick(round)) {
    case 'cancelled':
      return t('round:nothingToPick.cancelled');
    case 'tba':
      return t('round:nothingToPick.tba');
    case 'noRaces':
      return t('round:nothingToPick.noRaces');
    case 'noPoints':
      return t('round:nothingToPick.noPoints');
    case null:
      return null;
  }
}

/** These words in the active language, for components (loads their catalogues). */
export function useChampionshipLabels() {
  const { t } = useTranslation(['round', 'picker']);
  return useMemo(
    () => ({
      partial: (result: RaceResult | null | undefined) => partialLabel(t, result),
      nothingToPick: (round: Round) => nothingToPickText(t, round),
    }),
    [t],
  );
}
