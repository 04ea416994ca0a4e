import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { ScoringRules } from '../../../../shared/scoring';
import { useToast } from '../../components/Toasts';
import { db } from '../../db';
import { updateLeague } from '../../db/leagues';
import type { LeagueRecord } from '../../db/records';
import { RulesFields } from './RulesFields';

/** The active league's scoring rules, editable. Scores are derived on read, so a change re-grades everything. */
export function LeagueRules({ league }: { league: LeagueRecord }) {
  const { t } = useTranslation('league');
  const notify = useToast();
  const [draft, setDraft] = useState<ScoringRules>(league.rules);
  const changed = JSON.stringify(draft) !== JSON.stringify(league.rules);
  const save = async () => {
    await updateLeague(db, league.id, { rules: draft });
    notify(t('league:rules.saved'));
  };
  return (
    <section className="panel" aria-labelledby="rules-title">
      <div className="panel-header">
        <h2 id="rules-title">{t('league:rules.title')}</h2>
        {league.replay && <span className="badge warn">{t('league:rules.replayLeague')}</span>}
      </div>
      <RulesFields value={draft} onChange={setDraft} />
      <div className="row">
        <button type="button" className="primary" disabled={!changed} onClick={() => void save()}>
          {t('league:rules.save')}
        </button>
        {changed && (
          <button type="button" className="ghost" onClick={() => setDraft(league.rules)}>
            {t('league:rules.discard')}
          </button>
        )}
      </div>
    </section>
  );
}
