import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetting } from '../hooks/useSetting';
import '../styles/league-forms.css';

const HOURS = [1, 3, 6, 12, 24, 48];

function permission(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Opt-in desktop reminders before locks. Asks the system for permission when switched on. */
export function ReminderSettings() {
  const { t } = useTranslation('round');
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
        <h2 id="reminders-title">{t('round:reminder.settingsTitle')}</h2>
        {on && <span className="badge ok">{t('round:reminder.on')}</span>}
      </div>
      <div className="row">
        <label className="check">
          <input
            type="checkbox"
            checked={on}
            disabled={state === 'unsupported'}
            onChange={(e) => void toggle(e.target.checked)}
          />
          {t('round:reminder.notify')}
        </label>
        <label className="row-field">
          <select
            aria-label={t('round:reminder.hoursLabel')}
            value={lastHours}
            disabled={!on}
            onChange={(e) => void setHours(Number(e.target.value))}
          >
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {t('round:reminder.hours', { count: h })}
              </option>
            ))}
          </select>
          {t('round:reminder.beforeLock')}
        </label>
      </div>
      {state === 'denied' && <p className="notice warn">{t('round:reminder.denied')}</p>}
      {state === 'unsupported' && <p className="faint">{t('round:reminder.unsupported')}</p>}
    </section>
  );
}
