import type { Race } from '../../../../shared/domain/types';
import type { RaceExplanation } from '../../../../shared/scoring';
import type { MemberRecord, PickRecord } from '../../db/records';
import { PickPoints } from './PickPoints';
import { Icon } from '../../components/Icon';
import { LOCK_ICON } from './icons';

/** The other members' picks of a race, or why they are hidden. */
export function OthersPicks({
  race,
  others,
  picks,
  visible,
  hiddenReason,
  name,
  explain,
}: {
  race: Race;
  others: MemberRecord[];
  picks: Map<string, PickRecord>;
  visible: boolean;
  hiddenReason: string;
  name: (id: string) => string;
  explain: (memberId: string) => RaceExplanation;
}) {
  if (others.length === 0) return null;
  const picked = others.filter((m) => picks.has(m.id)).length;
  if (!visible) {
    return (
      <p className="others-hidden faint">
        <Icon d={LOCK_ICON} className="inline-icon" /> {picked} of {others.length} other member
        {others.length === 1 ? '' : 's'} picked · {hiddenReason}
      </p>
    );
  }
  return (
    <div className="others">
      <h4>Other members</h4>
      <ul className="others-list" aria-label={`Other members' picks for ${race.name}`}>
        {others.map((member) => {
          const pick = picks.get(member.id);
          const explanation = explain(member.id);
          return (
            <li key={member.id}>
              <span className="member-dot" style={{ background: member.color }} aria-hidden="true" />
              <strong className="other-name">{member.name}</strong>
              <span className="other-podium">
                {pick ? pick.podium.map((id, i) => `${i + 1}. ${name(id)}`).join('  ') : 'No pick'}
                {pick?.joker && <span className="badge accent">Joker</span>}
              </span>
              {explanation.kind !== 'noResult' && (
                <details className="other-points">
                  <summary>
                    {explanation.kind === 'pick' ? explanation.breakdown.total : explanation.points} pts
                  </summary>
                  <PickPoints explanation={explanation} who={member.name} />
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
