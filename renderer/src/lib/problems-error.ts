import { messageOf } from '../../../shared/common/result';
import { unexpectedProblem, type FileProblem } from '../../../shared/files/problems';

/**
 * A failure thrown with its problems (a refused file, a failed platform
 * call), so the code that catches it lists them worded in the user's
 * language instead of an English message.
 */
export class ProblemsError<P extends string | FileProblem = FileProblem> extends Error {
  constructor(readonly problems: readonly P[]) {
    super(problems.map((p) => (typeof p === 'string' ? p : p.message)).join(' '));
  }
}

/** Something thrown that the app did not expect: worded as such, its message only as the technical detail. */
export function thrownProblem(error: unknown): FileProblem {
  return unexpectedProblem(messageOf(error));
}

/** The problems of anything caught: those a {@link ProblemsError} carries, else one unexpected problem. */
export function problemsOf(error: unknown): FileProblem[] {
  if (error instanceof ProblemsError)
    return error.problems.map((p) => (typeof p === 'string' ? unexpectedProblem(p) : p));
  return [thrownProblem(error)];
}
