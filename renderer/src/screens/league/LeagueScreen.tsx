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
        eyebrow="Friends"
        title="League"
        description="Your leagues, their members and scoring rules."
        actions={
          !showForm && (
            <button type="button" className="primary" onClick={() => setCreating(true)}>
              New league
            </button>
          )
        }
      />
      {showForm && (
        <>
          {leagues?.length === 0 && (
            <p className="muted">
              No league yet. A league is a group of friends picking podiums on one season with one set of
              scoring rules.
            </p>
          )}
          <NewLeagueForm onDone={leagues && leagues.length > 0 ? () => setCreating(false) : undefined} />
        </>
      )}
      {leagues && leagues.length > 0 && (
        <section className="panel" aria-labelledby="leagues-title">
          <div className="panel-header">
            <h2 id="leagues-title">Leagues</h2>
            {hasDemo && (
              <ConfirmButton
                className="small danger"
                question="Remove the demo leagues, their members and picks?"
                confirmLabel="Remove demo"
                onConfirm={async () => {
                  await removeDemo(db);
                  notify('Demo removed.', 'info');
                }}
              >
                Remove demo
              </ConfirmButton>
            )}
          </div>
          <ul className="league-list">
            {leagues.map((l) => (
              <li key={l.id} className={l.id === league?.id ? 'active' : ''}>
                <div className="league-info">
                  <strong>{l.name}</strong>
                  <span className="faint">
                    {seasonName(l.seasonId)} · {l.rules.preset}
                    {l.rules.joker && ' · joker'}
                    {l.rules.uniqueBonus && ' · unique bonus'}
                    {l.rules.dropWorst > 0 && ` · drop ${l.rules.dropWorst}`}
                  </span>
                </div>
                {l.replay && <span className="badge warn">Replay</span>}
                {(demoIds ?? []).includes(l.id) && <span className="badge">Demo</span>}
                {l.id === league?.id ? (
                  <span className="badge accent">Active</span>
                ) : (
                  <button type="button" className="small" onClick={() => void setActiveLeague(db, l.id)}>
                    Switch to {l.name}
                  </button>
                )}
                <ConfirmButton
                  className="small ghost danger"
                  ariaLabel={`Delete ${l.name}`}
                  question={`Delete ${l.name} with its members and picks?`}
                  confirmLabel="Delete"
                  onConfirm={async () => {
                    await deleteLeague(db, l.id);
                    notify(`${l.name} deleted.`, 'info');
                  }}
                >
                  Delete
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
