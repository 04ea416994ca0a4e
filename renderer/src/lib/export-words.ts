/** The shared table's words (CSV headers, share image) in the active language. */
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CardWords, CsvHeaders } from './standings-export';
import { cupName } from '../i18n/terms';

export function csvHeaders(t: TFunction): CsvHeaders {
  return {
    rank: t('leaderboard:export.csvHead.rank'),
    member: t('leaderboard:export.csvHead.member'),
    points: t('leaderboard:export.csvHead.points'),
    exact: t('leaderboard:export.csvHead.exact'),
    perfectPodiums: t('leaderboard:export.csvHead.perfect'),
    winners: t('leaderboard:export.csvHead.winners'),
    cups: { nations: cupName(t, 'nations'), manufacturers: cupName(t, 'manufacturers') },
  };
}

export function cardWords(t: TFunction): CardWords {
  return {
    rank: t('leaderboard:export.card.rank'),
    member: t('leaderboard:export.card.member'),
    exact: t('leaderboard:export.card.exact'),
    points: t('leaderboard:export.card.points'),
    members: (count) => t('leaderboard:export.card.members', { count }),
    more: (count) => t('leaderboard:export.card.more', { count }),
    tagline: t('leaderboard:export.card.tagline'),
  };
}

/** Both, for the share buttons (loads the leaderboard catalogue). */
export function useExportWords() {
  const { t } = useTranslation('leaderboard');
  return useMemo(() => ({ csv: csvHeaders(t), card: cardWords(t) }), [t]);
}
