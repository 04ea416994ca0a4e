import { useTranslation } from 'react-i18next';

/** "Remove" on one row of an editor table; `label` names what goes, for screen readers. */
export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation('season');
  return (
    <button type="button" className="small ghost danger" aria-label={label} onClick={onClick}>
      {t('season:drivers.remove')}
    </button>
  );
}
