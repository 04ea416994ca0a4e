/**
 * Entering a result by hand: the race, then P1–P3 (and more positions when
 * known) chosen from its entry list with the same picker as a pick. The entry
 * becomes a canonical results text that goes through the same preview,
 * validation, commit, history and undo as a file.
 */
import { useMemo, useRef, useState } from 'react';
import type { RaceResult, Season } from '../../../../shared/domain/types';
import { handEntryText } from '../../../../shared/results';
import { allRaces, findRace } from '../../../../shared/seasons/lookup';
import { PodiumPicker, SlotCombobox } from '../../components/PodiumPicker';
import { formatDateTime } from '../../lib/format';
import { cupEntries } from '../../lib/season-lookup';

/** The race a result is most likely entered for: the earliest started one still without a result. */
export function defaultHandRaceId(season: Season, stored: ReadonlySet<string>, now: number): string {
  const races = allRaces(season).filter((race) => race.pickable);
  const started = races.filter((race) => Date.parse(race.startsAt) <= now);
  return (started.find((race) => !stored.has(race.id)) ?? started.at(-1) ?? races[0])?.id ?? '';
}

export function EnterResult({
  season,
  results,
  now,
  onPreview,
  onCancel,
}: {
  season: Season;
  results: ReadonlyMap<string, RaceResult>;
  now: number;
  onPreview: (text: string) => void;
  onCancel: () => void;
}) {
  const [raceId, setRaceId] = useState(() => defaultHandRaceId(season, new Set(results.keys()), now));
  const [podium, setPodium] = useState<readonly (string | null)[]>([null, null, null]);
  const [extras, setExtras] = useState<(string | null)[]>([]);
  const race = findRace(season, raceId);
  const entries = useMemo(() => (race ? cupEntries(season, race.cup) : []), [season, race]);
  const chosen = [...podium, ...extras];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const complete = podium.every((id) => id !== null) && extras.every((id) => id !== null);
  const firstEmptyExtra = extras.findIndex((id) => id === null);
  // A position just added gets the focus when its field mounts, so the keyboard flow goes on from P3 to P4.
  const focusOnMount = useRef<number | null>(null);

  const changeRace = (id: string) => {
    setRaceId(id);
    setPodium([null, null, null]);
    setExtras([]);
  };
  const setExtra = (k: number, id: string | null) =>
    setExtras((current) => current.map((value, i) => (i === k ? id : value)));

  const preview = () => {
    if (!race || !complete) return;
    const rows = chosen.map((id) => ({ driverId: id!, name: byId.get(id!)?.name ?? id! }));
    onPreview(handEntryText(race, rows, entries.length));
  };

  return (
    <section className="panel rs-enter" aria-labelledby="rs-enter-title">
      <h2 id="rs-enter-title">Enter a result by hand</h2>
      <p className="muted">
        Choose the race, then P1, P2 and P3 from its entry list — and more positions if you know them. A
        result with only the first positions is stored as partial (“podium only”) until a full classification
        is imported.
      </p>
      <label className="field rs-enter-race">
        <span>Race</span>
        <select value={raceId} onChange={(event) => changeRace(event.target.value)}>
          <option value="">Choose a race…</option>
          {season.rounds.map((round) => (
            <optgroup key={round.id} label={round.name}>
              {round.races.map((r) => (
                <option key={r.id} value={r.id}>
                  {round.name} — {r.name}
                  {results.has(r.id) ? ' (has a result)' : ''}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>

      {race && Date.parse(race.startsAt) > now && (
        <p className="picker-hint warn">
          {race.name} has not started yet: it starts {formatDateTime(race.startsAt)}.
        </p>
      )}
      {race && entries.length < 3 && (
        <div className="notice warn" role="status">
          The {race.cup === 'nations' ? 'Nations Cup' : 'Manufacturers Cup'} entry list of {season.name} has{' '}
          {entries.length === 0 ? 'no entries yet' : `only ${entries.length}`}: add the line-up first.
        </div>
      )}
      {race && entries.length >= 3 && (
        <div className="rs-enter-slots">
          <PodiumPicker
            key={race.id}
            label={race.name}
            noun="result"
            entries={entries}
            value={null}
            onCommit={setPodium}
            onDraft={setPodium}
          />
          {extras.map((id, k) => (
            <div className="row rs-enter-extra" key={k}>
              <SlotCombobox
                noun="result"
                slot={3 + k}
                raceLabel={race.name}
                // Someone already placed is not offered again.
                entries={entries.filter((e) => e.id === id || !chosen.includes(e.id))}
                draft={chosen}
                disabled={false}
                inputRef={(el) => {
                  if (el && focusOnMount.current === k) {
                    focusOnMount.current = null;
                    el.focus();
                  }
                }}
                onChoose={(entryId) => setExtra(k, entryId)}
                onClear={() => setExtra(k, null)}
              />
              {k === extras.length - 1 && (
                <button
                  type="button"
                  className="ghost small"
                  onClick={() => setExtras((current) => current.slice(0, -1))}
                >
                  Remove P{4 + k}
                </button>
              )}
            </div>
          ))}
          {chosen.length < entries.length && (
            <button
              type="button"
              className="small"
              onClick={() => {
                focusOnMount.current = extras.length;
                setExtras((current) => [...current, null]);
              }}
            >
              Add P{chosen.length + 1}
            </button>
          )}
        </div>
      )}

      {firstEmptyExtra !== -1 && (
        <p className="picker-hint warn">Choose P{4 + firstEmptyExtra} or remove it.</p>
      )}
      <div className="row rs-actions">
        <button type="button" className="primary" disabled={!race || !complete} onClick={preview}>
          Preview result
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
