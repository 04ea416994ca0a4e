/**
 * The app's notion of "now". Locks, countdowns and reminders read it here so
 * tests can move time (renderer tests replace `clock.now`; e2e tests use
 * Playwright's clock).
 */
export const clock = {
  now: (): number => Date.now(),
};

export function nowIso(): string {
  return new Date(clock.now()).toISOString();
}
