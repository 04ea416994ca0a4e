import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import type { Cup, Round } from '../../../../shared/domain/types';
import { CupBadge, namesCup } from '../../components/CupBadge';
import type { LeagueRecord, MemberRecord } from '../../db/records';
import { isLocked } from '../../db/lock-guard';

type RaceState = 'picked' | 'toPick' | 'locked';

/** For each pickable race of a round: picked, still to pick, or locked without a pick. */
export function PickStatus({
  league,
  member,
  round,
  cups,
  now,
}: {
  league: LeagueRecord;
  member: MemberRecord;
  round: Round;
  /** The league's cups: races of other cups are not listed. */
  cups: readonly Cup[];
  now: number;
}) {
  const { t } = useTranslation('home');
  const races = round.races.filter((race) => race.pickable && cups.includes(race.cup));
  const raceIds = races.map((race) => race.id);
  const known = useLiveQuery(async () => {
    const [picks, results] = await Promise.all([
      db.picks.where('[leagueId+memberId]').equals([league.id, member.id]).primaryKeys(),
      db.results.bulkGet(raceIds),
    ]);
    return {
      // Only whether a pick exists: a PIN-protected member's podium is never read here.
      picked: new Set(picks.map((key) => key[2])),
      withResult: new Set(results.flatMap((r) => (r ? [r.raceId] : []))),
    };
  }, [league.id, member.id, raceIds.join()]);
  if (!known) return null;
  const state = (race: (typeof races)[number]): RaceState =>
    known.picked.has(race.id)
      ? 'picked'
      : isLocked(race.startsAt, now, league.replay, known.withResult.has(race.id))
        ? 'locked'
        : 'toPick';
  const done = races.filter((race) => known.picked.has(race.id)).length;
  const label = (value: RaceState) =>
    value === 'picked'
      ? t('home:picks.picked')
      : value === 'locked'
        ? t('home:picks.lockedNoPick')
        : t('home:picks.toPick');
  return (
    <div>
      <p className="muted">
        {t('home:picks.progress', { name: member.name, done, count: races.length, round: round.name })}
      </p>
      <ul className="podium-list">
        {races.map((race) => (
          <li key={race.id}>
            <span className={`badge ${BADGE[state(race)]}`}>{label(state(race))}</span>
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

const BADGE: Record<RaceState, string> = { picked: 'ok', toPick: 'warn', locked: '' };
