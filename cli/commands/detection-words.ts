/** How `podium parse` words a table's detected race and the evidence for it. */
import type { DetectionEvidence, RaceDetection } from '../../shared/results';

function evidenceWords(e: DetectionEvidence): string {
  switch (e.code) {
    case 'title-year':
      return `title year ${e.year}`;
    case 'title-round':
      return `title 'Round ${e.round}'`;
    case 'title-world-finals':
      return `title 'World Finals'`;
    case 'title-cup':
      return `${e.cup === 'nations' ? 'Nations' : 'Manufacturers'} Cup`;
    case 'city':
      return `city '${e.city}'`;
    case 'date':
      return `date ${e.date}`;
    case 'session':
      return `heading '${e.heading}'`;
    case 'track':
      return `track '${e.track}'`;
    case 'car':
      return `car '${e.car}'`;
    case 'laps':
      return `${e.laps} laps`;
    case 'drivers':
      return `${e.matched} of ${e.total} drivers on the entry list`;
    case 'named':
      return 'named explicitly';
  }
}

/** "gtws-2024-wf-nations-gf (matched by title 'World Finals', track 'Nürburgring 24h')" or why none. */
export function detectionLine(detection: RaceDetection): string {
  if (detection.raceId) {
    return `${detection.raceId} (matched by ${detection.evidence.map(evidenceWords).join(', ')})`;
  }
  const season = detection.seasonId ? ` in ${detection.seasonId}` : '';
  switch (detection.reason) {
    case 'ambiguous':
      return `no race${season}: several fit (${detection.alternatives.join(', ')}); pass --race`;
    case 'no-fit':
      return `no race${season}: the file's title, track or laps fit no known race`;
    default:
      return `no race${season}: nothing in the file says which race this is; pass --race`;
  }
}
