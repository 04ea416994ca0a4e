import { useTranslation } from 'react-i18next';
import type { Race } from '../../../../shared/domain/types';
import type { RaceExplanation } from '../../../../shared/scoring';
import type { MemberRecord, PickRecord } from '../../db/records';
import { PickPoints } from './PickPoints';
import { Icon } from '../../components/Icon';
import { LOCK_ICON } from './icons';
import { sportTerm } from '../../i18n/terms';

/** The other members' picks of a race, or why they are hidden. */
export function OthersPicks({
  race,
  others,
  picks,
  hiddenPickers,
  visible,
  hiddenReason,
  name,
  explain,
}: {
  race: Race;
  others: MemberRecord[];
  picks: Map<string, PickRecord>;
  /** Members whose pick exists but stays behind their PIN in this tab. */
  hiddenPickers: ReadonlySet<string>;
  visible: boolean;
  hiddenReason: string;
  name: (id: string) => string;
  explain: (memberId: string) => RaceExplanation;
}) {
  const { t } = useTranslation('round');
  if (others.length === 0) return null;
  const picked = others.filter((m) => picks.has(m.id) || hiddenPickers.has(m.id)).length;
  if (!visible) {
    return (
      <p className="others-hidden faint">
        <Icon d={LOCK_ICON} className="inline-icon" />{' '}
        {t('round:others.hidden', { picked, count: others.length, reason: hiddenReason })}
      </p>
    );
  }
  return (
    <div className="others">
      <h4>{t('round:others.title')}</h4>
      <ul className="others-list" aria-label={t('round:others.listLabel', { race: race.name })}>
        {others.map((member) => {
          const pick = picks.get(member.id);
          const explanation = explain(member.id);
          return (
            <li key={member.id}>
              <span className="member-dot" style={{ background: member.color }} aria-hidden="true" />
              <strong className="other-name">{member.name}</strong>
              <span className="other-podium">
                {pick
                  ? pick.podium.map((id, i) => `${i + 1}. ${name(id)}`).join('  ')
                  : t('round:others.noPick')}
                {pick?.joker && <span className="badge accent">{sportTerm(t, 'joker')}</span>}
              </span>
              {explanation.kind !== 'noResult' && (
                <details className="other-points">
                  <summary>
                    {explanation.kind === 'pick' ? explanation.breakdown.total : explanation.points}{' '}
                    {t('round:points.unit')}
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
