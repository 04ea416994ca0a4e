import type { Season } from '../../../../shared/domain/types';
import { findRace } from '../../../../shared/seasons/lookup';
import { lastImportBatch } from '../../db/imports';
import type { ImportRecord } from '../../db/records';
import { formatDateTime } from '../../lib/format';

const SHORT_TIME = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const FORMAT_LABEL: Record<string, string> = {
  'official-text': 'text',
  'pipe-table': 'pipe',
  csv: 'CSV',
  json: 'JSON',
};

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
  const last = lastImportBatch(history);
  const raceLabel = (raceId: string) => {
    const race = findRace(season, raceId);
    const round = season.rounds.find((r) => r.id === race?.roundId);
    return race ? `${race.name} · ${round?.name ?? ''}` : raceId;
  };
  return (
    <section className="panel" aria-labelledby="rs-history-title">
      <div className="panel-header">
        <h2 id="rs-history-title">Import history</h2>
        <button
          type="button"
          onClick={onUndo}
          disabled={busy || last.length === 0}
          title={
            last.length
              ? `Undo “${last[0]!.fileName}” (${last.map((r) => raceLabel(r.raceId)).join(', ')})`
              : undefined
          }
        >
          Undo last import
        </button>
      </div>
      <div className="table-wrap">
        <table aria-labelledby="rs-history-title">
          <thead>
            <tr>
              <th>File</th>
              <th>Hash</th>
              <th>Imported</th>
              <th>Race</th>
              <th className="num">Rows</th>
              <th>State</th>
            </tr>
          </thead>
          <tbody>
            {history.map((record) => (
              <tr key={record.seq} className={record.undoneAt ? 'rs-undone' : undefined}>
                <td>
                  {record.fileName}{' '}
                  <span className="faint">
                    {FORMAT_LABEL[record.format] ?? record.format}
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
                      undone
                    </span>
                  ) : record.replaced ? (
                    <span className="badge warn">replaced a result</span>
                  ) : (
                    <span className="badge ok">new</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
