/** Words for a season update plan (shared/seasons/update-diff), as the previews show it. */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  RaceUse,
  SeasonChange,
  SeasonKept,
  SeasonRefusal,
} from '../../../../../shared/seasons/update-diff';
import { cupName } from '../../../i18n/terms';
import { formatDateTime } from '../../../lib/format';

/** These words in the active language, for components (loads the season catalogue). */
export function useUpdateWords() {
  const { t } = useTranslation('season');
  return useMemo(
    () => ({
      change: (change: SeasonChange, nameOf: (id: string) => string) => changeText(t, change, nameOf),
      kept: (kept: SeasonKept, nameOf: (id: string) => string) => keptText(t, kept, nameOf),
      refusal: (refusal: SeasonRefusal) => refusalText(t, refusal),
      rewrite: (problem: SeasonKept | SeasonRefusal, nameOf: (id: string) => string) =>
        rewriteText(t, problem, nameOf),
    }),
    [t],
  );
}

// Field names of rounds, races and drivers in the preview's words; unknown fields show as named.
function fieldName(t: TFunction, field: string): string {
  switch (field) {
    case 'name':
      return t('season:update.field.name');
    case 'venue':
      return t('season:update.field.venue');
    case 'city':
      return t('season:update.field.city');
    case 'timeZone':
      return t('season:update.field.timeZone');
    case 'number':
      return t('season:update.field.number');
    case 'status':
      return t('season:update.field.status');
    case 'track':
      return t('season:update.field.track');
    case 'car':
      return t('season:update.field.car');
    case 'laps':
      return t('season:update.field.laps');
    case 'pointsTable':
      return t('season:update.field.pointsTable');
    case 'pickable':
      return t('season:update.field.pickable');
    case 'cup':
      return t('season:update.field.cup');
    case 'session':
      return t('season:update.field.session');
    case 'startsAtEstimate':
      return t('season:update.field.startsAtEstimate');
    case 'country':
      return t('season:update.field.country');
    case 'psnIds':
      return t('season:update.field.psnIds');
    case 'aliases':
      return t('season:update.field.aliases');
    default:
      return field;
  }
}

const list = (t: TFunction, items: readonly string[]) => items.join(t('season:update.listSeparator'));
const fields = (t: TFunction, names: readonly string[]) =>
  list(
    t,
    names.map((f) => fieldName(t, f)),
  );
const sentence = (t: TFunction, text: string) => t('season:update.sentence', { text });

/** "2 picks in Friday Club, 1 in Office, has a result", or '' when nothing uses the race. */
export function usageText(t: TFunction, use: RaceUse | null): string {
  if (!use) return '';
  const parts = use.leagues.map((l, i) =>
    i === 0
      ? t('season:update.picksIn', { count: l.picks, league: l.leagueName })
      : t('season:update.moreIn', { count: l.picks, league: l.leagueName }),
  );
  if (use.result) parts.push(t('season:update.hasResult'));
  return list(t, parts);
}

/** A sentence with what uses the race in brackets, when something does. */
function withUse(t: TFunction, text: string, use: RaceUse | null): string {
  const used = usageText(t, use);
  return sentence(t, used ? t('season:update.withUse', { text, use: used }) : text);
}

