import type { Season } from '../../../../shared/domain/types';
import { Flag, countryName } from '../../components/Flag';
import { LineUpPending } from '../../components/LineUpPending';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../components/TableFrame';

export function EntryList({ season }: { season: Season }) {
  const { t } = useTranslation('season');
  const drivers = season.entryLists.nations
    .map((id) => season.drivers.find((d) => d.id === id))
    .filter((d) => d !== undefined);
  return (
    <section className="panel" aria-labelledby="entry-list-title">
      <div className="panel-header">
        <h2 id="entry-list-title">{t('season:entries.title')}</h2>
        <span className="muted">{t('season:entries.drivers', { count: drivers.length })}</span>
      </div>
      <LineUpPending season={season} cup="nations" eventName={season.name} />
      <TableFrame>
        <table>
          <thead>
            <tr>
              <th>{t('season:entries.head.driver')}</th>
              <th>{t('season:entries.head.country')}</th>
              <th>{t('season:entries.head.psn')}</th>
              <th>{t('season:entries.head.aliases')}</th>
            </tr>
          </thead>
          <tbody>
            {drivers.map((driver) => (
              <tr key={driver.id}>
                <td>
                  <strong>{driver.name}</strong>
                </td>
                <td>
                  <Flag country={driver.country} /> {countryName(driver.country)}
                </td>
                <td className="muted">{driver.psnIds.join(', ') || '—'}</td>
                <td className="faint">{driver.aliases.join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {season.entryLists.manufacturers.length > 0 && (
        <p className="muted">
          {t('season:entries.manufacturers', { count: season.entryLists.manufacturers.length })}
        </p>
      )}
    </section>
  );
}
