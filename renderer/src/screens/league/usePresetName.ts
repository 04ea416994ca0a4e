import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresetId } from '../../../../shared/scoring';

/** A scoring preset's name in the active language ("Classic", "Clásico"…); loads the `league` catalogue. */
export function usePresetName(): (preset: PresetId) => string {
  const { t } = useTranslation('league');
  return useCallback(
    (preset: PresetId) => {
      switch (preset) {
        case 'classic':
          return t('league:preset.classic');
        case 'proximity':
          return t('league:preset.proximity');
        case 'distance':
          return t('league:preset.distance');
      }
    },
    [t],
  );
}
