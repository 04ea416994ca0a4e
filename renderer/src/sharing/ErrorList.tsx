import { useTranslation } from 'react-i18next';
import type { FileProblem } from '../../../shared/files/problems';
import { useProblemText } from '../lib/file-problem-text';

/** A titled list of problems, announced to screen readers. File problems are worded in the active language. */
export function ErrorList({
  errors,
  title,
  tone = 'error',
}: {
  errors: readonly (string | FileProblem)[] | null;
  title: string;
  tone?: 'error' | 'warn';
}) {
  const { t } = useTranslation('sharing');
  const wording = useProblemText();
  if (!errors?.length) return null;
  return (
    <div className={`notice ${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <strong>{title}</strong>
      <ul className="problem-list">
        {errors.slice(0, 20).map((problem, i) => (
          <li key={i}>{wording(problem)}</li>
        ))}
      </ul>
      {errors.length > 20 && (
        <p className="faint">{t('sharing:errors.more', { count: errors.length - 20 })}</p>
      )}
    </div>
  );
}
