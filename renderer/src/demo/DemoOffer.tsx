import { messageOf } from '../../../shared/common/result';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { db } from '../db';
import { useSetting } from '../hooks/useSetting';
import { useToast } from '../components/Toasts';
import './demo.css';

/** First run: offers a demo league so every screen has something to show. Hidden once answered. */
export function DemoOffer() {
  const { t } = useTranslation('demo');
  const [offered, setOffered, loaded] = useSetting('demoOffered');
  const leagueCount = useLiveQuery(() => db.leagues.count(), []);
  const [busy, setBusy] = useState(false);
  const notify = useToast();
  const navigate = useNavigate();
  if (!loaded || offered === true || leagueCount === undefined || leagueCount > 0) return null;

  const accept = async () => {
    setBusy(true);
    try {
      // Loaded on demand: the demo brings the result parser, which the first screen does not need.
      const { createDemoLeagues, DEMO_ROUND_ID } = await import('./demo');
      await createDemoLeagues(db);
      notify(t('demo:loaded'));
      // The demo is about London: open there, not on the next round of the season.
      void navigate(`/round?round=${DEMO_ROUND_ID}`);
    } catch (error) {
      notify(t('demo:failed', { reason: messageOf(error) }), 'error');
      setBusy(false);
    }
  };

  return (
    <section className="demo-offer" aria-labelledby="demo-title">
      <div>
        <h2 id="demo-title">{t('demo:title')}</h2>
        <p className="muted">{t('demo:body')}</p>
      </div>
      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={() => void accept()}>
          {t('demo:load')}
        </button>
        <button type="button" className="ghost" disabled={busy} onClick={() => void setOffered(true)}>
          {t('demo:decline')}
        </button>
      </div>
    </section>
  );
}
