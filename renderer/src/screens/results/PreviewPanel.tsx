import { useMemo } from 'react';
import type { RaceResult, Season } from '../../../../shared/domain/types';
import { findRace } from '../../../../shared/seasons/lookup';
import type { ImportPlan } from '../../db/imports';
import { formatDateTime } from '../../lib/format';
import { detectionSentence } from './detection-words';
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
  /** The season the preview imports into. */
  season: Season;
  /** Every known season, for correcting the detected one. */
  seasons: Season[];
  /** The active league's season. */
  activeSeasonId: string;
  /** Stored results by race id, to say which ones this import replaces. */
  stored: ReadonlyMap<string, RaceResult>;
  onSeason: (seasonId: string) => void;
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
  seasons,
  activeSeasonId,
  stored,
  onSeason,
  preview,
  committing,
  commitError,
  onChange,
  onConfirm,
  onCancel,
}: PreviewPanelProps) {
  const evaluation = useMemo(() => evaluate(preview, season, stored), [preview, season, stored]);
  const drivers = useMemo(() => entryDrivers(season), [season]);
  const { outcome, source } = preview;
  const { plan, blockers } = evaluation;
  const rowCount = plan?.results.reduce((sum, r) => sum + r.classification.length, 0) ?? 0;
  const byHand = source.kind === 'hand';
  const meta = [
    byHand ? 'entered by hand' : outcome.format ? FORMAT_LABEL[outcome.format] : null,
    byHand ? null : outcome.encoding,
    byHand ? null : `${outcome.races.length} table${outcome.races.length === 1 ? '' : 's'}`,
    `SHA-256 ${source.sha256.slice(0, 12)}…`,
  ].filter(Boolean);

  return (
    <section className="panel rs-preview" aria-labelledby="rs-preview-title">
      <div className="panel-header">
        <div>
          <h2 id="rs-preview-title">
            {byHand ? 'Preview of the result entered by hand' : <>Preview of “{source.fileName}”</>}
          </h2>
          <div className="muted">
            {outcome.documentTitle && <>{outcome.documentTitle} · </>}
            {meta.join(' · ')}
          </div>
        </div>
        {outcome.races.length > 0 && seasons.length > 1 && (
          <label className="field rs-round">
            <span>Season</span>
            <select value={season.id} onChange={(event) => onSeason(event.target.value)}>
              {seasons.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        )}
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

      {preview.plan.seasonDetected && season.id !== activeSeasonId && (
        <div className="notice" role="status">
          This file is from {season.name} (read from the file), not the active league’s season: its results
          are stored for {season.name}.
        </div>
      )}

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
          detection={
            <div className="muted rs-detection">
              {detectionSentence(preview.plan.tables[k]!.detection, seasons)}
            </div>
          }
        />
      ))}

      {evaluation.replacements.length > 0 && (
        <div className="notice warn" role="status" aria-labelledby="rs-replaces-title">
          <strong id="rs-replaces-title">Replaces stored results</strong>
          <ul className="rs-blockers">
            {evaluation.replacements.map((r) => (
              <li key={r.raceId}>
                {raceLabel(season, r.raceId)}: replaces the result{' '}
                {r.importedAt ? `imported on ${formatDateTime(r.importedAt)}` : 'stored'}
                {r.fileName ? ` from “${r.fileName}”` : ''} ({r.beforeRows} rows) with {r.afterRows} rows.
              </li>
            ))}
          </ul>
        </div>
      )}

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

function raceLabel(season: Season, raceId: string): string {
  const race = findRace(season, raceId);
  const round = season.rounds.find((r) => r.id === race?.roundId);
  return race ? `${round ? `${round.name} — ` : ''}${race.name}` : raceId;
}
