/** Words for a season update plan (shared/seasons/update-diff), as the previews show it. */
import type { Cup } from '../../../../../shared/domain/types';
import type {
  RaceUse,
  SeasonChange,
  SeasonKept,
  SeasonRefusal,
} from '../../../../../shared/seasons/update-diff';
import { countOf, formatDateTime } from '../../../lib/format';

const CUP: Record<Cup, string> = { nations: 'Nations Cup', manufacturers: 'Manufacturers Cup' };

// Field names of rounds, races and drivers in the preview's words; unknown fields show as named.
const FIELD: Record<string, string> = {
  name: 'name',
  venue: 'venue',
  city: 'city',
  timeZone: 'time zone',
  number: 'round number',
  status: 'status (cancelled / to be announced)',
  track: 'track',
  car: 'car',
  laps: 'laps',
  pointsTable: 'points',
  pickable: 'pickable',
  cup: 'cup',
  session: 'session',
  startsAtEstimate: 'estimated start mark',
  country: 'country',
  psnIds: 'PSN IDs',
  aliases: 'other spellings',
};

const fields = (list: readonly string[]) => list.map((f) => FIELD[f] ?? f).join(', ');

/** "2 picks in Friday Club, 1 in Office; has a result", or '' when nothing uses the race. */
export function usageText(use: RaceUse | null): string {
  if (!use) return '';
  const parts = use.leagues.map(
    (l, i) => `${i === 0 ? countOf(l.picks, 'pick') : l.picks} in ${l.leagueName}`,
  );
  if (use.result) parts.push('has a result');
  return parts.join(', ');
}

function withUse(text: string, use: RaceUse | null): string {
  const used = usageText(use);
  return used ? `${text} (${used})` : text;
}

export function changeText(change: SeasonChange, nameOf: (id: string) => string): string {
  switch (change.kind) {
    case 'season-renamed':
      return `Season renamed from “${change.from}” to “${change.to}”.`;
    case 'round-added':
      return `Round added: ${change.name}.`;
    case 'round-removed':
      return `Round removed: ${change.name} (no picks or results).`;
    case 'round-moved':
      return `${change.name} moves from ${change.from ?? 'no date'} to ${change.to ?? 'no date (to be announced)'}.`;
    case 'round-changed':
      return `${change.name}: ${fields(change.fields)} changed.`;
    case 'race-added':
      return `Race added: ${change.name}.`;
    case 'race-removed':
      return `Race removed: ${change.name} (no picks or results).`;
    case 'race-moved':
      return (
        withUse(
          `${change.name} moves from ${formatDateTime(change.from)} to ${formatDateTime(change.to)}`,
          change.use,
        ) + '.'
      );
    case 'race-changed':
      return withUse(`${change.name}: ${fields(change.fields)} changed`, change.use) + '.';
    case 'driver-added':
      return `Driver added: ${change.name}.`;
    case 'driver-removed':
      return `Driver removed: ${change.name} (no pick or result names them).`;
    case 'driver-changed':
      return `${change.name}: ${fields(change.fields)} changed.`;
    case 'team-added':
      return `Team added: ${change.name}.`;
    case 'team-removed':
      return `Team removed: ${change.name}.`;
    case 'entry-added':
      return `${nameOf(change.entryId)} joins the ${CUP[change.cup]} entry list.`;
    case 'entry-removed':
      return `${nameOf(change.entryId)} leaves the ${CUP[change.cup]} entry list.`;
    case 'result-added':
      return withUse(`Result added for ${nameOf(change.raceId)}`, change.use) + '.';
    case 'result-changed':
      return withUse(`Result changed for ${nameOf(change.raceId)}`, change.use) + '.';
  }
}

export function keptText(kept: SeasonKept, nameOf: (id: string) => string): string {
  switch (kept.code) {
    case 'started-race-not-moved':
      return (
        withUse(
          `${kept.name} has started: it stays at ${formatDateTime(kept.startsAt)} instead of moving to ${formatDateTime(kept.asked)}, so its picks stay locked`,
          kept.use,
        ) + '.'
      );
    case 'used-driver-kept':
      return `${kept.name} stays in the season: picks or results name them.`;
    case 'used-team-kept':
      return `${kept.name} stays in the season: picks or results name the team.`;
    case 'used-entry-kept':
      return `${nameOf(kept.entryId)} stays on the ${CUP[kept.cup]} entry list: picks or results name them.`;
  }
}

export function refusalText(refusal: SeasonRefusal): string {
  switch (refusal.code) {
    case 'used-race-removed':
      return withUse(`It removes ${refusal.name}, which is in use`, refusal.use) + '.';
    case 'other-season':
      return `It is the season ${refusal.got}, not ${refusal.expected}.`;
  }
}

/** Why the database refused a season write (editor, line-up, undo): what may not change, and why. */
export function rewriteText(problem: SeasonKept | SeasonRefusal, nameOf: (id: string) => string): string {
  switch (problem.code) {
    case 'used-race-removed':
    case 'other-season':
      return refusalText(problem);
    case 'started-race-not-moved':
      return (
        withUse(
          `${problem.name} has started: it cannot move later than ${formatDateTime(problem.startsAt)}, or its picks would reopen`,
          problem.use,
        ) + '.'
      );
    case 'used-driver-kept':
      return `${problem.name} cannot be removed: picks or results name them.`;
    case 'used-team-kept':
      return `${problem.name} cannot be removed: picks or results name the team.`;
    case 'used-entry-kept':
      return `${nameOf(problem.entryId)} cannot leave the ${CUP[problem.cup]} entry list: picks or results name them.`;
  }
}
