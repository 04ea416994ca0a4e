import type { Round } from '../../../../shared/domain/types';
import { useToast } from '../../components/Toasts';
import { db } from '../../db';
import type { LeagueRecord, MemberRecord } from '../../db/records';
import { setJoker } from '../../db/picks';
import { errorMessage } from './messages';

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
  const notify = useToast();
  const here = jokerRound?.id === round.id;
  const toggle = async () => {
    try {
      await setJoker(db, { leagueId: league.id, memberId: member.id, roundId: round.id, on: !here });
      notify(
        here
          ? `Joker taken back from ${round.name}.`
          : `Joker played on ${round.name}: its points count double.`,
      );
    } catch (error) {
      notify(errorMessage(error), 'error');
    }
  };
  let note: string;
  if (here) note = `${member.name} doubles this round.`;
  else if (jokerRound) note = `${member.name}'s joker is on ${jokerRound.name}.`;
  else note = `${member.name} has not played the joker this season.`;
  if (roundLocked) note += ' The round has started: the joker is settled.';
  else if (!hasPickInRound && !here) note += ' Pick a podium of this round first.';
  return (
    <div className={`joker${here ? ' on' : ''}`}>
      <button
        type="button"
        className={here ? 'primary' : ''}
        aria-pressed={here}
        disabled={roundLocked || (!hasPickInRound && !here)}
        onClick={() => void toggle()}
      >
        <span aria-hidden="true">★</span> {here ? 'Joker played' : 'Play joker on this round'}
      </button>
      <span className="muted joker-note">{note}</span>
    </div>
  );
}
