import { useState, type ReactNode } from 'react';
import type { Season } from '../../../../shared/domain/types';
import { useToast } from '../../components/Toasts';
import { db } from '../../db';
import { chooseTextFile, platform } from '../../platform';
import { importSeasonText, seasonFileName, serializeSeasonFile } from './season-io';

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

  const importFile = async () => {
    const opened = await chooseTextFile({ title: 'Import a season file', extensions: ['json'] });
    if (!opened.ok) return setErrors({ file: 'the file', list: opened.problems });
    if (!opened.value) return;
    const outcome = await importSeasonText(db, opened.value.bytes);
    if (!outcome.ok) return setErrors({ file: opened.value.name, list: outcome.problems });
    const { season: imported, replaced } = outcome.value;
    setErrors(null);
    notify(`${imported.name} ${replaced ? 'replaced' : 'imported'}.`);
    onImported(imported.id);
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
