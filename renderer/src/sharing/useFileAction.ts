import { useCallback, useState } from 'react';
import { messageOf, type Result } from '../../../shared/common/result';
import { chooseTextFile, type TextFile } from '../platform';

/** A refused file: its problems, one message each, for the action's error list. */
class FileProblems extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
  }
}

/** Runs one async file action at a time and keeps its errors for display. */
export function useFileAction() {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[] | null>(null);
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
  read: (text: string) => Result<T>,
): Promise<{ file: TextFile; value: T } | null> {
  const file = await chooseTextFile({ title, extensions: ['json'] });
  if (!file.ok) throw new FileProblems(file.problems);
  if (!file.value) return null;
  const parsed = read(file.value.text);
  if (!parsed.ok) throw new FileProblems(parsed.problems);
  return { file: file.value, value: parsed.value };
}