export function changeText(t: TFunction, change: SeasonChange, nameOf: (id: string) => string): string {
  const name = 'name' in change ? change.name : '';
  switch (change.kind) {
    case 'season-renamed':
      return sentence(t, t('season:update.change.seasonRenamed', { from: change.from, to: change.to }));
    case 'round-added':
      return sentence(t, t('season:update.change.roundAdded', { name }));
    case 'round-removed':
      return sentence(t, t('season:update.change.roundRemoved', { name }));
    case 'round-moved':
      return sentence(
        t,
        t('season:update.change.roundMoved', {
          name,
          from: change.from ?? t('season:update.noDate'),
          to: change.to ?? t('season:update.noDateTba'),
        }),
      );
    case 'round-changed':
      return sentence(t, t('season:update.change.roundChanged', { name, fields: fields(t, change.fields) }));
    case 'race-added':
      return sentence(t, t('season:update.change.raceAdded', { name }));
    case 'race-removed':
      return sentence(t, t('season:update.change.raceRemoved', { name }));
    case 'race-moved':
      return withUse(
        t,
        t('season:update.change.raceMoved', {
          name,
          from: formatDateTime(change.from),
          to: formatDateTime(change.to),
        }),
        change.use,
      );
    case 'race-changed':
      return withUse(
        t,
        t('season:update.change.roundChanged', { name, fields: fields(t, change.fields) }),
        change.use,
      );
    case 'driver-added':
      return sentence(t, t('season:update.change.driverAdded', { name }));
    case 'driver-removed':
      return sentence(t, t('season:update.change.driverRemoved', { name }));
    case 'driver-changed':
      return sentence(t, t('season:update.change.roundChanged', { name, fields: fields(t, change.fields) }));
    case 'team-added':
      return sentence(t, t('season:update.change.teamAdded', { name }));
    case 'team-removed':
      return sentence(t, t('season:update.change.teamRemoved', { name }));
    case 'entry-added':
      return sentence(
        t,
        t('season:update.change.entryAdded', { name: nameOf(change.entryId), cup: cupName(t, change.cup) }),
      );
    case 'entry-removed':
      return sentence(
        t,
        t('season:update.change.entryRemoved', { name: nameOf(change.entryId), cup: cupName(t, change.cup) }),
      );
    case 'result-added':
      return withUse(t, t('season:update.change.resultAdded', { name: nameOf(change.raceId) }), change.use);
    case 'result-changed':
      return withUse(t, t('season:update.change.resultChanged', { name: nameOf(change.raceId) }), change.use);
  }
}

export function keptText(t: TFunction, kept: SeasonKept, nameOf: (id: string) => string): string {
  switch (kept.code) {
    case 'started-race-not-moved':
      return withUse(
        t,
        t('season:update.kept.startedRace', {
          name: kept.name,
          startsAt: formatDateTime(kept.startsAt),
          asked: formatDateTime(kept.asked),
        }),
        kept.use,
      );
    case 'used-driver-kept':
      return sentence(t, t('season:update.kept.usedDriver', { name: kept.name }));
    case 'used-team-kept':
      return sentence(t, t('season:update.kept.usedTeam', { name: kept.name }));
    case 'used-entry-kept':
      return sentence(
        t,
        t('season:update.kept.usedEntry', { name: nameOf(kept.entryId), cup: cupName(t, kept.cup) }),
      );
  }
}

export function refusalText(t: TFunction, refusal: SeasonRefusal): string {
  switch (refusal.code) {
    case 'used-race-removed':
      return withUse(t, t('season:update.refusal.usedRace', { name: refusal.name }), refusal.use);
    case 'other-season':
      return sentence(
        t,
        t('season:update.refusal.otherSeason', { got: refusal.got, expected: refusal.expected }),
      );
  }
}

/** Why the database refused a season write (editor, line-up, undo): what may not change, and why. */
export function rewriteText(
  t: TFunction,
  problem: SeasonKept | SeasonRefusal,
  nameOf: (id: string) => string,
): string {
  switch (problem.code) {
    case 'used-race-removed':
    case 'other-season':
      return refusalText(t, problem);
    case 'started-race-not-moved':
      return withUse(
        t,
        t('season:update.rewrite.startedRace', {
          name: problem.name,
          startsAt: formatDateTime(problem.startsAt),
        }),
        problem.use,
      );
    case 'used-driver-kept':
      return sentence(t, t('season:update.rewrite.usedDriver', { name: problem.name }));
    case 'used-team-kept':
      return sentence(t, t('season:update.rewrite.usedTeam', { name: problem.name }));
    case 'used-entry-kept':
      return sentence(
        t,
        t('season:update.rewrite.usedEntry', { name: nameOf(problem.entryId), cup: cupName(t, problem.cup) }),
      );
  }
}
