import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberOptions } from '../../components/MemberOptions';

/**
 * "Which member are you?": the member this computer belongs to (marked YOU
 * on the leaderboard). One select, used in Settings, on the Round screen the
 * first time and when importing a league file.
 */
export function OwnerChoice({
  members,
  value,
  onChange,
  label,
}: {
  members: readonly { id: string; name: string }[];
  value: string | null;
  onChange: (memberId: string | null) => void;
  label?: string;
}) {
  const { t } = useTranslation('settings');
  const id = useId();
  return (
    <div className="field owner-choice">
      <label htmlFor={id}>{label ?? t('settings:owner.label')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('settings:owner.none')}</option>
        <MemberOptions members={members} />
      </select>
    </div>
  );
}
