import { useCallback, useState } from 'react';
import type { Result } from '../../../shared/common/result';
import type { FileProblem } from '../../../shared/files/problems';
import { ProblemsError, thrownProblem } from '../lib/problems-error';
import { chooseTextFile, type TextFile } from '../platform';

/** One entry of an action's error list: a file problem (worded by the list) or a message already in words. */
export type ActionProblem = string | FileProblem;

/** Runs one async file action at a time and keeps its errors for display. */
export function useFileAction() {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<readonly ActionProblem[] | null>(null);
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setErrors(null);
    try {
      await action();
    } catch (error) {
      // A refused file or failed platform call lists its problems; anything else is unexpected, its message as detail.
      setErrors(error instanceof ProblemsError ? error.problems : [thrownProblem(error)]);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, errors, setErrors, run };
}

/**
 * Asks for a JSON file and reads it with `read` (one of the versioned-file
 * readers): null when cancelled; a refused file (too big, not text, not valid)
 * throws its problems for `run` to list.
 */
export async function chooseAndRead<T>(
  title: string,
  read: (text: string) => Result<T, FileProblem>,
): Promise<{ file: TextFile; value: T } | null> {
  const file = await chooseTextFile({ title, extensions: ['json'] });
  if (!file.ok) throw new ProblemsError<ActionProblem>(file.problems);
  if (!file.value) return null;
  const parsed = read(file.value.text);
  if (!parsed.ok) throw new ProblemsError<ActionProblem>(parsed.problems);
  return { file: file.value, value: parsed.value };
}
