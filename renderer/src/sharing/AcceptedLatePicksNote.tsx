import { useTranslation } from 'react-i18next';
import type { Season } from '../../../shared/domain/types';
import type { MemberRecord, PickRecord } from '../db/records';

/** "Round 1 London · Grand Final": a race with its round, for lists of picks. */
export function raceLabel(season: Season, raceId: string): string {
  for (const round of season.rounds) {
    const race = round.races.find((r) => r.id === raceId);
    if (race) return `${round.name} · ${race.name}`;
  }
  return raceId;
}

export const memberName = (members: readonly MemberRecord[], id: string) =>
  members.find((m) => m.id === id)?.name ?? id;

/** On the leaderboard: which counted picks the group accepted after their lock. */
export function AcceptedLatePicksNote({
  season,
  members,
  picks,
}: {
  season: Season;
  members: readonly MemberRecord[];
  picks: readonly PickRecord[];
}) {
  // The leaderboard's own namespace: showing the note must not load the sharing screens' words.
  const { t } = useTranslation('leaderboard');
  const accepted = picks.filter((pick) => pick.acceptedLate !== undefined);
  if (accepted.length === 0) return null;
  return (
    <p className="notice" role="note">
      {t('leaderboard:acceptedLate', {
        count: accepted.length,
        list: accepted
          .map((pick) => `${memberName(members, pick.memberId)} (${raceLabel(season, pick.raceId)})`)
          .join(', '),
      })}
    </p>
  );
}
