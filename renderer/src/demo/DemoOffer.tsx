import { messageOf } from '../../../shared/common/result';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { db } from '../db';
import { useSetting } from '../hooks/useSetting';
import { useToast } from '../components/Toasts';
import './demo.css';

/** First run: offers a demo league so every screen has something to show. Hidden once answered. */
export function DemoOffer() {
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
      const { createDemoLeagues } = await import('./demo');
      await createDemoLeagues(db);
      notify('Demo loaded: four friends replaying 2025 London and the 2024 World Finals.');
      void navigate('/round');
    } catch (error) {
      notify(`The demo could not be created: ${messageOf(error)}`, 'error');
      setBusy(false);
    }
  };

  return (
    <section className="demo-offer" aria-labelledby="demo-title">
      <div>
        <h2 id="demo-title">New here? Try a demo league</h2>
        <p className="muted">
          Four friends — Alex, Bea, Chris and Dana — replay the 2025 London round (with its real result) and
          the 2024 World Finals. You can look around every screen and remove the demo in one click on the
          League screen.
        </p>
      </div>
      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={() => void accept()}>
          Load the demo
        </button>
        <button type="button" className="ghost" disabled={busy} onClick={() => void setOffered(true)}>
          No thanks
        </button>
      </div>
    </section>
  );
}
