import type { Driver } from '../../../../shared/domain/types';
import { splitList } from './season-draft';
import { LazyInput } from './LazyInput';

/** The season's drivers; every driver listed here is on the Nations Cup entry list. */
export function DriversEditor({
  drivers,
  onChange,
}: {
  drivers: Driver[];
  onChange: (drivers: Driver[]) => void;
}) {
  const set = (index: number, patch: Partial<Driver>) =>
    onChange(drivers.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  return (
    <fieldset className="round-editor" aria-label="Entry list">
      <legend>Entry list (Nations Cup)</legend>
      {drivers.length === 0 && <p className="muted">No driver yet. Add the drivers members can pick.</p>}
      {drivers.length > 0 && (
        <div className="table-wrap">
          <table className="race-editor">
            <thead>
              <tr>
                <th>Name</th>
                <th>Country (ISO code)</th>
                <th>PSN IDs (comma separated)</th>
                <th aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {drivers.map((driver, index) => {
                const who = driver.name || `driver ${index + 1}`;
                return (
                  <tr key={index}>
                    <td>
                      <input
                        aria-label={`Name of ${who}`}
                        value={driver.name}
                        onChange={(e) => set(index, { name: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`Country of ${who}`}
                        className="narrow"
                        maxLength={2}
                        value={driver.country}
                        onChange={(e) => set(index, { country: e.target.value.toUpperCase() })}
                      />
                    </td>
                    <td>
                      <LazyInput
                        aria-label={`PSN IDs of ${who}`}
                        value={driver.psnIds.join(', ')}
                        onCommit={(text) => set(index, { psnIds: splitList(text) })}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="small ghost danger"
                        aria-label={`Remove ${who}`}
                        onClick={() => onChange(drivers.filter((_, i) => i !== index))}
                      >
                        Remove
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="row">
        <button
          type="button"
          className="small"
          onClick={() => onChange([...drivers, { id: '', name: '', country: '', psnIds: [], aliases: [] }])}
        >
          Add driver
        </button>
      </div>
    </fieldset>
  );
}
