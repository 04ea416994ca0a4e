import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LeagueInputError } from '../../db/leagues';
import { problemText } from '../../lib/file-problem-text';
import { thrownProblem } from '../../lib/problems-error';

/** Why a league or member edit failed, in the active language (`league` and `files` namespaces). */
export function leagueEditErrorText(t: TFunction, error: unknown): string {
  if (!(error instanceof LeagueInputError)) return problemText(t, thrownProblem(error));
  const p = error.params;
  switch (error.reason) {
    case 'league-name-required':
      return t('league:inputError.league-name-required');
    case 'member-name-required':
      return t('league:inputError.member-name-required');
    case 'already-member':
      return t('league:inputError.already-member', { name: p.name ?? '' });
    case 'unknown-season':
      return t('league:inputError.unknown-season', { id: p.id ?? '' });
    case 'unknown-league':
      return t('league:inputError.unknown-league', { id: p.id ?? '' });
    case 'unknown-member':
      return t('league:inputError.unknown-member', { id: p.id ?? '' });
  }
}

/** {@link leagueEditErrorText} for a component; loads the `league` and `files` namespaces. */
export function useLeagueEditErrorText(): (error: unknown) => string {
  const { t } = useTranslation(['league', 'files']);
  return useCallback((error: unknown) => leagueEditErrorText(t, error), [t]);
}
