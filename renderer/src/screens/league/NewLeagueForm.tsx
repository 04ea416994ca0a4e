import { useTranslation } from 'react-i18next';
import { useLeagueEditErrorText } from './input-error-text';
import { useState, type FormEvent } from 'react';
import { DEFAULT_RULES, type ScoringRules } from '../../../../shared/scoring';
import { useToast } from '../../components/Toasts';
import { db } from '../../db';
import { createLeague, seasonIsPast } from '../../db/leagues';
import { useCurrentChampionshipId, useSeason, useSeasonList } from '../../hooks/useSeason';
import { clock } from '../../app/clock';
import { NameCheck } from '../../components/NameCheck';
import { RulesFields } from './RulesFields';

/** Name, season, replay and rules of a new league. */
export function NewLeagueForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation('league');
  const errorText = useLeagueEditErrorText();
  const seasons = useSeasonList();
  const notify = useToast();
  const [name, setName] = useState('');
  const [seasonId, setSeasonId] = useState<string | null>(null);
  const [rules, setRules] = useState<ScoringRules>({ ...DEFAULT_RULES, cups: ['nations'] });
  const [replayChoice, setReplayChoice] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useCurrentChampionshipId();
  const chosenSeason = seasonId ?? current ?? seasons?.[0]?.id ?? null;
  const season = useSeason(chosenSeason);
  const past = season
    ? seasonIsPast(
        season.rounds.flatMap((r) => r.races),
        clock.now(),
      )
    : false;
  // A finished season can only be replayed: nobody could ever pick in a normal league on it.
  const replay = past || (replayChoice ?? false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosenSeason) return;
    try {
      const league = await createLeague(db, { name, seasonId: chosenSeason, rules, replay });
      notify(t('league:form.created', { name: league.name }));
      setName('');
      setError(null);
      onDone?.();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <form className="panel league-form" onSubmit={(e) => void submit(e)} aria-labelledby="new-league-title">
      <h2 id="new-league-title">{t('league:newLeague')}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="league-name">{t('league:form.name')}</label>
          <input
            id="league-name"
            value={name}
            required
            maxLength={60}
            placeholder={t('league:form.namePlaceholder')}
            aria-describedby="league-name-check"
            onChange={(e) => setName(e.target.value)}
          />
          <NameCheck name={name} id="league-name-check" />
        </div>
        <div className="field">
          <label htmlFor="league-season">{t('league:form.season')}</label>
          <select id="league-season" value={chosenSeason ?? ''} onChange={(e) => setSeasonId(e.target.value)}>
            {seasons?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={replay}
          disabled={past}
          aria-describedby={past ? 'new-league-past' : undefined}
          onChange={(e) => setReplayChoice(e.target.checked)}
        />
        {t('league:form.replay')}
      </label>
      {past && (
        <p id="new-league-past" className="muted">
          {t('league:form.pastReplayOnly')}
        </p>
      )}
      <RulesFields value={rules} onChange={setRules} />
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={!name.trim() || !chosenSeason}>
          {t('league:form.create')}
        </button>
        {onDone && (
          <button type="button" className="ghost" onClick={onDone}>
            {t('common:action.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
