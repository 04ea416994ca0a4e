import type { ReactNode } from 'react';
import type { Driver, Season } from '../../../../shared/domain/types';
import { formatMs, type MatchMethod, type ParsedRace, type ParsedRow } from '../../../../shared/results';
import { Flag } from '../../components/Flag';
import { entryName } from '../../lib/season-lookup';
import { VirtualTable } from '../leaderboard/VirtualTable';
import { UnknownDriverGroups } from './UnknownDriverGroups';
import type { RowChoice, TableChoice } from './preview-model';

const METHOD_LABEL: Record<MatchMethod, string> = {
  exact: 'exact',
  'accent-insensitive': 'accents',
  alias: 'alias',
  'psn-id': 'PSN ID',
  id: 'id',
  initial: 'initial',
};

function timeText(row: ParsedRow): string {
  if (row.timeMs !== null) return formatMs(row.timeMs);
  return row.time ?? '—';
}

function gapText(row: ParsedRow): string {
  if (row.gap) return row.gap;
  if (row.time?.startsWith('+')) return row.time;
  return '—';
}

/** Body rows of the preview are this tall (rem), set in results.css. */
const ROW_REM = 2.5;

/**
 * The entry a row goes to: its automatic match, the entry chosen for its
 * name above, or a mark that it still needs one (chosen in the list of
 * unknown names, so each name has one drop-down, not each row).
 */
function EntryCell({
  season,
  row,
  choice,
}: {
  season: Season;
  row: ParsedRow;
  choice: RowChoice | undefined;
}) {
  if (row.driverId)
    return (
      <span className="rs-match">
        {entryName(season, row.driverId)}
        {row.match?.method && <span className="badge ok">{METHOD_LABEL[row.match.method]}</span>}
      </span>
    );
  if (choice?.type === 'entry') return <span className="rs-match">{entryName(season, choice.driverId)}</span>;
  if (choice?.type === 'add') return <span className="badge ok">added to the entry list</span>;
  return <span className="badge warn">choose above</span>;
}

export interface TablePreviewProps {
  season: Season;
  index: number;
  table: ParsedRace;
  choice: TableChoice;
  drivers: Driver[];
  rowSeverity: Map<number, 'error' | 'warning'>;
  onRace: (raceId: string) => void;
  onSkip: (skipped: boolean) => void;
  onRowChoice: (line: number, choice: RowChoice | null) => void;
  /** Where the table was detected to belong and why, shown under its facts. */
  detection?: ReactNode;
}

/** One table found in the file: where it goes, and its rows with matches and flags. */
export function TablePreview(props: TablePreviewProps) {
  const { season, index, table, choice, drivers, rowSeverity } = props;
  const title = table.title ?? `Table ${index + 1}`;
  const headingId = `rs-table-${index}`;
  const facts = [
    table.track,
    table.car,
    table.laps ? `${table.laps} laps` : null,
    `line ${table.line}`,
  ].filter(Boolean);
  return (
    <section className={`rs-table${choice.skipped ? ' rs-skipped' : ''}`} aria-labelledby={headingId}>
      <div className="rs-table-head">
        <div>
          <h3 id={headingId}>
            <span className="faint">Table {index + 1} · </span>
            {title}
          </h3>
          <div className="muted rs-facts">{facts.join(' · ')}</div>
          {props.detection}
        </div>
        <div className="row rs-assign">
          <label className="field">
            <span>Race for table {index + 1}</span>
            <select
              value={choice.raceId}
              disabled={choice.skipped}
              onChange={(event) => props.onRace(event.target.value)}
            >
              <option value="">Choose a race…</option>
              {season.rounds.map((round) => (
                <optgroup key={round.id} label={round.name}>
                  {round.races.map((race) => (
                    <option key={race.id} value={race.id}>
                      {round.name} — {race.name}
                      {race.cup === 'manufacturers' ? ' (Manufacturers)' : ''}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <label className="rs-check">
            <input
              type="checkbox"
              checked={choice.skipped}
              onChange={(event) => props.onSkip(event.target.checked)}
            />
            Skip this table
          </label>
        </div>
      </div>
      {choice.skipped ? (
        <p className="muted">Skipped: its {table.rows.length} rows will not be imported.</p>
      ) : (
        <>
          <UnknownDriverGroups
            rows={table.rows}
            drivers={drivers}
            choices={choice.choices}
            headingId={`${headingId}-unknown`}
            onRowChoice={props.onRowChoice}
          />
          <VirtualTable
            label={`Rows of table ${index + 1}: ${title}`}
            className="rs-rows-scroll"
            rowCount={table.rows.length}
            rowHeightRem={ROW_REM}
            head={
              <tr>
                <th className="num">Pos</th>
                <th>Country</th>
                <th>Driver in the file</th>
                <th>Entry</th>
                <th>Status</th>
                <th className="num">Time</th>
                <th className="num">Gap</th>
                <th className="num">Pts</th>
                <th>Line</th>
              </tr>
            }
            renderRow={(i, rowProps) => {
              const row = table.rows[i]!;
              const severity = rowSeverity.get(row.line);
              return (
                <tr {...rowProps} className={severity ? `rs-flag-${severity}` : undefined}>
                  <td className="num">
                    <span className={`pos${row.position <= 3 ? ` p${row.position}` : ''}`}>
                      {row.position}
                    </span>
                  </td>
                  <td>
                    <Flag country={row.country} />
                  </td>
                  <td>{row.driver}</td>
                  <td>
                    <EntryCell season={season} row={row} choice={choice.choices[row.line]} />
                  </td>
                  <td>
                    {row.status === 'finished' ? (
                      <span className="faint">finished</span>
                    ) : (
                      <span className="badge warn">{row.status.toUpperCase()}</span>
                    )}
                  </td>
                  <td className="num mono">{timeText(row)}</td>
                  <td className="num mono">{gapText(row)}</td>
                  <td className="num">{row.points ?? '—'}</td>
                  <td>
                    {severity ? (
                      <span className={`badge ${severity === 'error' ? 'error' : 'warn'}`}>
                        <span className="sr-only">{severity} on </span>
                        {row.line}
                      </span>
                    ) : (
                      <span className="faint">{row.line}</span>
                    )}
                  </td>
                </tr>
              );
            }}
          />
        </>
      )}
      {!choice.skipped && table.fastestLap && (
        <p className="muted rs-fastest">
          Fastest lap:{' '}
          {table.fastestLap.driverId ? entryName(season, table.fastestLap.driverId) : table.fastestLap.driver}{' '}
          <span className="mono">{table.fastestLap.time}</span>
        </p>
      )}
    </section>
  );
}
