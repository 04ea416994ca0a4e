import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Driver } from '../../../../shared/domain/types';
import type { ParsedRow } from '../../../../shared/results';
import { DriverResolver } from './DriverResolver';
import type { RowChoice } from './preview-model';

/** Resolvers shown at first, and added per "Show more": a real table has a handful of unknown names. */
export const GROUPS_PER_PAGE = 50;

export interface UnknownDriverGroup {
  /** The name as the file spells it. */
  driver: string;
  /** Rows with that name (one per table in a real result; more in a repeated or broken file). */
  rows: ParsedRow[];
}

/** Rows whose driver did not match, one group per distinct name, in file order. */
export function groupUnknownDrivers(rows: readonly ParsedRow[]): UnknownDriverGroup[] {
  const groups = new Map<string, UnknownDriverGroup>();
  for (const row of rows) {
    if (row.driverId) continue;
    const group = groups.get(row.driver);
    if (group) group.rows.push(row);
    else groups.set(row.driver, { driver: row.driver, rows: [row] });
  }
  return [...groups.values()];
}

function linesText(t: TFunction, rows: readonly ParsedRow[]): string {
  const lines = rows
    .slice(0, 5)
    .map((row) => row.line)
    .join(', ');
  return rows.length > 5
    ? t('results:unknown.linesAndMore', { lines, count: rows.length - 5 })
    : t('results:unknown.lines', { lines });
}

/**
 * One resolver per distinct unknown name (not one per row): choosing the
 * entry for "Jorge Serrano" applies it to every row of that name. Long lists
 * are shown a page at a time, so a file full of unknown names never builds
 * thousands of drop-downs.
 */
export function UnknownDriverGroups({
  rows,
  drivers,
  choices,
  headingId,
  onRowChoice,
}: {
  rows: readonly ParsedRow[];
  drivers: Driver[];
  choices: Record<number, RowChoice>;
  headingId: string;
  onRowChoice: (line: number, choice: RowChoice | null) => void;
}) {
  const { t } = useTranslation('results');
  const groups = useMemo(() => groupUnknownDrivers(rows), [rows]);
  const [shown, setShown] = useState(GROUPS_PER_PAGE);
  if (groups.length === 0) return null;
  const unresolved = groups.filter((g) => choices[g.rows[0]!.line] === undefined).length;
  const rowCount = groups.reduce((sum, g) => sum + g.rows.length, 0);
  return (
    <section className="rs-unknown" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('results:unknown.names', { count: groups.length })}
        {rowCount > groups.length ? ` (${t('results:preview.rows', { count: rowCount })})` : ''}
        {' · '}
        {unresolved > 0
          ? t('results:unknown.toChoose', { count: unresolved })
          : t('results:unknown.allChosen')}
      </h4>
      <ul className="rs-unknown-list">
        {groups.slice(0, shown).map((group) => {
          const first = group.rows[0]!;
          return (
            <li key={group.driver}>
              <span className="rs-unknown-name">
                {group.driver}
                <span className="faint">
                  {' '}
                  ·{' '}
                  {group.rows.length === 1
                    ? t('results:table.line', { line: first.line })
                    : t('results:unknown.rowsAt', {
                        rows: t('results:preview.rows', { count: group.rows.length }),
                        lines: linesText(t, group.rows),
                      })}
                </span>
              </span>
              <DriverResolver
                row={first}
                drivers={drivers}
                choice={choices[first.line]}
                ariaLabel={
                  group.rows.length === 1
                    ? undefined
                    : t('results:unknown.driverForRows', {
                        driver: group.driver,
                        rows: t('results:preview.rows', { count: group.rows.length }),
                      })
                }
                onChange={(next) => {
                  for (const row of group.rows) onRowChoice(row.line, next);
                }}
              />
            </li>
          );
        })}
      </ul>
      {groups.length > shown && (
        <p className="row">
          <span className="muted">
            {t('results:unknown.notShown', { count: groups.length - shown })}
            {groups.length > 200 && ` ${t('results:unknown.tooMany')}`}
          </span>
          <button type="button" className="small" onClick={() => setShown((n) => n + GROUPS_PER_PAGE)}>
            {t('results:unknown.showMore', { count: Math.min(GROUPS_PER_PAGE, groups.length - shown) })}
          </button>
        </p>
      )}
    </section>
  );
}
