import { useTranslation } from 'react-i18next';
import type { MergeOutcome } from '../../../shared/exchange';

/** What an import preview says about late and unsigned picks (the same for slips and league files). */
export function PreviewTrustNotes({ merge }: { merge: MergeOutcome }) {
  const { t } = useTranslation('sharing');
  return (
    <>
      {merge.late.length > 0 && (
        <p className="notice warn" role="status">
          {t('sharing:lateInFile', { count: merge.late.length })}
        </p>
      )}
      {merge.unsigned > 0 && (
        <p className="faint">{t('sharing:unsignedInFile', { count: merge.unsigned })}</p>
      )}
    </>
  );
}
