import { useCallback, useState } from 'react';

/** Runs one async file action at a time and keeps its error for display. */
export function useFileAction() {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[] | null>(null);
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setErrors(null);
    try {
      await action();
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, errors, setErrors, run };
}
