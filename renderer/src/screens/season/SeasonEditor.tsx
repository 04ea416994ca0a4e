import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Season } from '../../../../shared/domain/types';
import type { FileProblem } from '../../../../shared/files/problems';
import { useProblemText } from '../../lib/file-problem-text';
import { useToast } from '../../components/Toasts';
import { db } from '../../db';
import { SeasonRewriteError, writeSeason } from '../../db/seasons';
import { seasonNames } from './lineup/SeasonUpdateList';
import { useUpdateWords } from './lineup/update-words';
import { DriversEditor } from './DriversEditor';
import { RoundEditor, ZoneList } from './RoundEditor';
import { moveSeasonYear, newRound, withDerivedIds } from './season-draft';
import { validateSeason } from './season-io';

/** What the file schema allows but a playable season needs, in the editor's words. */
function editorProblems(t: TFunction, season: Season): string[] {
  const problems: string[] = [];
  if (season.drivers.some((d) => !d.name.trim())) problems.push(t('season:editor.problem.driverName'));
  const pickable = season.rounds.some((r) => r.races.some((race) => race.pickable));
  if (pickable && season.drivers.length === 0) problems.push(t('season:editor.problem.noDrivers'));
  season.rounds.forEach((round) => {
    if (!round.venue.trim() && !round.city.trim())
      problems.push(t('season:editor.problem.venue', { round: round.name }));
  });
  return problems;
}

/**
 * Creates a season or edits one. Built-in seasons only get their start times
 * edited: the shipped data is otherwise fixed, and those times are
 * best-known estimates that may need correcting.
 */
export function SeasonEditor({
  initial,
  isNew,
  builtIn,
  onClose,
}: {
  initial: Season;
  isNew: boolean;
  builtIn: boolean;
  onClose: (savedId?: string) => void;
}) {
  const { t } = useTranslation('season');
  const wording = useProblemText();
  const { rewrite } = useUpdateWords();
  const notify = useToast();
  const [draft, setDraft] = useState<Season>(initial);
  const [errors, setErrors] = useState<(string | FileProblem)[]>([]);
  const set = (patch: Partial<Season>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const derived = withDerivedIds(draft);
    // New and user seasons: every listed driver is on the Nations Cup entry list.
    const candidate: Season = builtIn
      ? draft
      : { ...derived, entryLists: { ...derived.entryLists, nations: derived.drivers.map((d) => d.id) } };
    const checked = validateSeason(candidate);
    const problems: (string | FileProblem)[] = checked.ok ? [] : [...checked.problems];
    if (!builtIn) problems.unshift(...editorProblems(t, candidate));
    if (isNew && (await db.seasons.get(candidate.id)))
      problems.unshift(t('season:editor.problem.idTaken', { id: candidate.id }));
    setErrors(problems);
    if (problems.length > 0 || !checked.ok) return;
    try {
      await writeSeason(db, checked.value, builtIn);
    } catch (error) {
      // The data layer refuses edits that would rewrite the past (reopen a lock, orphan picks).
      if (!(error instanceof SeasonRewriteError)) throw error;
      const names = seasonNames(initial);
      setErrors(error.problems.map((p) => rewrite(p, names)));
      return;
    }
    notify(t('season:editor.saved', { name: checked.value.name }));
    onClose(checked.value.id);
  };

  return (
    <form
      className="panel season-editor"
      onSubmit={(e) => void save(e)}
      aria-labelledby="season-editor-title"
    >
      <div className="panel-header">
        <h2 id="season-editor-title">
          {isNew
            ? t('season:tools.new')
            : builtIn
              ? t('season:editor.titleTimes', { name: initial.name })
              : t('season:editor.titleEdit', { name: initial.name })}
        </h2>
      </div>
      {builtIn && <p className="notice">{t('season:editor.timesNotice')}</p>}
      {!builtIn && (
        <div className="editor-grid">
          <label className="field">
            <span>{t('season:editor.name')}</span>
            <input value={draft.name} required onChange={(e) => set({ name: e.target.value })} />
          </label>
          <label className="field">
            <span>{t('season:editor.year')}</span>
            <input
              type="number"
              min={1990}
              max={2200}
              value={draft.year}
              onChange={(e) => setDraft((d) => moveSeasonYear(d, Number(e.target.value)))}
            />
          </label>
          <label className="field">
            <span>{t('season:editor.id')}</span>
            <input
              value={draft.id}
              disabled={!isNew}
              pattern="[a-z0-9]+(-[a-z0-9]+)*"
              onChange={(e) => set({ id: e.target.value })}
            />
          </label>
        </div>
      )}
      <ZoneList />
      {draft.rounds.map((round, index) => (
        <RoundEditor
          key={index}
          round={round}
          timesOnly={builtIn}
          onChange={(next) => set({ rounds: draft.rounds.map((r, i) => (i === index ? next : r)) })}
          onRemove={() => set({ rounds: draft.rounds.filter((_, i) => i !== index) })}
        />
      ))}
      {!builtIn && (
        <>
          <div className="row">
            <button type="button" onClick={() => set({ rounds: [...draft.rounds, newRound(draft)] })}>
              {t('season:editor.addRound')}
            </button>
          </div>
          <DriversEditor drivers={draft.drivers} onChange={(drivers) => set({ drivers })} />
        </>
      )}
      {errors.length > 0 && (
        <div className="notice error" role="alert">
          <strong>{t('season:editor.cannotSave')}</strong>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{wording(e)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="row editor-actions">
        <button type="submit" className="primary">
          {t('season:editor.save')}
        </button>
        <button type="button" className="ghost" onClick={() => onClose()}>
          {t('common:action.cancel')}
        </button>
      </div>
    </form>
  );
}
