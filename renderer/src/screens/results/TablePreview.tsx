import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Driver, Season } from '../../../../shared/domain/types';
import { formatMs, type MatchMethod, type ParsedRace, type ParsedRow } from '../../../../shared/results';
import { Flag } from '../../components/Flag';
import { finishStatusName, sportTerm } from '../../i18n/terms';
import { entryName } from '../../lib/season-lookup';
import { VirtualTable } from '../leaderboard/VirtualTable';
import { UnknownDriverGroups } from './UnknownDriverGroups';
import type { RowChoice, TableChoice } from './preview-model';

function methodLabel(t: TFunction, method: MatchMethod): string {
  switch (method) {
    case 'exact':
      return t('results:table.method.exact');
    case 'accent-insensitive':
      return t('results:table.method.accents');
    case 'alias':
      return t('results:table.method.alias');
    case 'psn-id':
      return 'PSN ID';
    case 'id':
      return t('results:table.method.id');
    case 'initial':
      return t('results:table.method.initial');
  }
}

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
  const { t } = useTranslation('results');
  if (row.driverId)
    return (
      <span className="rs-match">
        {entryName(season, row.driverId)}
        {row.match?.method && <span className="badge ok">{methodLabel(t, row.match.method)}</span>}
      </span>
    );
  if (choice?.type === 'entry') return <span className="rs-match">{entryName(season, choice.driverId)}</span>;
  if (choice?.type === 'add') return <span className="badge ok">{t('results:table.added')}</span>;
  return <span className="badge warn">{t('results:table.chooseAbove')}</span>;
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
  const { t } = useTranslation('results');
  const { season, index, table, choice, drivers, rowSeverity } = props;
  const title = table.title ?? t('results:table.untitled', { number: index + 1 });
  const headingId = `rs-table-${index}`;
  const facts = [
    table.track,
    table.car,
    table.laps ? t('results:table.laps', { count: table.laps }) : null,
    t('results:table.line', { line: table.line }),
  ].filter(Boolean);
  return (
    <section className={`rs-table${choice.skipped ? ' rs-skipped' : ''}`} aria-labelledby={headingId}>
      <div className="rs-table-head">
        <div>
          <h3 id={headingId}>
            <span className="faint">{t('results:table.number', { number: index + 1 })} · </span>
            {title}
          </h3>
          <div className="muted rs-facts">{facts.join(' · ')}</div>
          {props.detection}
        </div>
        <div className="row rs-assign">
          <label className="field">
            <span>{t('results:table.raceFor', { number: index + 1 })}</span>
            <select
              value={choice.raceId}
              disabled={choice.skipped}
              onChange={(event) => props.onRace(event.target.value)}
            >
              <option value="">{t('results:table.chooseRace')}</option>
              {season.rounds.map((round) => (
                <optgroup key={round.id} label={round.name}>
                  {round.races.map((race) => (
                    <option key={race.id} value={race.id}>
                      {race.cup === 'manufacturers'
                        ? t('results:table.raceOptionManufacturers', { round: round.name, race: race.name })
                        : t('results:table.raceOption', { round: round.name, race: race.name })}
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
            {t('results:table.skip')}
          </label>
        </div>
      </div>
      {choice.skipped ? (
        <p className="muted">{t('results:table.skipped', { count: table.rows.length })}</p>
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
            label={t('results:table.rowsLabel', { number: index + 1, title })}
            className="rs-rows-scroll"
            rowCount={table.rows.length}
            rowHeightRem={ROW_REM}
            head={
              <tr>
                <th className="num">{t('results:table.col.position')}</th>
                <th>{t('results:table.col.country')}</th>
                <th>{t('results:table.col.driver')}</th>
                <th>{t('results:table.col.entry')}</th>
                <th>{t('results:table.col.status')}</th>
                <th className="num">{t('results:table.col.time')}</th>
                <th className="num">{t('results:table.col.gap')}</th>
                <th className="num">{t('results:table.col.points')}</th>
                <th>{t('results:table.col.line')}</th>
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
                      <span className="faint">{t('results:table.finished')}</span>
                    ) : (
                      <span className="badge warn" title={finishStatusName(t, row.status)}>
                        {row.status.toUpperCase()}
                      </span>
                    )}
                  </td>
                  <td className="num mono">{timeText(row)}</td>
                  <td className="num mono">{gapText(row)}</td>
                  <td className="num">{row.points ?? '—'}</td>
                  <td>
                    {severity ? (
                      <span className={`badge ${severity === 'error' ? 'error' : 'warn'}`}>
                        <span className="sr-only">
                          {severity === 'error'
                            ? t('results:table.errorOn')
                            : t('results:table.warningOn')}{' '}
                        </span>
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
          {t('results:table.fastestLap', { term: sportTerm(t, 'fastestLap') })}{' '}
          {table.fastestLap.driverId ? entryName(season, table.fastestLap.driverId) : table.fastestLap.driver}{' '}
          <span className="mono">{table.fastestLap.time}</span>
        </p>
      )}
    </section>
  );
}
