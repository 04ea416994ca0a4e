import { useState, type ReactNode } from 'react';
import type { Season } from '../../../../shared/domain/types';
import { useToast } from '../../components/Toasts';
import { db } from '../../db';
import { chooseTextFile, platform } from '../../platform';
import { SeasonRewriteError } from '../../db/seasons';
import type { SeasonUpdatePlan } from '../../../../shared/seasons/update-diff';
import { commitSeasonImport, readSeasonImport, seasonFileName, serializeSeasonFile } from './season-io';
import { SeasonUpdateList, seasonNames } from './lineup/SeasonUpdateList';
import { rewriteText } from './lineup/update-words';

/** Import / export buttons for season files, with the file's problems listed when it is refused. */
export function SeasonFiles({
  season,
  onImported,
  children,
}: {
  season: Season | null;
  onImported: (id: string) => void;
  children?: ReactNode;
}) {
  const notify = useToast();
  const [errors, setErrors] = useState<{ file: string; list: string[] } | null>(null);
  const [pending, setPending] = useState<{ file: string; season: Season; plan: SeasonUpdatePlan } | null>(
    null,
  );

  const commit = async (file: string, incoming: Season) => {
    try {
      const applied = await commitSeasonImport(db, incoming);
      setErrors(null);
      setPending(null);
      notify(`${incoming.name} ${applied ? 'updated' : 'imported'}.`);
      onImported(incoming.id);
    } catch (error) {
      if (!(error instanceof SeasonRewriteError)) throw error;
      const names = seasonNames(incoming);
      setErrors({ file, list: error.problems.map((p) => rewriteText(p, names)) });
    }
  };

  const importFile = async () => {
    setPending(null);
    const opened = await chooseTextFile({ title: 'Import a season file', extensions: ['json'] });
    if (!opened.ok) return setErrors({ file: 'the file', list: opened.problems });
    if (!opened.value) return;
    const outcome = await readSeasonImport(db, opened.value.bytes);
    if (!outcome.ok) return setErrors({ file: opened.value.name, list: outcome.problems });
    setErrors(null);
    const { season: incoming, update } = outcome.value;
    // A season the app does not have is simply added; an update is shown first.
    if (!update) return commit(opened.value.name, incoming);
    setPending({ file: opened.value.name, season: incoming, plan: update });
  };
  const exportFile = async () => {
    if (!season) return;
    const saved = await platform.saveTextFile(seasonFileName(season), serializeSeasonFile(season), ['json']);
    if (!saved.ok) notify(`Export failed: ${saved.problems.join(' ')}`, 'error');
    else if (saved.value) notify(`${season.name} exported.`);
  };

  return (
    <>
      {children}
      <button type="button" onClick={() => void importFile()}>
        Import season file…
      </button>
      <button type="button" disabled={!season} onClick={() => void exportFile()}>
        Export season file
      </button>
      {pending && (
        <div className="notice season-file-errors" role="dialog" aria-labelledby="season-update-title">
          <h3 id="season-update-title">
            Update {pending.season.name} from {pending.file}?
          </h3>
          <SeasonUpdateList plan={pending.plan} label="What the season file changes" />
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={pending.plan.refused.length > 0}
              onClick={() => void commit(pending.file, pending.season)}
            >
              Update season
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {errors && (
        <div className="notice error season-file-errors" role="alert" aria-label="Season file problems">
          <strong>{errors.file} was not imported:</strong>
          <ul>
            {errors.list.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          <button type="button" className="small" onClick={() => setErrors(null)}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
