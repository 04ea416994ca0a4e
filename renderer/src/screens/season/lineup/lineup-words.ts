/** The line-up panel's words for the codes shared/lineup returns. */
import type { LineupAmbiguity, LineupMatchMethod, LineupProblem } from '../../../../../shared/lineup';

export const MATCH_METHOD: Record<LineupMatchMethod, string> = {
  'psn-id': 'by PSN ID',
  name: 'by name',
  alias: 'by another spelling',
  id: 'by id',
};

export const AMBIGUITY: Record<LineupAmbiguity, string> = {
  'same-name': 'Two known drivers have this name: which one is it?',
  'psn-other-driver': 'The PSN ID belongs to another driver than the name: which one is it?',
  'country-differs': 'A known driver has this name but another country: the same person, or someone new?',
  'similar-name': 'Not an exact match: is it one of these drivers, or someone new?',
};

/** One sentence per problem, naming the line. */
export function lineupProblemText(problem: LineupProblem, nameOf: (id: string) => string): string {
  switch (problem.code) {
    case 'no-entries':
      return 'The line-up has no driver to add.';
    case 'needs-choice':
      return `Line ${problem.lineNo}: choose who this is (or skip the line).`;
    case 'needs-country':
      return `Line ${problem.lineNo}: give the new driver’s country.`;
    case 'bad-country':
      return `Line ${problem.lineNo}: “${problem.country}” is not a country name or ISO code.`;
    case 'needs-name':
      return `Line ${problem.lineNo}: give the new driver a name.`;
    case 'unknown-driver':
      return `Line ${problem.lineNo}: the driver “${problem.driverId}” is no longer known.`;
    case 'twice':
      return `Line ${problem.lineNo}: ${nameOf(problem.driverId)} is already on an earlier line.`;
  }
}
