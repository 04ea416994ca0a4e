import { messageOf } from '../../../../shared/common/result';
import { LockedRaceError, PickError } from '../../db/picks';

/** A sentence for the user about a refused change. */
export function errorMessage(error: unknown): string {
  if (error instanceof LockedRaceError) return 'This race has started: picks are locked.';
  if (error instanceof PickError) return error.message;
  return `Could not save: ${messageOf(error)}`;
}
