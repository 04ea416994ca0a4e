/**
 * Entering a result by hand: the race, then P1–P3 (and more positions when
 * known) chosen from its entry list with the same picker as a pick. The entry
 * becomes a canonical results text that goes through the same preview,
 * validation, commit, history and undo as a file.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cup, RaceResult, Season } from '../../../../shared/domain/types';
import { handEntryText } from '../../../../shared/results';
import { allRaces, findRace } from '../../../../shared/seasons/lookup';
import { PodiumPicker, SlotCombobox } from '../../components/PodiumPicker';
import { cupName } from '../../i18n/terms';
import { formatDateTime } from '../../lib/format';
import { cupEntries } from '../../lib/season-lookup';

/**
 * The race a result is most likely entered for: the earliest started one still without a result.
 * With `cups` (the active league's), a race of those cups comes first: a Nations-only league has no
 * use for a Manufacturers result that started at the same time.
 */
export function defaultHandRaceId(
  season: Season,
  stored: ReadonlySet<string>,
  now: number,
  cups?: readonly Cup[],
): string {
  const all = allRaces(season).filter((race) => race.pickable);
  const played = cups ? all.filter((race) => cups.includes(race.cup)) : all;
  const races = played.length > 0 ? played : all;
  const started = races.filter((race) => Date.parse(race.startsAt) <= now);
  return (started.find((race) => !stored.has(race.id)) ?? started.at(-1) ?? races[0])?.id ?? '';
}

export function EnterResult({
  season,
  results,
  now,
  cups,
  onPreview,
  onCancel,
}: {
  season: Season;
  results: ReadonlyMap<string, RaceResult>;
  now: number;
  /** The active league's cups when it plays this season: its races are offered first. */
  cups?: readonly Cup[];
  onPreview: (text: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('results');
  const [raceId, setRaceId] = useState(() => defaultHandRaceId(season, new Set(results.keys()), now, cups));
  const [podium, setPodium] = useState<readonly (string | null)[]>([null, null, null]);
  const [extras, setExtras] = useState<(string | null)[]>([]);
  const race = findRace(season, raceId);
  const entries = useMemo(() => (race ? cupEntries(season, race.cup, race.roundId) : []), [season, race]);
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
      <h2 id="rs-enter-title">{t('results:enter.title')}</h2>
      <p className="muted">{t('results:enter.help')}</p>
      <label className="field rs-enter-race">
        <span>{t('results:enter.race')}</span>
        <select value={raceId} onChange={(event) => changeRace(event.target.value)}>
          <option value="">{t('results:table.chooseRace')}</option>
          {season.rounds.map((round) => (
            <optgroup key={round.id} label={round.name}>
              {round.races.map((r) => (
                <option key={r.id} value={r.id}>
                  {results.has(r.id)
                    ? t('results:enter.raceOptionWithResult', { round: round.name, race: r.name })
                    : t('results:table.raceOption', { round: round.name, race: r.name })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>

      {race && Date.parse(race.startsAt) > now && (
        <p className="picker-hint warn">
          {t('results:enter.notStarted', { race: race.name, date: formatDateTime(race.startsAt) })}
        </p>
      )}
      {race && entries.length < 3 && (
        <div className="notice warn" role="status">
          {entries.length === 0
            ? t('results:enter.noEntries', { cup: cupName(t, race.cup), season: season.name })
            : t('results:enter.fewEntries', {
                cup: cupName(t, race.cup),
                season: season.name,
                count: entries.length,
              })}
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
                  {t('results:enter.removePosition', { position: 4 + k })}
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
              {t('results:enter.addPosition', { position: chosen.length + 1 })}
            </button>
          )}
        </div>
      )}

      {firstEmptyExtra !== -1 && (
        <p className="picker-hint warn">
          {t('results:enter.chooseOrRemove', { position: 4 + firstEmptyExtra })}
        </p>
      )}
      <div className="row rs-actions">
        <button type="button" className="primary" disabled={!race || !complete} onClick={preview}>
          {t('results:enter.preview')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('results:preview.cancel')}
        </button>
      </div>
    </section>
  );
}
