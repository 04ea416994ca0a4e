import { useId, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { pinSession, protectedMembers, removePin, setPin, unlockMember, unlockedMember } from '../../db/pins';
import type { LeagueRecord, MemberRecord } from '../../db/records';
import { useToast } from '../../components/Toasts';
import { useErrorMessage } from './messages';

/**
 * Setting: the user has dismissed the "without a PIN, picks are visible" notice
 * for this league (the notice is then reduced to its button).
 */
export const pinNoticeDismissedKey = (leagueId: string) => `pin-notice-dismissed:${leagueId}`;

/** Which members of the league have a PIN, and who is unlocked in this tab (undefined while loading). */
export function usePinState(leagueId: string): { locked: Set<string>; unlocked: string | null } | undefined {
  const version = useSyncExternalStore(pinSession.subscribe, pinSession.version);
  const locked = useLiveQuery(() => protectedMembers(db, leagueId), [leagueId]);
  // The session is memory, not the database: read it on every render the version changes.
  return locked && { locked, unlocked: version >= 0 ? unlockedMember(db, leagueId) : null };
}

/**
 * Between two members on a shared computer: nothing of the last member's
 * podium stays on screen, and a member with a PIN types it to go on.
 */
export function PassComputer({
  league,
  member,
  hasPin,
  onDone,
}: {
  league: LeagueRecord;
  member: MemberRecord;
  hasPin: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation('round');
  const errorMessage = useErrorMessage();
  const [pin, setPinText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await unlockMember(db, league.id, member.id, pin);
      onDone();
    } catch (e) {
      setPinText('');
      setError(errorMessage(e));
    }
  };
  return (
    <section className="panel pass-computer" aria-labelledby="pass-computer-title">
      <h2 id="pass-computer-title">{t('round:pass.title', { name: member.name })}</h2>
      <p className="muted">
        {hasPin ? t('round:pass.pinBody', { name: member.name }) : t('round:pass.body')}
      </p>
      <form onSubmit={(e) => void submit(e)} className="pass-form">
        {hasPin && (
          <div className="field">
            <label htmlFor={inputId}>{t('round:pin.label', { name: member.name })}</label>
            <input
              id={inputId}
              type="password"
              autoComplete="off"
              autoFocus
              value={pin}
              aria-invalid={error !== null}
              aria-describedby={error ? `${inputId}-error` : undefined}
              onChange={(e) => {
                setPinText(e.target.value);
                setError(null);
              }}
            />
          </div>
        )}
        <button type="submit" className="primary" disabled={hasPin && pin.length === 0}>
          {t('round:pass.go', { name: member.name })}
        </button>
      </form>
      {error && (
        <p id={`${inputId}-error`} className="notice error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/**
 * The picking member's privacy on this computer: says plainly that picks
 * without a PIN are visible to whoever uses it (until the user dismisses that
 * for the league), and sets, changes or removes the member's PIN. One line, so
 * the race cards stay in view.
 */
export function PinPanel({
  league,
  member,
  hasPin,
}: {
  league: LeagueRecord;
  member: MemberRecord;
  hasPin: boolean;
}) {
  const { t } = useTranslation('round');
  const notify = useToast();
  const errorMessage = useErrorMessage();
  const [editing, setEditing] = useState(false);
  const [pin, setPinText] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (pin !== again) {
      setError(t('round:pin.mismatch'));
      return;
    }
    try {
      await setPin(db, league.id, member.id, pin);
      setEditing(false);
      setPinText('');
      setAgain('');
      setError(null);
      notify(t('round:pin.saved', { name: member.name }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const remove = async () => {
    try {
      await removePin(db, league.id, member.id);
      notify(t('round:pin.removed', { name: member.name }), 'info');
    } catch (e) {
      notify(errorMessage(e), 'error');
    }
  };
  const dismissed = useLiveQuery(
    async () => (await db.settings.get(pinNoticeDismissedKey(league.id)))?.value === true,
    [league.id],
  );
  const dismiss = () =>
    void db.settings
      .put({ key: pinNoticeDismissedKey(league.id), value: true })
      .catch((e: unknown) => notify(errorMessage(e), 'error'));
  const setButton = (
    <button type="button" className="small" onClick={() => setEditing(true)}>
      {hasPin ? t('round:pin.change') : t('round:pin.set', { name: member.name })}
    </button>
  );
  // Once dismissed, only the button stays: the PIN can still be set, without the warning box.
  if (!hasPin && !editing && dismissed !== false)
    return dismissed ? <div className="pin-actions pin-quiet">{setButton}</div> : null;
  return (
    <div className={`pin-panel notice compact-notice ${hasPin ? 'ok' : 'warn'}`} role="note">
      <p>{hasPin ? t('round:pin.protected', { name: member.name }) : t('round:pin.visible')}</p>
      {!editing ? (
        <div className="pin-actions">
          {setButton}
          {hasPin ? (
            <button type="button" className="small" onClick={() => void remove()}>
              {t('round:pin.remove')}
            </button>
          ) : (
            <button type="button" className="small ghost" onClick={dismiss}>
              {t('round:pin.dismiss')}
            </button>
          )}
        </div>
      ) : (
        <form className="pin-form" onSubmit={(e) => void save(e)}>
          <div className="field">
            <label htmlFor={`${id}-pin`}>{t('round:pin.new')}</label>
            <input
              id={`${id}-pin`}
              type="password"
              autoComplete="new-password"
              minLength={4}
              value={pin}
              onChange={(e) => setPinText(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-again`}>{t('round:pin.again')}</label>
            <input
              id={`${id}-again`}
              type="password"
              autoComplete="new-password"
              value={again}
              onChange={(e) => setAgain(e.target.value)}
            />
          </div>
          <button type="submit" className="primary small">
            {t('round:pin.save')}
          </button>
          <button type="button" className="small" onClick={() => setEditing(false)}>
            {t('common:action.cancel')}
          </button>
          {error && (
            <p className="notice error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
      {editing && <p className="faint">{t('round:pin.honest')}</p>}
    </div>
  );
}
