import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';

/** "No league yet", with the way to create one; `why` says what this screen needs a league for. */
export function NoLeagueState({ why }: { why: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('common:noLeague.title')}
      link={{ to: '/league', label: t('common:action.createLeague') }}
    >
      {why}
    </EmptyState>
  );
}
