import type { Race, Round, SessionKind } from '../../../../shared/domain/types';
import { SESSION_KINDS } from '../../../../shared/domain/types';
import { formatTime } from '../../lib/format';
import { LazyInput } from './LazyInput';
import {
  formatPoints,
  fromLocalInput,
  moveRoundDate,
  newRace,
  parsePoints,
  SESSION_NAMES,
  toLocalInput,
} from './season-draft';
import { TableFrame } from '../../components/TableFrame';

const ZONES: string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** One round of the season editor with its races. `timesOnly` locks everything but start times (built-in seasons). */
export function RoundEditor({
  round,
  timesOnly,
  onChange,
  onRemove,
}: {
  round: Round;
  timesOnly: boolean;
  onChange: (round: Round) => void;
  onRemove: () => void;
}) {
  const set = (patch: Partial<Round>) => onChange({ ...round, ...patch });
  const setRace = (index: number, patch: Partial<Race>) =>
    set({ races: round.races.map((race, i) => (i === index ? { ...race, ...patch } : race)) });
  const label = round.name || `Round ${round.number}`;
  const unusedSession = SESSION_KINDS.find(
    (s) => !round.races.some((r) => r.session === s && r.cup === 'nations'),
  );

  return (
    <fieldset className="round-editor" aria-label={label}>
      <legend>{label}</legend>
      <div className="editor-grid">
        <TextField
          label="Round name"
          value={round.name}
          disabled={timesOnly}
          onChange={(name) => set({ name })}
        />
        <TextField
          label="Venue"
          value={round.venue}
          disabled={timesOnly}
          onChange={(venue) => set({ venue })}
        />
        <TextField label="City" value={round.city} disabled={timesOnly} onChange={(city) => set({ city })} />
        <TextField
          label="First day"
          type="date"
          value={round.date ?? ''}
          disabled={timesOnly}
          onChange={(date) => onChange(moveRoundDate(round, date))}
        />
        <TextField
          label="Time zone of the venue"
          value={round.timeZone}
          disabled={timesOnly}
          list="season-editor-zones"
          onChange={(timeZone) => set({ timeZone })}
        />
        {!timesOnly && (
          <label className="check">
            <input
              type="checkbox"
              checked={round.id.endsWith('-wf')}
              onChange={(e) =>
                set({ id: e.target.checked ? `${round.seasonId}-wf` : `${round.seasonId}-r${round.number}` })
              }
            />
            World Finals
          </label>
        )}
      </div>
      <TableFrame>
        <table className="race-editor">
          <thead>
            <tr>
              <th>Session</th>
              <th>Name</th>
              <th>Track</th>
              <th>Car</th>
              <th className="num">Laps</th>
              <th>Starts (your time)</th>
              <th>Points</th>
              <th>Pickable</th>
              {!timesOnly && <th aria-label="Actions" />}
            </tr>
          </thead>
          <tbody>
            {round.races.map((race, index) => {
              const what = `${label} ${race.name}`;
              return (
                <tr key={`${race.cup}-${race.session}-${index}`}>
                  <td>
                    <select
                      aria-label={`Session of ${what}`}
                      value={race.session}
                      disabled={timesOnly}
                      onChange={(e) => setRace(index, { session: e.target.value as SessionKind })}
                    >
                      {SESSION_KINDS.map((s) => (
                        <option key={s} value={s}>
                          {SESSION_NAMES[s]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={`Name of ${what}`}
                      value={race.name}
                      disabled={timesOnly}
                      onChange={(e) => setRace(index, { name: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`Track of ${what}`}
                      value={race.track}
                      disabled={timesOnly}
                      onChange={(e) => setRace(index, { track: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`Car of ${what}`}
                      value={race.car}
                      disabled={timesOnly}
                      onChange={(e) => setRace(index, { car: e.target.value })}
                    />
                  </td>
                  <td className="num">
                    <input
                      aria-label={`Laps of ${what}`}
                      type="number"
                      min={1}
                      className="narrow"
                      value={race.laps ?? ''}
                      disabled={timesOnly}
                      onChange={(e) =>
                        setRace(index, { laps: e.target.value ? Number(e.target.value) : null })
                      }
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`Start time of ${what}`}
                      type="datetime-local"
                      value={toLocalInput(race.startsAt)}
                      onChange={(e) =>
                        e.target.value &&
                        setRace(index, {
                          startsAt: fromLocalInput(e.target.value),
                          startsAtEstimate: undefined,
                        })
                      }
                    />
                    <div className="faint small-note">
                      {formatTime(race.startsAt, ZONES.includes(round.timeZone) ? round.timeZone : undefined)}{' '}
                      at the venue
                    </div>
                  </td>
                  <td>
                    <LazyInput
                      aria-label={`Points table of ${what}`}
                      placeholder="none"
                      value={formatPoints(race.pointsTable)}
                      disabled={timesOnly}
                      onCommit={(text) => {
                        const pointsTable = parsePoints(text);
                        setRace(index, { pointsTable, pickable: pointsTable.length > 0 });
                      }}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${what} is pickable`}
                      checked={race.pickable}
                      disabled={timesOnly}
                      onChange={(e) => setRace(index, { pickable: e.target.checked })}
                    />
                  </td>
                  {!timesOnly && (
                    <td>
                      <button
                        type="button"
                        className="small ghost danger"
                        aria-label={`Remove ${what}`}
                        onClick={() => set({ races: round.races.filter((_, i) => i !== index) })}
                      >
                        Remove
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableFrame>
      {!timesOnly && (
        <div className="row">
          <button
            type="button"
            className="small"
            disabled={!unusedSession}
            onClick={() => unusedSession && set({ races: [...round.races, newRace(round, unusedSession)] })}
          >
            Add race to {label}
          </button>
          <button type="button" className="small ghost danger" onClick={onRemove}>
            Remove {label}
          </button>
        </div>
      )}
    </fieldset>
  );
}

export function ZoneList() {
  return (
    <datalist id="season-editor-zones">
      {ZONES.map((z) => (
        <option key={z} value={z} />
      ))}
    </datalist>
  );
}

function TextField({
  label,
  value,
  onChange,
  type = 'text',
  disabled,
  list,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: string;
  disabled?: boolean;
  list?: string;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type={type}
        value={value}
        disabled={disabled}
        list={list}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
