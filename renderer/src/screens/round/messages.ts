import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../../../shared/common/result';
import { LockedRaceError, PickError, type PickRefusal } from '../../db/picks';

/** A refused pick change in the user's language. */
export function pickRefusalText(t: TFunction, refusal: PickRefusal): string {
  switch (refusal.reason) {
    case 'league-gone':
      return t('round:refusal.leagueGone');
    case 'member-gone':
      return t('round:refusal.memberGone');
    case 'race-not-in-season':
      return t('round:refusal.raceNotInSeason', { race: refusal.raceId });
    case 'not-pickable':
      return t('round:refusal.notPickable', { race: refusal.raceName });
    case 'podium-needs-three':
      return t('round:refusal.podiumNeedsThree');
    case 'not-on-entry-list':
      return t('round:refusal.notOnEntryList', { entry: refusal.entryId, race: refusal.raceName });
    case 'changed-elsewhere':
      return t('round:refusal.changedElsewhere');
    case 'removed-elsewhere':
      return t('round:refusal.removedElsewhere');
    case 'nothing-to-undo':
      return t('round:refusal.nothingToUndo');
    case 'no-joker-rule':
      return t('round:refusal.noJokerRule');
    case 'joker-needs-pick':
      return t('round:refusal.jokerNeedsPick');
    case 'joker-started':
      return t('round:refusal.jokerStarted');
  }
}
import { PinError } from '../../db/pins';

/** Turns a refused change into a sentence for the user, in the chosen language. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('round');
  return (error) => {
    if (error instanceof LockedRaceError) return t('round:error.locked');
    if (error instanceof PinError) {
      if (error.code === 'wrong-pin') return t('round:pin.wrong');
      if (error.code === 'locked-out') return t('round:pin.lockedOut');
      return t('round:pin.length');
    }
    if (error instanceof PickError) return pickRefusalText(t, error.refusal);
    return t('round:error.notSaved', { reason: messageOf(error) });
  };
}
