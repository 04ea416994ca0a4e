import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../../shared/common/result';
import { db } from '../db';
import { useToast } from '../components/Toasts';

/**
 * Loads the demo leagues (again: an existing demo is kept) and opens the
 * Round screen on the round the demo is about. Returns the action and
 * whether it is running.
 */
export function useLoadDemo(): { load: () => Promise<void>; busy: boolean } {
  const { t } = useTranslation('demo');
  const [busy, setBusy] = useState(false);
  const notify = useToast();
  const navigate = useNavigate();
  const load = async () => {
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
    } finally {
      setBusy(false);
    }
  };
  return { load, busy };
}
