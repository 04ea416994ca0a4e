import { useMemo } from 'react';
import { useBlockerText } from './blocker-words';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RaceResult, Season } from '../../../../shared/domain/types';
import { findRace } from '../../../../shared/seasons/lookup';
import type { ImportPlan } from '../../db/imports';
import { formatDateTime } from '../../lib/format';
import { useDetectionSentence } from './detection-words';
import { entryDrivers } from './DriverResolver';
import { IssuesList } from './IssuesList';
import { TablePreview } from './TablePreview';
import { useFormatLabel } from './format-label';

/** Reasons listed under "Cannot import yet"; the rest are counted. */
const BLOCKERS_SHOWN = 20;
import { evaluate, withRound, withRowChoice, withTable, type Preview } from './preview-model';

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
  const { t } = useTranslation('results');
  const formatLabel = useFormatLabel('full');
  const detectionSentence = useDetectionSentence();
  const evaluation = useMemo(() => evaluate(preview, season, stored), [preview, season, stored]);
  const drivers = useMemo(() => entryDrivers(season), [season]);
  const { outcome, source } = preview;
  const { plan, blockers } = evaluation;
  const blockerWords = useBlockerText();
  const rowCount = plan?.results.reduce((sum, r) => sum + r.classification.length, 0) ?? 0;
  const byHand = source.kind === 'hand';
  const meta = [
    byHand ? t('results:preview.enteredByHand') : outcome.format ? formatLabel(outcome.format) : null,
    byHand ? null : outcome.encoding,
    byHand ? null : t('results:preview.tables', { count: outcome.races.length }),
    `SHA-256 ${source.sha256.slice(0, 12)}…`,
  ].filter(Boolean);

  return (
    <section className="panel rs-preview" aria-labelledby="rs-preview-title">
      <div className="panel-header">
        <div>
          <h2 id="rs-preview-title">
            {byHand
              ? t('results:preview.titleByHand')
              : t('results:preview.title', { fileName: source.fileName })}
          </h2>
          <div className="muted">
            {outcome.documentTitle && <>{outcome.documentTitle} · </>}
            {meta.join(' · ')}
          </div>
        </div>
        {outcome.races.length > 0 && seasons.length > 1 && (
          <label className="field rs-round">
            <span>{t('results:preview.season')}</span>
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
            <span>{t('results:preview.round')}</span>
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
          {t('results:preview.otherSeason', { season: season.name })}
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
          <strong id="rs-replaces-title">{t('results:preview.replacesTitle')}</strong>
          <ul className="rs-blockers">
            {evaluation.replacements.map((r) => (
              <li key={r.raceId}>{replacementText(t, raceLabel(season, r.raceId), r)}</li>
            ))}
          </ul>
        </div>
      )}

      <IssuesList issues={evaluation.issues} />

      {blockers.length > 0 && (
        <div className="notice error" role="alert" aria-labelledby="rs-blockers-title">
          <strong id="rs-blockers-title">{t('results:preview.blockersTitle')}</strong>
          <ul className="rs-blockers">
            {/* A file full of unknown names has thousands of reasons: list enough to act on, count the rest. */}
            {blockers.slice(0, BLOCKERS_SHOWN).map((blocker, i) => (
              <li key={i}>{blockerWords(blocker)}</li>
            ))}
            {blockers.length > BLOCKERS_SHOWN && (
              <li>{t('results:preview.moreBlockers', { count: blockers.length - BLOCKERS_SHOWN })}</li>
            )}
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
            ? t('results:preview.importing')
            : plan
              ? t('results:preview.importRaces', {
                  count: plan.results.length,
                  rows: t('results:preview.rows', { count: rowCount }),
                })
              : t('results:preview.import')}
        </button>
        <button type="button" onClick={onCancel} disabled={committing}>
          {t('results:preview.cancel')}
        </button>
        {plan && plan.newEntries.length > 0 && (
          <span className="muted">
            {t('results:preview.addsEntries', {
              drivers: plan.newEntries.map((e) => e.driver.name).join(', '),
              season: season.name,
            })}
          </span>
        )}
      </div>
    </section>
  );
}

function replacementText(
  t: TFunction,
  race: string,
  r: { importedAt: string | null; fileName: string | null; beforeRows: number; afterRows: number },
): string {
  const before = t('results:preview.rows', { count: r.beforeRows });
  const after = t('results:preview.rows', { count: r.afterRows });
  if (r.importedAt && r.fileName)
    return t('results:preview.replacesImportedFrom', {
      race,
      date: formatDateTime(r.importedAt),
      fileName: r.fileName,
      before,
      after,
    });
  if (r.importedAt)
    return t('results:preview.replacesImported', { race, date: formatDateTime(r.importedAt), before, after });
  if (r.fileName)
    return t('results:preview.replacesStoredFrom', { race, fileName: r.fileName, before, after });
  return t('results:preview.replacesStored', { race, before, after });
}

function raceLabel(season: Season, raceId: string): string {
  const race = findRace(season, raceId);
  const round = season.rounds.find((r) => r.id === race?.roundId);
  return race ? `${round ? `${round.name} — ` : ''}${race.name}` : raceId;
}
