/** How the Results screen words a table's detected race and the evidence for it. */
import { useCallback } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Season } from '../../../../shared/domain/types';
import type { DetectionEvidence, RaceDetection } from '../../../../shared/results';
import { cupName } from '../../i18n/terms';
import { formatDate, formatNumber } from '../../lib/format';

function evidenceWords(t: TFunction, e: DetectionEvidence): string {
  switch (e.code) {
    case 'title-year':
      return t('results:evidence.titleYear', { year: e.year });
    case 'title-round':
      return t('results:evidence.titleRound', { round: e.round });
    case 'title-world-finals':
      return t('results:evidence.titleWorldFinals');
    case 'title-cup':
      return cupName(t, e.cup);
    case 'city':
      return t('results:evidence.city', { city: e.city });
    case 'date':
      return t('results:evidence.date', { date: formatDate(e.date) });
    case 'session':
      return t('results:evidence.heading', { heading: e.heading });
    case 'track':
      return t('results:evidence.track', { track: e.track });
    case 'car':
      return t('results:evidence.car', { car: e.car });
    case 'laps':
      return t('results:evidence.laps', { count: e.laps, laps: formatNumber(e.laps) });
    case 'drivers':
      return t('results:evidence.drivers', {
        count: e.total,
        matched: formatNumber(e.matched),
        total: formatNumber(e.total),
      });
    case 'named':
      return t('results:evidence.named');
  }
}

/** One sentence under a table: why its race was preselected, or why none was. */
export function useDetectionSentence(): (detection: RaceDetection, seasons: readonly Season[]) => string {
  const { t } = useTranslation('results');
  return useCallback(
    (detection, seasons) => {
      const seasonName = (id: string | null) => seasons.find((s) => s.id === id)?.name ?? id ?? '';
      if (detection.raceId) {
        // Evidence the user can check against the file, most telling first; the entry-list count last.
        const evidence = detection.evidence
          .map((e) => evidenceWords(t, e))
          .join(t('results:evidence.separator'));
        return t('results:detection.matched', { evidence });
      }
      switch (detection.reason) {
        case 'ambiguous':
          return detection.seasonId
            ? t('results:detection.ambiguousIn', { season: seasonName(detection.seasonId) })
            : t('results:detection.ambiguous');
        case 'no-fit':
          return t('results:detection.noFit');
        default:
          return t('results:detection.unknown');
      }
    },
    [t],
  );
}
