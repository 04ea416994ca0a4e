import { useTranslation } from 'react-i18next';
import type { MemberRecord } from '../../db/records';

/** "Who is picking" on a shared computer: one radio chip per member (arrow keys move between them). */
export function MemberSwitch({
  members,
  activeId,
  onChange,
}: {
  members: MemberRecord[];
  activeId: string | null;
  onChange: (memberId: string) => void;
}) {
  const { t } = useTranslation('round');
  return (
    <fieldset className="member-switch">
      <legend>{t('round:whoIsPicking')}</legend>
      <div className="member-chips">
        {members.map((member) => (
          <label key={member.id} className={`member-chip${member.id === activeId ? ' active' : ''}`}>
            <input
              type="radio"
              name="active-member"
              value={member.id}
              checked={member.id === activeId}
              onChange={() => onChange(member.id)}
            />
            <span className="member-dot" style={{ background: member.color }} aria-hidden="true" />
            {member.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
