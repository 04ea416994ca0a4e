import { useTranslation } from 'react-i18next';
import type { Race, Round, SessionKind } from '../../../../shared/domain/types';
import { SESSION_KINDS } from '../../../../shared/domain/types';
import { sessionName } from '../../i18n/terms';
import { formatTime } from '../../lib/format';
import { LazyInput } from './LazyInput';
import { RemoveButton } from './RemoveButton';
import {
  formatPoints,
  fromLocalInput,
  moveRoundDate,
  newRace,
  parsePoints,
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
  const { t } = useTranslation('season');
  const set = (patch: Partial<Round>) => onChange({ ...round, ...patch });
  const setRace = (index: number, patch: Partial<Race>) =>
    set({ races: round.races.map((race, i) => (i === index ? { ...race, ...patch } : race)) });
  const label = round.name || t('season:roundEditor.numbered', { number: round.number });
  const unusedSession = SESSION_KINDS.find(
    (s) => !round.races.some((r) => r.session === s && r.cup === 'nations'),
  );

  return (
    <fieldset className="round-editor" aria-label={label}>
      <legend>{label}</legend>
      <div className="editor-grid">
        <TextField
          label={t('season:roundEditor.name')}
          value={round.name}
          disabled={timesOnly}
          onChange={(name) => set({ name })}
        />
        <TextField
          label={t('season:roundEditor.venue')}
          value={round.venue}
          disabled={timesOnly}
          onChange={(venue) => set({ venue })}
        />
        <TextField
          label={t('season:roundEditor.city')}
          value={round.city}
          disabled={timesOnly}
          onChange={(city) => set({ city })}
        />
        <TextField
          label={t('season:roundEditor.firstDay')}
          type="date"
          value={round.date ?? ''}
          disabled={timesOnly}
          onChange={(date) => onChange(moveRoundDate(round, date))}
        />
        <TextField
          label={t('season:roundEditor.timeZone')}
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
            {t('season:roundEditor.worldFinals')}
          </label>
        )}
      </div>
      <TableFrame>
        <table className="race-editor">
          <thead>
            <tr>
              <th>{t('season:calendar.head.session')}</th>
              <th>{t('season:drivers.head.name')}</th>
              <th>{t('season:calendar.head.track')}</th>
              <th>{t('season:calendar.head.car')}</th>
              <th className="num">{t('season:calendar.head.laps')}</th>
              <th>{t('season:calendar.head.starts')}</th>
              <th>{t('season:calendar.head.points')}</th>
              <th>{t('season:calendar.pickable')}</th>
              {!timesOnly && <th aria-label={t('season:drivers.head.actions')} />}
            </tr>
          </thead>
          <tbody>
            {round.races.map((race, index) => {
              const raceName = `${label} ${race.name}`;
              return (
                <tr key={`${race.cup}-${race.session}-${index}`}>
                  <td>
                    <select
                      aria-label={t('season:roundEditor.sessionOf', { race: raceName })}
                      value={race.session}
                      disabled={timesOnly}
                      onChange={(e) => setRace(index, { session: e.target.value as SessionKind })}
                    >
                      {SESSION_KINDS.map((s) => (
                        <option key={s} value={s}>
                          {sessionName(t, s)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={t('season:roundEditor.nameOf', { race: raceName })}
                      value={race.name}
                      disabled={timesOnly}
                      onChange={(e) => setRace(index, { name: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={t('season:roundEditor.trackOf', { race: raceName })}
                      value={race.track}
                      disabled={timesOnly}
                      onChange={(e) => setRace(index, { track: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={t('season:roundEditor.carOf', { race: raceName })}
                      value={race.car}
                      disabled={timesOnly}
                      onChange={(e) => setRace(index, { car: e.target.value })}
                    />
                  </td>
                  <td className="num">
                    <input
                      aria-label={t('season:roundEditor.lapsOf', { race: raceName })}
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
                      aria-label={t('season:roundEditor.startOf', { race: raceName })}
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
                      {t('season:roundEditor.atVenue', {
                        time: formatTime(
                          race.startsAt,
                          ZONES.includes(round.timeZone) ? round.timeZone : undefined,
                        ),
                      })}
                    </div>
                  </td>
                  <td>
                    <LazyInput
                      aria-label={t('season:roundEditor.pointsOf', { race: raceName })}
                      placeholder={t('season:calendar.noPoints')}
                      value={formatPoints(race.pointsTable)}
                      disabled={timesOnly}
                      onCommit={(text) => {
                        const pointsTable = parsePoints(text);
                        // Never ticks Pickable by itself: this commit runs on blur, often from a click on
                        // that very checkbox, which would then toggle it straight back off. A race that pays
                        // nothing cannot be picked, though.
                        setRace(
                          index,
                          pointsTable.length > 0 ? { pointsTable } : { pointsTable, pickable: false },
                        );
                      }}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('season:roundEditor.pickableOf', { race: raceName })}
                      checked={race.pickable}
                      disabled={timesOnly}
                      onChange={(e) => setRace(index, { pickable: e.target.checked })}
                    />
                  </td>
                  {!timesOnly && (
                    <td>
                      <RemoveButton
                        label={t('season:roundEditor.removeRace', { race: raceName })}
                        onClick={() => set({ races: round.races.filter((_, i) => i !== index) })}
                      />
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
            {t('season:roundEditor.addRace', { round: label })}
          </button>
          <button type="button" className="small ghost danger" onClick={onRemove}>
            {t('season:roundEditor.removeRound', { round: label })}
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
