import type { Season } from '../../../../shared/domain/types';
import { entryListPending } from '../../../../shared/seasons/lookup';
import { cupEntries } from '../../lib/season-lookup';
import { Flag, countryName } from '../../components/Flag';
import { LineUpPending } from '../../components/LineUpPending';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/TableFrame';

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
      <DataTable
        head={
          <>
            <th>{t('season:entries.head.driver')}</th>
            <th>{t('season:entries.head.country')}</th>
            <th>{t('season:entries.head.psn')}</th>
            <th>{t('season:entries.head.aliases')}</th>
          </>
        }
      >
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
      </DataTable>
    </section>
  );
}

/** The Manufacturers Cup entry list: each team with its drivers. Shown once the season lists teams. */
export function TeamEntryList({ season }: { season: Season }) {
  const { t } = useTranslation('season');
  const entries = cupEntries(season, 'manufacturers');
  if (entries.length === 0 && !entryListPending(season, 'manufacturers')) return null;
  return (
    <section className="panel" aria-labelledby="team-entry-list-title">
      <div className="panel-header">
        <h2 id="team-entry-list-title">{t('season:entries.teamsTitle')}</h2>
        <span className="muted">{t('season:entries.manufacturers', { count: entries.length })}</span>
      </div>
      <LineUpPending season={season} cup="manufacturers" eventName={season.name} />
      {entries.length > 0 && (
        <DataTable
          head={
            <>
              <th>{t('season:entries.head.team')}</th>
              <th>{t('season:entries.head.teamDrivers')}</th>
              <th>{t('season:entries.head.psn')}</th>
            </>
          }
        >
          {entries.map((team) => (
            <tr key={team.id}>
              <td>
                <strong>{team.name}</strong>
              </td>
              <td>
                <ul className="team-drivers">
                  {(team.drivers ?? []).map((driver) => (
                    <li key={driver.name}>
                      <Flag country={driver.country} /> {driver.name}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="muted team-psn-ids">
                {(team.drivers ?? []).flatMap((driver) => driver.psnIds).join(', ') || '—'}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
