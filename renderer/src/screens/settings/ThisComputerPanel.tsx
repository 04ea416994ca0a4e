import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { setOwnerMember } from '../../db/owner';
import { useActiveLeague } from '../../hooks/useActiveLeague';
import { useOwnerMember } from '../../hooks/useOwnerMember';
import { useLoadDemo } from '../../demo/useLoadDemo';
import { OwnerChoice } from './OwnerChoice';

/** Who this computer belongs to in the active league, and the demo (loadable again at any time). */
export function ThisComputerPanel() {
  const { t } = useTranslation(['settings', 'demo']);
  const { league, members } = useActiveLeague();
  const owner = useOwnerMember(league?.id);
  const demoIds = useLiveQuery(async () => {
    const row = await db.settings.get('demoLeagueIds');
    const ids = Array.isArray(row?.value) ? (row.value as string[]) : [];
    return (await db.leagues.bulkGet(ids)).filter(Boolean).length;
  }, []);
  const { load: loadDemo, busy } = useLoadDemo();

  return (
    <section className="panel" aria-labelledby="this-computer-title">
      <h2 id="this-computer-title">{t('settings:owner.title')}</h2>
      {league ? (
        <>
          <p className="muted">{t('settings:owner.help', { league: league.name })}</p>
          {owner !== undefined && (
            <OwnerChoice
              members={members}
              value={owner}
              onChange={(id) => void setOwnerMember(db, league.id, id)}
            />
          )}
        </>
      ) : (
        <p className="muted">{t('settings:owner.noLeague')}</p>
      )}
      <h3>{t('settings:demo.title')}</h3>
      <p className="muted">{demoIds ? t('settings:demo.loadedHelp') : t('settings:demo.help')}</p>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void loadDemo()}>
          {demoIds ? t('settings:demo.open') : t('demo:load')}
        </button>
      </div>
    </section>
  );
}
