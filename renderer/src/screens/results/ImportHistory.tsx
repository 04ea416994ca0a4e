import { useState } from 'react';
import { PreviewActions } from '../../components/PreviewActions';
import { useTranslation } from 'react-i18next';
import type { Season } from '../../../../shared/domain/types';
import { findRace } from '../../../../shared/seasons/lookup';
import { lastImportBatch } from '../../db/imports';
import type { ImportRecord } from '../../db/records';
import { formatDateTime } from '../../lib/format';
import { DataTable } from '../../components/TableFrame';
import { useFormatLabel } from './format-label';

const SHORT_TIME = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Every committed import, newest first, with undo for the last one. */
export function ImportHistory({
  season,
  history,
  busy,
  onUndo,
}: {
  season: Season;
  history: ImportRecord[];
  busy: boolean;
  onUndo: () => void;
}) {
  const { t } = useTranslation('results');
  const formatLabel = useFormatLabel('short');
  const last = lastImportBatch(history);
  // Undo asks first: it puts back older results (or none) and moves every league's standings.
  const [asking, setAsking] = useState(false);
  const raceLabel = (raceId: string) => {
    const race = findRace(season, raceId);
    const round = season.rounds.find((r) => r.id === race?.roundId);
    return race ? `${race.name} · ${round?.name ?? ''}` : raceId;
  };
  return (
    <section className="panel" aria-labelledby="rs-history-title">
      <div className="panel-header">
        <h2 id="rs-history-title">{t('results:history.title')}</h2>
        <button
          type="button"
          onClick={() => setAsking(true)}
          aria-expanded={asking}
          disabled={busy || last.length === 0 || asking}
          title={
            last.length
              ? t('results:history.undoTitle', {
                  fileName: last[0]!.fileName,
                  races: last.map((r) => raceLabel(r.raceId)).join(', '),
                })
              : undefined
          }
        >
          {t('results:history.undo')}
        </button>
      </div>
      {asking && last.length > 0 && (
        <div className="notice warn" role="alertdialog" aria-labelledby="rs-undo-question">
          <p id="rs-undo-question">
            {t('results:history.undoQuestion', {
              fileName: last[0]!.fileName,
              races: last.map((r) => raceLabel(r.raceId)).join(', '),
            })}
          </p>
          <ul>
            {last.map((r) => (
              <li key={r.seq}>
                {r.replaced
                  ? t('results:history.undoRestores', {
                      race: raceLabel(r.raceId),
                      count: r.replaced.classification.length,
                    })
                  : t('results:history.undoRemoves', { race: raceLabel(r.raceId) })}
              </li>
            ))}
          </ul>
          <PreviewActions
            busy={busy}
            onConfirm={() => {
              setAsking(false);
              onUndo();
            }}
            onCancel={() => setAsking(false)}
          >
            {t('results:history.undoConfirm')}
          </PreviewActions>
        </div>
      )}
      <DataTable
        labelledBy="rs-history-title"
        head={
          <>
            <th>{t('results:history.col.file')}</th>
            <th>{t('results:history.col.hash')}</th>
            <th>{t('results:history.col.imported')}</th>
            <th>{t('results:enter.race')}</th>
            <th className="num">{t('results:stored.rows')}</th>
            <th>{t('results:history.col.state')}</th>
          </>
        }
      >
        {history.map((record) => (
          <tr key={record.seq} className={record.undoneAt ? 'rs-undone' : undefined}>
            <td>
              {record.fileName}{' '}
              <span className="faint">
                {formatLabel(record.format)}
                {record.encoding ? `, ${record.encoding.toUpperCase()}` : ''}
              </span>
            </td>
            <td className="mono" title={record.sha256}>
              {record.sha256.slice(0, 8)}
            </td>
            <td title={formatDateTime(record.importedAt)}>
              {SHORT_TIME.format(new Date(record.importedAt))}
            </td>
            <td>{raceLabel(record.raceId)}</td>
            <td className="num">{record.rowCount}</td>
            <td>
              {record.undoneAt ? (
                <span className="badge" title={formatDateTime(record.undoneAt)}>
                  {t('results:history.undone')}
                </span>
              ) : record.replaced ? (
                <span className="badge warn">{t('results:history.replaced')}</span>
              ) : (
                <span className="badge ok">{t('results:history.new')}</span>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
