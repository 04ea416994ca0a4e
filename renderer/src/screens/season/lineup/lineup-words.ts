/** The line-up panel's words for the codes shared/lineup returns. */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineupAmbiguity, LineupMatchMethod, LineupProblem } from '../../../../../shared/lineup';

/** These words in the active language, for components (loads the season catalogue). */
export function useLineupWords() {
  const { t } = useTranslation('season');
  return useMemo(
    () => ({
      matchMethod: (method: LineupMatchMethod) => matchMethodText(t, method),
      ambiguity: (reason: LineupAmbiguity) => ambiguityText(t, reason),
      problem: (problem: LineupProblem, nameOf: (id: string) => string) =>
        lineupProblemText(t, problem, nameOf),
    }),
    [t],
  );
}

export function matchMethodText(t: TFunction, method: LineupMatchMethod): string {
  switch (method) {
    case 'psn-id':
      return t('season:lineup.by.psnId');
    case 'name':
      return t('season:lineup.by.name');
    case 'alias':
      return t('season:lineup.by.alias');
    case 'id':
      return t('season:lineup.by.id');
  }
}

export function ambiguityText(t: TFunction, reason: LineupAmbiguity): string {
  switch (reason) {
    case 'same-name':
      return t('season:lineup.ambiguity.sameName');
    case 'psn-other-driver':
      return t('season:lineup.ambiguity.psnOtherDriver');
    case 'country-differs':
      return t('season:lineup.ambiguity.countryDiffers');
    case 'similar-name':
      return t('season:lineup.ambiguity.similarName');
  }
}

/** One sentence per problem, naming the line. */
export function lineupProblemText(
  t: TFunction,
  problem: LineupProblem,
  nameOf: (id: string) => string,
): string {
  switch (problem.code) {
    case 'no-entries':
      return t('season:lineup.problem.noEntries');
    case 'needs-choice':
      return t('season:lineup.problem.needsChoice', { line: problem.lineNo });
    case 'needs-country':
      return t('season:lineup.problem.needsCountry', { line: problem.lineNo });
    case 'bad-country':
      return t('season:lineup.problem.badCountry', { line: problem.lineNo, country: problem.country });
    case 'needs-name':
      return t('season:lineup.problem.needsName', { line: problem.lineNo });
    case 'unknown-driver':
      return t('season:lineup.problem.unknownDriver', { line: problem.lineNo, driver: problem.driverId });
    case 'twice':
      return t('season:lineup.problem.twice', { line: problem.lineNo, name: nameOf(problem.driverId) });
  }
}
