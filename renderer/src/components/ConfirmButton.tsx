import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/league-forms.css';

/**
 * A destructive button that asks once, inline (no native dialog: those block
 * the window and look foreign in Electron).
 */
export function ConfirmButton({
  children,
  question,
  confirmLabel,
  onConfirm,
  className = 'danger',
  ariaLabel,
}: {
  children: ReactNode;
  question: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  className?: string;
  ariaLabel?: string;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className={className} aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm-question">{question}</span>
      <button
        type="button"
        className="danger"
        autoFocus
        onClick={() => {
          setAsking(false);
          void onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="ghost" onClick={() => setAsking(false)}>
        {t('common:action.cancel')}
      </button>
    </span>
  );
}
