/** How the Results screen words a table's detected race and the evidence for it. */
import type { Season } from '../../../../shared/domain/types';
import type { DetectionEvidence, RaceDetection } from '../../../../shared/results';
import { formatDate } from '../../lib/format';

export function evidenceWords(e: DetectionEvidence): string {
  switch (e.code) {
    case 'title-year':
      return `title year ${e.year}`;
    case 'title-round':
      return `title ‘Round ${e.round}’`;
    case 'title-world-finals':
      return 'title ‘World Finals’';
    case 'title-cup':
      return e.cup === 'nations' ? 'Nations Cup' : 'Manufacturers Cup';
    case 'city':
      return `city ‘${e.city}’`;
    case 'date':
      return `date ${formatDate(e.date)}`;
    case 'session':
      return `heading ‘${e.heading}’`;
    case 'track':
      return `track ‘${e.track}’`;
    case 'car':
      return `car ‘${e.car}’`;
    case 'laps':
      return `${e.laps} laps`;
    case 'drivers':
      return `${e.matched} of ${e.total} drivers on the entry list`;
    case 'named':
      return 'the race named in the file';
  }
}

/** One sentence under a table: why its race was preselected, or why none was. */
export function detectionSentence(detection: RaceDetection, seasons: readonly Season[]): string {
  const seasonName = (id: string | null) => seasons.find((s) => s.id === id)?.name ?? id ?? '';
  if (detection.raceId) {
    // Evidence the user can check against the file, most telling first; the entry-list count last.
    return `Matched by ${detection.evidence.map(evidenceWords).join(', ')}.`;
  }
  switch (detection.reason) {
    case 'ambiguous':
      return `Several races fit this table equally${detection.seasonId ? ` in ${seasonName(detection.seasonId)}` : ''}: choose one.`;
    case 'no-fit':
      return 'No known race fits this table (its title, track or laps disagree with every race): choose one, or skip it.';
    default:
      return 'Nothing in the file says which race this is: choose one.';
  }
}
