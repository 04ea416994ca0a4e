import { useMemo } from 'react';
import type { Season } from '../../../../shared/domain/types';
import type { ImportPlan } from '../../db/imports';
import { entryDrivers } from './DriverResolver';
import { IssuesList } from './IssuesList';
import { TablePreview } from './TablePreview';

/** Reasons listed under "Cannot import yet"; the rest are counted. */
const BLOCKERS_SHOWN = 20;
import { evaluate, withRound, withRowChoice, withTable, type Preview } from './preview-model';

const FORMAT_LABEL: Record<string, string> = {
  'official-text': 'official text',
  'pipe-table': 'pipe table',
  csv: 'CSV',
  json: 'JSON',
};

export interface PreviewPanelProps {
  season: Season;
  preview: Preview;
  committing: boolean;
  commitError: string | null;
  onChange: (change: (preview: Preview) => Preview) => void;
  onConfirm: (plan: ImportPlan) => void;
  onCancel: () => void;
}

/** What the file holds and where it will go; nothing is written until Import is pressed. */
export function PreviewPanel({
  season,
  preview,
  committing,
  commitError,
  onChange,
  onConfirm,
  onCancel,
}: PreviewPanelProps) {
  const evaluation = useMemo(() => evaluate(preview, season), [preview, season]);
  const drivers = useMemo(() => entryDrivers(season), [season]);
  const { outcome, source } = preview;
  const { plan, blockers } = evaluation;
  const rowCount = plan?.results.reduce((sum, r) => sum + r.classification.length, 0) ?? 0;
  const meta = [
    outcome.format ? FORMAT_LABEL[outcome.format] : null,
    outcome.encoding,
    `${outcome.races.length} table${outcome.races.length === 1 ? '' : 's'}`,
    `SHA-256 ${source.sha256.slice(0, 12)}…`,
  ].filter(Boolean);

  return (
    <section className="panel rs-preview" aria-labelledby="rs-preview-title">
      <div className="panel-header">
        <div>
          <h2 id="rs-preview-title">Preview of “{source.fileName}”</h2>
          <div className="muted">
            {outcome.documentTitle && <>{outcome.documentTitle} · </>}
            {meta.join(' · ')}
          </div>
        </div>
        {outcome.races.length > 0 && (
          <label className="field rs-round">
            <span>Round</span>
            <select
              value={preview.roundId}
              onChange={(event) => onChange((p) => withRound(p, season, event.target.value))}
            >
              {season.rounds.map((round) => (
                <option key={round.id} value={round.id}>
                  {round.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>

      {outcome.races.map((table, k) => (
        <TablePreview
          key={k}
          season={season}
          index={k}
          table={table}
          choice={preview.tables[k]!}
          drivers={drivers}
          rowSeverity={evaluation.rowSeverity}
          onRace={(raceId) => onChange((p) => withTable(p, k, { raceId, manual: true }))}
          onSkip={(skipped) => onChange((p) => withTable(p, k, { skipped }))}
          onRowChoice={(line, choice) => onChange((p) => withRowChoice(p, k, line, choice))}
        />
      ))}

      <IssuesList issues={evaluation.issues} />

      {blockers.length > 0 && (
        <div className="notice error" role="alert" aria-labelledby="rs-blockers-title">
          <strong id="rs-blockers-title">Cannot import yet</strong>
          <ul className="rs-blockers">
            {/* A file full of unknown names has thousands of reasons: list enough to act on, count the rest. */}
            {blockers.slice(0, BLOCKERS_SHOWN).map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
            {blockers.length > BLOCKERS_SHOWN && <li>…and {blockers.length - BLOCKERS_SHOWN} more.</li>}
          </ul>
        </div>
      )}
      {commitError && (
        <div className="notice error" role="alert">
          {commitError}
        </div>
      )}

      <div className="row rs-actions">
        <button
          type="button"
          className="primary"
          disabled={plan === null || committing}
          aria-describedby={blockers.length > 0 ? 'rs-blockers-title' : undefined}
          onClick={() => plan && onConfirm(plan)}
        >
          {committing
            ? 'Importing…'
            : plan
              ? `Import ${plan.results.length} race${plan.results.length === 1 ? '' : 's'} (${rowCount} rows)`
              : 'Import'}
        </button>
        <button type="button" onClick={onCancel} disabled={committing}>
          Cancel
        </button>
        {plan && plan.newEntries.length > 0 && (
          <span className="muted">
            Adds {plan.newEntries.map((e) => e.driver.name).join(', ')} to the {season.name} entry list.
          </span>
        )}
      </div>
    </section>
  );
}
