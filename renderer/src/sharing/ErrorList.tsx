import { useTranslation } from 'react-i18next';

/** A titled list of problems, announced to screen readers. */
export function ErrorList({
  errors,
  title,
  tone = 'error',
}: {
  errors: string[] | null;
  title: string;
  tone?: 'error' | 'warn';
}) {
  const { t } = useTranslation('sharing');
  if (!errors?.length) return null;
  return (
    <div className={`notice ${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <strong>{title}</strong>
      <ul className="problem-list">
        {errors.slice(0, 20).map((message, i) => (
          <li key={i}>{message}</li>
        ))}
      </ul>
      {errors.length > 20 && (
        <p className="faint">{t('sharing:errors.more', { count: errors.length - 20 })}</p>
      )}
    </div>
  );
}
