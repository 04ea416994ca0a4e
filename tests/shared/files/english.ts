import type { Result } from '../../../shared/common/result';
import type { FileProblem } from '../../../shared/files/problems';

/** A reader's result with each problem as its English message, as the CLI prints it. */
export function english<T>(result: Result<T, FileProblem>): Result<T> {
  return result.ok ? result : { ok: false, problems: result.problems.map((p) => p.message) };
}

/** The English messages of a refused result; none for an accepted one. */
export function messages<T>(result: Result<T, FileProblem>): string[] {
  return result.ok ? [] : result.problems.map((p) => p.message);
}
