import type { Driver } from '../../../../shared/domain/types';
import { splitList } from './season-draft';
import { LazyInput } from './LazyInput';
import { RemoveButton } from './RemoveButton';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../components/TableFrame';

/** The season's drivers; every driver listed here is on the Nations Cup entry list. */
export function DriversEditor({
  drivers,
  onChange,
}: {
  drivers: Driver[];
  onChange: (drivers: Driver[]) => void;
}) {
  const { t } = useTranslation('season');
  const set = (index: number, patch: Partial<Driver>) =>
    onChange(drivers.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  return (
    <fieldset className="round-editor" aria-label={t('season:drivers.label')}>
      <legend>{t('season:drivers.legend')}</legend>
      {drivers.length === 0 && <p className="muted">{t('season:drivers.empty')}</p>}
      {drivers.length > 0 && (
        <TableFrame>
          <table className="race-editor">
            <thead>
              <tr>
                <th>{t('season:drivers.head.name')}</th>
                <th>{t('season:drivers.head.country')}</th>
                <th>{t('season:drivers.head.psn')}</th>
                <th aria-label={t('season:drivers.head.actions')} />
              </tr>
            </thead>
            <tbody>
              {drivers.map((driver, index) => {
                const who = driver.name || t('season:drivers.numbered', { number: index + 1 });
                return (
                  <tr key={index}>
                    <td>
                      <input
                        aria-label={t('season:drivers.nameOf', { who })}
                        value={driver.name}
                        onChange={(e) => set(index, { name: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={t('season:drivers.countryOf', { who })}
                        className="narrow"
                        maxLength={2}
                        value={driver.country}
                        onChange={(e) => set(index, { country: e.target.value.toUpperCase() })}
                      />
                    </td>
                    <td>
                      <LazyInput
                        aria-label={t('season:drivers.psnOf', { who })}
                        value={driver.psnIds.join(', ')}
                        onCommit={(text) => set(index, { psnIds: splitList(text) })}
                      />
                    </td>
                    <td>
                      <RemoveButton
                        label={t('season:drivers.removeWho', { who })}
                        onClick={() => onChange(drivers.filter((_, i) => i !== index))}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableFrame>
      )}
      <div className="row">
        <button
          type="button"
          className="small"
          onClick={() => onChange([...drivers, { id: '', name: '', country: '', psnIds: [], aliases: [] }])}
        >
          {t('season:drivers.add')}
        </button>
      </div>
    </fieldset>
  );
}
