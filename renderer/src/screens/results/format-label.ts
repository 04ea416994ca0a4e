import { useTranslation } from 'react-i18next';

/**
 * Names a result file's format. `short` is for the import history's narrow column; `full` is for
 * the preview's sentence. CSV and JSON are names in every language.
 */
export function useFormatLabel(length: 'full' | 'short'): (format: string) => string {
  const { t } = useTranslation('results');
  return (format) => {
    switch (format) {
      case 'official-text':
        return length === 'short'
          ? t('results:history.format.text')
          : t('results:preview.format.officialText');
      case 'pipe-table':
        return length === 'short' ? t('results:history.format.pipe') : t('results:preview.format.pipeTable');
      case 'csv':
        return 'CSV';
      case 'json':
        return 'JSON';
      default:
        return format;
    }
  };
}
