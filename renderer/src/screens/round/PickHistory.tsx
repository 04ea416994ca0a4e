import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { isJokerSwitch, readPickHistory, undoableChange, type PickKey } from '../../db/picks';
import { formatDateTime } from '../../lib/format';
import { unlessLockedOut } from '../../db/pins';

/** The member's changes to one pick, newest first, with an undo of the last podium change before the lock. */
export function PickHistory({
  pickKey,
  name,
  locked,
  onUndo,
}: {
  pickKey: PickKey;
  name: (id: string) => string;
  locked: boolean;
  onUndo: () => void;
}) {
  const { t } = useTranslation('round');
  const history = useLiveQuery(
    () => unlessLockedOut(readPickHistory(db, pickKey), []),
    [pickKey.leagueId, pickKey.memberId, pickKey.raceId],
  );
  if (!history || history.length === 0) return null;
  const podium = (p: readonly string[] | null) => (p ? p.map(name).join(' · ') : t('round:history.noPick'));
  const last = undoableChange(history);
  return (
    <details className="pick-history">
      <summary>
        {t('round:history.title')}{' '}
        <span className="faint">{t('round:history.changes', { count: history.length })}</span>
      </summary>
      <ol>
        {history.map((h) => (
          <li key={h.seq}>
            <time dateTime={h.changedAt} className="faint">
              {formatDateTime(h.changedAt)}
            </time>{' '}
            {isJokerSwitch(h)
              ? h.joker
                ? t('round:joker.on')
                : t('round:history.jokerTakenBack')
              : podium(h.podium)}
            {h.undoOf !== undefined && <span className="faint"> {t('round:history.undoMark')}</span>}
          </li>
        ))}
      </ol>
      {!locked && last && (
        <button type="button" className="small" onClick={onUndo}>
          {isJokerSwitch(last)
            ? last.joker
              ? t('round:history.undoJokerOn')
              : t('round:history.undoJokerOff')
            : t('round:history.undo', { podium: podium(last.previous) })}
        </button>
      )}
    </details>
  );
}
