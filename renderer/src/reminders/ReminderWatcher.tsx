import { useEffect } from 'react';
import { db } from '../db';
import { collectReminders } from './check';

const CHECK_EVERY_MS = 60_000;

/** Shows due pick reminders as desktop notifications while the app is open. Renders nothing. */
export function ReminderWatcher() {
  useEffect(() => {
    if (typeof Notification === 'undefined') return;
    let stopped = false;
    const check = async () => {
      // Without permission nothing is collected, so reminders are not marked as sent unseen.
      if (stopped || Notification.permission !== 'granted') return;
      try {
        for (const reminder of await collectReminders(db))
          new Notification(reminder.title, { body: reminder.body });
      } catch (error) {
        console.warn('Pick reminders could not be checked', error);
      }
    };
    void check();
    const id = setInterval(() => void check(), CHECK_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(id);
    };
  }, []);
  return null;
}
