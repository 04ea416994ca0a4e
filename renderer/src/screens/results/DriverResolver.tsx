import { useTranslation } from 'react-i18next';
import type { Driver, Season } from '../../../../shared/domain/types';
import type { ParsedRow } from '../../../../shared/results';
import type { RowChoice } from './preview-model';

const ADD = '__add__';

/** Entry-list drivers of the Nations Cup (the cup result files are for), by name. */
export function entryDrivers(season: Season): Driver[] {
  const listed = new Set(season.entryLists.nations);
  const drivers = listed.size > 0 ? season.drivers.filter((d) => listed.has(d.id)) : season.drivers;
  return [...drivers].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Picks the entry for a name that did not match automatically. Suggestions
 * come first but none is preselected: the user decides who "Jorge Serrano" is.
 */
export function DriverResolver({
  row,
  drivers,
  choice,
  ariaLabel,
  onChange,
}: {
  row: ParsedRow;
  drivers: Driver[];
  choice: RowChoice | undefined;
  /** Accessible name when the resolver stands for several rows; else it names the row's line. */
  ariaLabel?: string;
  onChange: (choice: RowChoice | null) => void;
}) {
  const { t } = useTranslation('results');
  const suggestions = row.match?.suggestions ?? [];
  const suggested = new Set(suggestions.map((s) => s.driverId));
  const value = choice === undefined ? '' : choice.type === 'add' ? ADD : choice.driverId;
  const best = suggestions[0];
  return (
    <div className="rs-resolve">
      <select
        aria-label={ariaLabel ?? t('results:resolver.driverForLine', { driver: row.driver, line: row.line })}
        value={value}
        className={value === '' ? 'rs-unresolved' : undefined}
        onChange={(event) => {
          const next = event.target.value;
          onChange(next === '' ? null : next === ADD ? { type: 'add' } : { type: 'entry', driverId: next });
        }}
      >
        <option value="">{t('results:resolver.choose')}</option>
        {suggestions.length > 0 && (
          <optgroup label={t('results:resolver.suggestions')}>
            {suggestions.map((s) => (
              <option key={s.driverId} value={s.driverId}>
                {s.name}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('results:resolver.entryList')}>
          {drivers
            .filter((d) => !suggested.has(d.id))
            .map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
        </optgroup>
        <optgroup label={t('results:resolver.notOnList')}>
          <option value={ADD}>{t('results:resolver.add', { driver: row.driver })}</option>
        </optgroup>
      </select>
      {value === '' && best && (
        <span className="rs-hint">{t('results:resolver.didYouMean', { name: best.name })}</span>
      )}
      {choice?.type === 'add' && <span className="rs-hint">{t('results:resolver.addedOnImport')}</span>}
    </div>
  );
}
