import { useEffect, useState } from 'react';
import { clock } from '../app/clock';

/** The current time, re-rendering every `intervalMs` (countdowns, lock states). */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const id = setInterval(() => setNow(clock.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
