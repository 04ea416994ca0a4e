import { useTranslation } from 'react-i18next';
import type { Round } from '../../../../shared/domain/types';
import { useToast } from '../../components/Toasts';
import { db } from '../../db';
import type { LeagueRecord, MemberRecord } from '../../db/records';
import { setJoker } from '../../db/picks';
import { useErrorMessage } from './messages';

/** Joker for the shown round: one per member per season, movable until the round's first race locks. */
export function JokerControl({
  league,
  member,
  round,
  jokerRound,
  hasPickInRound,
  roundLocked,
}: {
  league: LeagueRecord;
  member: MemberRecord;
  round: Round;
  /** Name and id of the round the member's joker is on, or null. */
  jokerRound: { id: string; name: string } | null;
  hasPickInRound: boolean;
  roundLocked: boolean;
}) {
  const { t } = useTranslation('round');
  const notify = useToast();
  const errorMessage = useErrorMessage();
  const here = jokerRound?.id === round.id;
  const toggle = async () => {
    try {
      await setJoker(db, { leagueId: league.id, memberId: member.id, roundId: round.id, on: !here });
      notify(
        here
          ? t('round:joker.takenBack', { round: round.name })
          : t('round:joker.played', { round: round.name }),
      );
    } catch (error) {
      notify(errorMessage(error), 'error');
    }
  };
  let note: string;
  if (here) note = t('round:joker.doublesHere', { name: member.name });
  else if (jokerRound) note = t('round:joker.isOn', { name: member.name, round: jokerRound.name });
  else note = t('round:joker.notPlayed', { name: member.name });
  if (roundLocked) note += ` ${t('round:joker.settled')}`;
  else if (!hasPickInRound && !here) note += ` ${t('round:joker.pickFirst')}`;
  return (
    <div className={`joker${here ? ' on' : ''}`}>
      <button
        type="button"
        className={here ? 'primary' : ''}
        aria-pressed={here}
        disabled={roundLocked || (!hasPickInRound && !here)}
        onClick={() => void toggle()}
      >
        <span aria-hidden="true">{'★'}</span> {here ? t('round:joker.on') : t('round:joker.play')}
      </button>
      <span className="muted joker-note">{note}</span>
    </div>
  );
}
