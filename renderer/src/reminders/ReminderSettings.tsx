import { useState } from 'react';
import { useSetting } from '../hooks/useSetting';
import '../styles/league-forms.css';

const HOURS = [1, 3, 6, 12, 24, 48];

function permission(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Opt-in desktop reminders before locks. Asks the system for permission when switched on. */
export function ReminderSettings() {
  const [hours, setHours, loaded] = useSetting('reminderHours');
  const [state, setState] = useState(permission);
  const on = typeof hours === 'number' && hours > 0;
  const lastHours = on ? hours : 24;

  const toggle = async (enable: boolean) => {
    if (!enable) return setHours(null);
    let granted = permission();
    if (granted === 'default') granted = await Notification.requestPermission();
    setState(granted);
    if (granted === 'granted') await setHours(lastHours);
  };

  if (!loaded) return null;
  return (
    <section className="panel reminders" aria-labelledby="reminders-title">
      <div className="panel-header">
        <h2 id="reminders-title">Reminders</h2>
        {on && <span className="badge ok">On</span>}
      </div>
      <div className="row">
        <label className="check">
          <input
            type="checkbox"
            checked={on}
            disabled={state === 'unsupported'}
            onChange={(e) => void toggle(e.target.checked)}
          />
          Notify me when the picking member still has races without a pick
        </label>
        <label className="row-field">
          <select
            aria-label="Hours before the lock"
            value={lastHours}
            disabled={!on}
            onChange={(e) => void setHours(Number(e.target.value))}
          >
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {h} hour{h === 1 ? '' : 's'}
              </option>
            ))}
          </select>
          before the lock
        </label>
      </div>
      {state === 'denied' && (
        <p className="notice warn">
          Notifications are blocked for this app. Allow them in your system settings.
        </p>
      )}
      {state === 'unsupported' && <p className="faint">This system does not offer desktop notifications.</p>}
    </section>
  );
}
