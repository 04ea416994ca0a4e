import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { useSetting } from '../hooks/useSetting';
import { useLoadDemo } from './useLoadDemo';
import './demo.css';

/** First run: offers a demo league so every screen has something to show. Hidden once answered. */
export function DemoOffer() {
  const { t } = useTranslation('demo');
  const [offered, setOffered, loaded] = useSetting('demoOffered');
  const leagueCount = useLiveQuery(() => db.leagues.count(), []);
  const { load, busy } = useLoadDemo();
  if (!loaded || offered === true || leagueCount === undefined || leagueCount > 0) return null;

  return (
    <section className="demo-offer" aria-labelledby="demo-title">
      <div>
        <h2 id="demo-title">{t('demo:title')}</h2>
        <p className="muted">{t('demo:body')}</p>
      </div>
      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={() => void load()}>
          {t('demo:load')}
        </button>
        <button type="button" className="ghost" disabled={busy} onClick={() => void setOffered(true)}>
          {t('demo:decline')}
        </button>
      </div>
    </section>
  );
}
