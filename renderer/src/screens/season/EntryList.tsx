import type { Season } from '../../../../shared/domain/types';
import { Flag, countryName } from '../../components/Flag';
import { LineUpPending } from '../../components/LineUpPending';

export function EntryList({ season }: { season: Season }) {
  const drivers = season.entryLists.nations
    .map((id) => season.drivers.find((d) => d.id === id))
    .filter((d) => d !== undefined);
  return (
    <section className="panel" aria-labelledby="entry-list-title">
      <div className="panel-header">
        <h2 id="entry-list-title">Nations Cup entry list</h2>
        <span className="muted">{drivers.length} drivers</span>
      </div>
      <LineUpPending season={season} cup="nations" eventName={season.name} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Driver</th>
              <th>Country</th>
              <th>PSN ID</th>
              <th>Also written</th>
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
      </div>
      {season.entryLists.manufacturers.length > 0 && (
        <p className="muted">Manufacturers Cup: {season.entryLists.manufacturers.length} teams.</p>
      )}
    </section>
  );
}
