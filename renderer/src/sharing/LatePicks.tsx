import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Season } from '../../../shared/domain/types';
import { db } from '../db';
import { ConfirmButton } from '../components/ConfirmButton';
import { entryName } from '../lib/season-lookup';
import { formatDateTime } from '../lib/format';
import { acceptLatePick, dismissLatePick, readLatePicks } from './trust-store';
import { memberName, raceLabel } from './AcceptedLatePicksNote';

/**
 * Picks that reached this computer after their race's lock: they do not count
 * until the group accepts one explicitly (or turns it down).
 */
export function LatePicksPanel({ leagueId, season }: { leagueId: string; season: Season }) {
  const { t } = useTranslation('sharing');
  const data = useLiveQuery(
    async () => ({
      late: await readLatePicks(db, leagueId),
      members: await db.members.where('leagueId').equals(leagueId).toArray(),
    }),
    [leagueId],
  );
  if (!data || data.late.length === 0) return null;
  return (
    <section className="notice warn" aria-labelledby="late-picks-title">
      <h3 id="late-picks-title">{t('sharing:late.title', { count: data.late.length })}</h3>
      <p className="faint">{t('sharing:late.help')}</p>
      <ul>
        {data.late.map(({ pick }) => {
          const name = memberName(data.members, pick.memberId);
          const race = raceLabel(season, pick.raceId);
          const slot = { memberId: pick.memberId, raceId: pick.raceId };
          return (
            <li key={`${pick.memberId}/${pick.raceId}`}>
              {t('sharing:late.item', {
                name,
                race,
                podium: pick.podium.map((id) => entryName(season, id)).join(', '),
                date: formatDateTime(pick.receivedAt),
              })}{' '}
              <ConfirmButton
                className="primary"
                question={t('sharing:late.confirmAccept', { name, race })}
                confirmLabel={t('sharing:late.accept')}
                onConfirm={() => acceptLatePick(db, leagueId, slot).then(() => undefined)}
                ariaLabel={t('sharing:late.acceptOf', { name, race })}
              >
                {t('sharing:late.accept')}
              </ConfirmButton>{' '}
              <button
                type="button"
                className="ghost"
                aria-label={t('sharing:late.dismissOf', { name, race })}
                onClick={() => void dismissLatePick(db, leagueId, slot)}
              >
                {t('sharing:late.dismiss')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
