import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';

function sizeText(t: TFunction, chars: number): string {
  if (chars < 1024) return t('results:reading.characters', { count: chars });
  if (chars < 1024 * 1024)
    return t('results:reading.kilobytes', { size: formatNumber(chars / 1024, { maximumFractionDigits: 0 }) });
  return t('results:reading.megabytes', {
    size: formatNumber(chars / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  });
}

/** Shown while a file is parsed (in a worker, so the animation keeps running on big files). */
export function ReadingIndicator({ fileName, size }: { fileName: string; size: number }) {
  const { t } = useTranslation('results');
  const label = t('results:reading.label', { fileName, size: sizeText(t, size) });
  return (
    <section className="panel rs-reading" aria-busy="true" aria-live="polite">
      <p>{label}</p>
      <div className="rs-progress" role="progressbar" aria-label={label}>
        <div className="rs-progress-bar" />
      </div>
    </section>
  );
}
