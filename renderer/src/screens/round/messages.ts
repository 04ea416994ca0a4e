import { useTranslation } from 'react-i18next';
import { messageOf } from '../../../../shared/common/result';
import { LockedRaceError, PickError } from '../../db/picks';

/** Turns a refused change into a sentence for the user, in the chosen language. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('round');
  return (error) => {
    if (error instanceof LockedRaceError) return t('round:error.locked');
    // The picks layer words its refusals itself.
    if (error instanceof PickError) return error.message;
    return t('round:error.notSaved', { reason: messageOf(error) });
  };
}
