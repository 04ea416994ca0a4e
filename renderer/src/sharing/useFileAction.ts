import { useCallback, useState } from 'react';
import { messageOf } from '../../../shared/common/result';
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

/** Asks for a JSON file: null when cancelled; a refused file (too big, not text) throws its message for `run`. */
export async function chooseJsonFile(title: string): Promise<TextFile | null> {
  const file = await chooseTextFile({ title, extensions: ['json'] });
  if (!file.ok) throw new FileProblems(file.problems);
  return file.value;
}
