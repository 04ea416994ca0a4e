import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Season } from '../../../../shared/domain/types';
import type { FileProblem } from '../../../../shared/files/problems';
import { useProblemsText, useProblemText } from '../../lib/file-problem-text';
import { useToast } from '../../components/Toasts';
import { db } from '../../db';
import { chooseTextFile, platform } from '../../platform';
import { SeasonRewriteError } from '../../db/seasons';
import type { SeasonUpdatePlan } from '../../../../shared/seasons/update-diff';
import { commitSeasonImport, readSeasonImport, seasonFileName, serializeSeasonFile } from './season-io';
import { SeasonUpdateList, seasonNames } from './lineup/SeasonUpdateList';
import { useUpdateWords } from './lineup/update-words';

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
  const { t } = useTranslation('season');
  const wording = useProblemText();
  const { rewrite } = useUpdateWords();
  const notify = useToast();
  const reasonOf = useProblemsText();
  const [errors, setErrors] = useState<{ file: string; list: readonly (string | FileProblem)[] } | null>(
    null,
  );
  const [pending, setPending] = useState<{ file: string; season: Season; plan: SeasonUpdatePlan } | null>(
    null,
  );

  const commit = async (file: string, incoming: Season) => {
    try {
      const applied = await commitSeasonImport(db, incoming);
      setErrors(null);
      setPending(null);
      notify(
        applied
          ? t('season:files.updated', { name: incoming.name })
          : t('season:files.imported', { name: incoming.name }),
      );
      onImported(incoming.id);
    } catch (error) {
      if (!(error instanceof SeasonRewriteError)) throw error;
      const names = seasonNames(incoming);
      setErrors({ file, list: error.problems.map((p) => rewrite(p, names)) });
    }
  };

  const importFile = async () => {
    setPending(null);
    const opened = await chooseTextFile({ title: t('season:files.importDialog'), extensions: ['json'] });
    if (!opened.ok) return setErrors({ file: t('season:files.theFile'), list: opened.problems });
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
    if (!saved.ok) notify(t('season:files.exportFailed', { reason: reasonOf(saved.problems) }), 'error');
    else if (saved.value) notify(t('season:files.exported', { name: season.name }));
  };

  return (
    <>
      {children}
      <button type="button" onClick={() => void importFile()}>
        {t('season:files.import')}
      </button>
      <button type="button" disabled={!season} onClick={() => void exportFile()}>
        {t('season:files.export')}
      </button>
      {pending && (
        <div className="notice season-file-errors" role="dialog" aria-labelledby="season-update-title">
          <h3 id="season-update-title">
            {t('season:files.updateQuestion', { name: pending.season.name, file: pending.file })}
          </h3>
          <SeasonUpdateList plan={pending.plan} label={t('season:files.changesLabel')} />
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={pending.plan.refused.length > 0}
              onClick={() => void commit(pending.file, pending.season)}
            >
              {t('season:files.update')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('common:action.cancel')}
            </button>
          </div>
        </div>
      )}
      {errors && (
        <div
          className="notice error season-file-errors"
          role="alert"
          aria-label={t('season:files.problemsLabel')}
        >
          <strong>{t('season:files.notImported', { file: errors.file })}</strong>
          <ul>
            {errors.list.map((e, i) => (
              <li key={i}>{wording(e)}</li>
            ))}
          </ul>
          <button type="button" className="small" onClick={() => setErrors(null)}>
            {t('season:files.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
