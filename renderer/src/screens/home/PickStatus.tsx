import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import type { Cup, Round } from '../../../../shared/domain/types';
import { CupBadge, namesCup } from '../../components/CupBadge';
import type { MemberRecord } from '../../db/records';

/** For each pickable race of a round: has the active member picked yet? */
export function PickStatus({
  leagueId,
  member,
  round,
  cups,
}: {
  leagueId: string;
  member: MemberRecord;
  round: Round;
  /** The league's cups: races of other cups are not listed. */
  cups: readonly Cup[];
}) {
  const { t } = useTranslation('home');
  const races = round.races.filter((race) => race.pickable && cups.includes(race.cup));
  const picked = useLiveQuery(
    async () =>
      new Set(
        (await db.picks.where('[leagueId+memberId]').equals([leagueId, member.id]).toArray()).map(
          (p) => p.raceId,
        ),
      ),
    [leagueId, member.id],
  );
  if (!picked) return null;
  const done = races.filter((race) => picked.has(race.id)).length;
  return (
    <div>
      <p className="muted">
        {t('home:picks.progress', { name: member.name, done, count: races.length, round: round.name })}
      </p>
      <ul className="podium-list">
        {races.map((race) => (
          <li key={race.id}>
            <span className={`badge ${picked.has(race.id) ? 'ok' : 'warn'}`}>
              {picked.has(race.id) ? t('home:picks.picked') : t('home:picks.toPick')}
            </span>
            <span>
              {race.name}
              {namesCup(race, cups) && (
                <>
                  {' '}
                  <CupBadge cup={race.cup} />
                </>
              )}
            </span>
            <span className="faint">{race.track}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
