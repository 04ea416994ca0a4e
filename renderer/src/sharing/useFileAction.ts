import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/common/result';
import type { FileProblem } from '../../../shared/files/problems';
import { ProblemsError, thrownProblem } from '../lib/problems-error';
import { chooseTextFile, type TextFile } from '../platform';
import { SlipRefusal } from './slip-io';

/** One entry of an action's error list: a file problem (worded by the list) or a message already in words. */
export type ActionProblem = string | FileProblem;

/** A refused slip action in the active language, from its reason. */
export function slipRefusalText(t: TFunction, refusal: SlipRefusal): string {
  switch (refusal.reason) {
    case 'gone':
      return t('sharing:slipRefusal.gone');
    case 'nothing-to-seal':
      return t('sharing:slipRefusal.nothing-to-seal');
    case 'other-league':
      return t('sharing:slipRefusal.other-league', { ...refusal.params });
  }
}

/** Runs one async file action at a time and keeps its errors for display. */
export function useFileAction() {
  const { t } = useTranslation('sharing');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<readonly ActionProblem[] | null>(null);
  const run = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      setErrors(null);
      try {
        await action();
      } catch (error) {
        // A refused file or failed platform call lists its problems; anything else is unexpected, its message as detail.
        if (error instanceof SlipRefusal) setErrors([slipRefusalText(t, error)]);
        else setErrors(error instanceof ProblemsError ? error.problems : [thrownProblem(error)]);
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
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
