import { messageOf } from '../../../../shared/common/result';
import { useState } from 'react';
import { platform, type Result } from '../../platform';
import { useToast } from '../../components/Toasts';
import type { LeagueStandings } from '../../hooks/useStandings';
import { exportFileName, standingsCsv, standingsPng } from '../../lib/standings-export';

/** Export the table as CSV (spreadsheets) or as a PNG card (group chats). */
export function ShareButtons({ ls }: { ls: LeagueStandings }) {
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const { league, season } = ls.data;
  const graded = ls.rounds.filter((round) => round.graded);
  const subtitle = graded.length ? `After ${graded[graded.length - 1]!.name}` : 'Before the first result';

  const run = async (what: string, save: () => Promise<Result<string | null>>) => {
    setBusy(true);
    try {
      const outcome = await save();
      if (!outcome.ok) notify(`Could not export the ${what}: ${outcome.problems.join(' ')}`, 'error');
      else if (outcome.value !== null)
        notify(`Standings ${what} saved${outcome.value ? `: ${outcome.value}` : ''}.`);
    } catch (error) {
      notify(`Could not export the ${what}: ${messageOf(error)}`, 'error');
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
          run('CSV', () =>
            platform.saveTextFile(exportFileName(league.name, 'csv'), standingsCsv(ls.standings, ls.rounds), [
              'csv',
            ]),
          )
        }
      >
        Export CSV
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
                leagueName: league.name,
                seasonName: season.name,
                subtitle,
                standings: ls.standings,
              }),
            ),
          )
        }
      >
        Share as image
      </button>
    </>
  );
}
