import { useTranslation } from 'react-i18next';
import { leagueCups } from '../../../../shared/scoring';
import { cupName } from '../../i18n/terms';
import { usePresetName } from './usePresetName';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { PageHeader } from '../../components/PageHeader';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useToast } from '../../components/Toasts';
import { useActiveLeague } from '../../hooks/useActiveLeague';
import { useSetting } from '../../hooks/useSetting';
import { db } from '../../db';
import { deleteLeague, setActiveLeague } from '../../db/leagues';
import { removeDemo } from '../../demo/demo';
import { ReminderSettings } from '../../reminders/ReminderSettings';
import { NewLeagueForm } from './NewLeagueForm';
import { MembersPanel } from './MembersPanel';
import { LeagueRules } from './LeagueRules';
import { ShareSyncSection } from './ShareSyncSection';
import './league.css';

export function LeagueScreen() {
  const { t } = useTranslation('league');
  const presetName = usePresetName();
  const { league, members, member, loading } = useActiveLeague();
  const leagues = useLiveQuery(
    async () => (await db.leagues.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
    [],
  );
  const seasons = useLiveQuery(() => db.seasons.toArray(), []);
  const [demoIds] = useSetting('demoLeagueIds');
  const [creating, setCreating] = useState(false);
  const notify = useToast();
  const seasonName = (id: string) => seasons?.find((s) => s.id === id)?.name ?? id;
  const hasDemo = (demoIds ?? []).some((id) => leagues?.some((l) => l.id === id));
  const showForm = creating || (!loading && leagues !== undefined && leagues.length === 0);

  return (
    <div className="page" aria-busy={loading}>
      <PageHeader
        eyebrow={t('league:eyebrow')}
        title={t('league:title')}
        description={t('league:description')}
        actions={
          !showForm && (
            <button type="button" className="primary" onClick={() => setCreating(true)}>
              {t('league:newLeague')}
            </button>
          )
        }
      />
      {showForm && (
        <>
          {leagues?.length === 0 && <p className="muted">{t('league:noLeague')}</p>}
          <NewLeagueForm onDone={leagues && leagues.length > 0 ? () => setCreating(false) : undefined} />
        </>
      )}
      {leagues && leagues.length > 0 && (
        <section className="panel" aria-labelledby="leagues-title">
          <div className="panel-header">
            <h2 id="leagues-title">{t('league:leagues')}</h2>
            {hasDemo && (
              <ConfirmButton
                className="small danger"
                question={t('league:demo.question')}
                confirmLabel={t('league:demo.remove')}
                onConfirm={async () => {
                  await removeDemo(db);
                  notify(t('league:demo.removed'), 'info');
                }}
              >
                {t('league:demo.remove')}
              </ConfirmButton>
            )}
          </div>
          <ul className="league-list">
            {leagues.map((l) => (
              <li key={l.id} className={l.id === league?.id ? 'active' : ''}>
                <div className="league-info">
                  <strong>{l.name}</strong>
                  <span className="faint">
                    {[
                      seasonName(l.seasonId),
                      presetName(l.rules.preset),
                      leagueCups(l.rules)
                        .map((cup) => cupName(t, cup))
                        .join(' + '),
                      ...(l.rules.joker ? [t('league:summary.joker')] : []),
                      ...(l.rules.uniqueBonus ? [t('league:summary.uniqueBonus')] : []),
                      ...(l.rules.dropWorst > 0
                        ? [t('league:summary.drop', { count: l.rules.dropWorst })]
                        : []),
                    ].join(' · ')}
                  </span>
                </div>
                {l.replay && <span className="badge warn">{t('league:badge.replay')}</span>}
                {(demoIds ?? []).includes(l.id) && <span className="badge">{t('league:badge.demo')}</span>}
                {l.id === league?.id ? (
                  <span className="badge accent">{t('league:badge.active')}</span>
                ) : (
                  <button type="button" className="small" onClick={() => void setActiveLeague(db, l.id)}>
                    {t('league:switchTo', { name: l.name })}
                  </button>
                )}
                <ConfirmButton
                  className="small ghost danger"
                  ariaLabel={t('league:delete.label', { name: l.name })}
                  question={t('league:delete.question', { name: l.name })}
                  confirmLabel={t('league:delete.action')}
                  onConfirm={async () => {
                    await deleteLeague(db, l.id);
                    notify(t('league:delete.done', { name: l.name }), 'info');
                  }}
                >
                  {t('league:delete.action')}
                </ConfirmButton>
              </li>
            ))}
          </ul>
        </section>
      )}
      {league && (
        <div className="league-columns">
          <MembersPanel league={league} members={members} activeId={member?.id ?? null} />
          <LeagueRules key={league.id} league={league} />
        </div>
      )}
      {league && <ReminderSettings />}
      <ShareSyncSection league={league ?? null} member={member} />
    </div>
  );
}
