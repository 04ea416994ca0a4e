import { useCallback, useState } from 'react';
import { messageOf, type Result } from '../../../shared/common/result';
import type { FileProblem } from '../../../shared/files/problems';
import { chooseTextFile, type TextFile } from '../platform';

/** One entry of an action's error list: a file problem (worded by the list) or a message already in words. */
export type ActionProblem = string | FileProblem;

/** A refused file: its problems, for the action's error list. */
class FileProblems extends Error {
  constructor(readonly problems: readonly ActionProblem[]) {
    super(problems.map((p) => (typeof p === 'string' ? p : p.message)).join(' '));
  }
}

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
      setErrors(error instanceof FileProblems ? error.problems : [messageOf(error)]);
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
  if (!file.ok) throw new FileProblems(file.problems);
  if (!file.value) return null;
  const parsed = read(file.value.text);
  if (!parsed.ok) throw new FileProblems(parsed.problems);
  return { file: file.value, value: parsed.value };
}
