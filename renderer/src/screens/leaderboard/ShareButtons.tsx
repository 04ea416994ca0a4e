import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { platform, type Result } from '../../platform';
import { useToast } from '../../components/Toasts';
import type { LeagueStandings } from '../../hooks/useStandings';
import { exportFileName, standingsCsv, standingsPng } from '../../lib/standings-export';
import { useExportWords } from '../../lib/export-words';
import { useProblemsText } from '../../lib/file-problem-text';

/** Export the table as CSV (spreadsheets) or as a PNG card (group chats). */
export function ShareButtons({ ls }: { ls: LeagueStandings }) {
  const { t } = useTranslation('leaderboard');
  const words = useExportWords();
  const notify = useToast();
  const reasonOf = useProblemsText();
  const [busy, setBusy] = useState(false);
  const { league, season } = ls.data;
  const graded = ls.rounds.filter((round) => round.graded);
  const subtitle = graded.length
    ? t('leaderboard:export.after', { round: graded[graded.length - 1]!.name })
    : t('leaderboard:export.beforeFirst');

  const run = async (what: 'csv' | 'image', save: () => Promise<Result<string | null>>) => {
    const failed = (reason: string) =>
      what === 'csv'
        ? t('leaderboard:export.csvFailed', { reason })
        : t('leaderboard:export.imageFailed', { reason });
    const saved = (path: string) =>
      what === 'csv'
        ? path
          ? t('leaderboard:export.csvSavedTo', { path })
          : t('leaderboard:export.csvSaved')
        : path
          ? t('leaderboard:export.imageSavedTo', { path })
          : t('leaderboard:export.imageSaved');
    setBusy(true);
    try {
      const outcome = await save();
      if (!outcome.ok) notify(failed(reasonOf(outcome.problems)), 'error');
      else if (outcome.value !== null) notify(saved(outcome.value));
    } catch (error) {
      notify(failed(reasonOf({ thrown: error })), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          run('csv', () =>
            platform.saveTextFile(
              exportFileName(league.name, 'csv'),
              standingsCsv(ls.standings, ls.rounds, words.csv, ls.split),
              ['csv'],
            ),
          )
        }
      >
        {t('leaderboard:export.csv')}
      </button>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() =>
          run('image', async () =>
            platform.saveBlob(
              exportFileName(league.name, 'png'),
              await standingsPng({
                words: words.card,
                leagueName: league.name,
                seasonName: season.name,
                subtitle,
                standings: ls.standings,
              }),
            ),
          )
        }
      >
        {t('leaderboard:export.image')}
      </button>
    </>
  );
}
