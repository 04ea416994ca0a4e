import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The two buttons under a file's preview (a league file, a slip, a backup):
 * apply what the preview shows, or drop the file. Both wait while the
 * previous action runs.
 */
export function PreviewActions({
  children,
  onConfirm,
  onCancel,
  busy,
  disabled = false,
}: {
  /** The confirm button's label: say what it does ("Join league", "Import 3 picks"). */
  children: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
  /** Confirming is refused (the preview shows why). */
  disabled?: boolean;
}) {
  const { t } = useTranslation('common');
  return (
    <div className="row">
      <button type="button" className="primary" onClick={onConfirm} disabled={busy || disabled}>
        {children}
      </button>
      <button type="button" onClick={onCancel} disabled={busy}>
        {t('common:action.cancel')}
      </button>
    </div>
  );
}
