/**
 * What the main process does when the window's page dies or hangs, so the
 * user never stares at a dead window. The page keeps no state worth more
 * than a reload: everything saved is in IndexedDB, written in transactions
 * that are there whole or not at all, so reloading loses at most the change
 * that was under way. Plain functions over small dependencies, tested in
 * Node; index.ts connects them to the BrowserWindow.
 */
import type { RenderProcessGoneDetails } from 'electron';

export type GoneReason = RenderProcessGoneDetails['reason'];

/** The window operations recovery needs. */
export interface RecoverableWindow {
  isDestroyed(): boolean;
  reload(): void;
  /** Kills a hung page so that the reload that follows is not stuck behind it. */
  forcefullyCrashRenderer(): void;
}

export interface MessageRequest {
  type: 'warning' | 'error';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  /** Aborted when the situation resolved itself (the page answers again). */
  signal?: AbortSignal;
}

export interface RecoveryDeps {
  window: RecoverableWindow;
  /** Shows a dialog; resolves with the index of the button chosen (or the cancel index when aborted). */
  showMessage(request: MessageRequest): Promise<number>;
  /** Asks where to save the report and writes it; false when cancelled or it failed. */
  saveReport(text: string): Promise<boolean>;
  /** Versions and platform, for the report. */
  describeApp(): string;
  now(): Date;
  /** Unresponsive this long before the user is asked (the page may just be busy). */
  unresponsiveGraceMs?: number;
  setTimer?: (callback: () => void, ms: number) => { cancel(): void };
}

/** Page crashes within this window that stop automatic reloads (a page that crashes on load would loop). */
export const CRASH_LOOP = { count: 3, withinMs: 60_000 } as const;

/** Plain words for why the page stopped. */
export function describeGoneReason(reason: GoneReason): string {
  switch (reason) {
    case 'oom':
      return 'The window ran out of memory (a very large file being previewed can do this).';
    case 'crashed':
      return 'The window crashed.';
    case 'killed':
      return 'The window was stopped by the system or another program.';
    case 'memory-eviction':
      return 'The system reclaimed the window’s memory.';
    case 'launch-failed':
      return 'The window could not start.';
    case 'integrity-failure':
      return 'The window failed an integrity check.';
    default:
      return 'The window stopped unexpectedly.';
  }
}

const DATA_KEPT =
  'Your leagues, picks and results are kept: every saved change is in the database. A change that was being saved at that moment (an import, a restore) was either stored whole or not at all — check it and do it again if it is missing.';

/** A report the user can attach to a bug: what happened and when, the versions. No league data. */
export function buildReport(events: readonly string[], app: string): string {
  return [
    'Podium League problem report',
    app,
    '',
    'Events (most recent last):',
    ...events.map((event) => `- ${event}`),
    '',
  ].join('\n');
}

export interface RendererRecovery {
  onRenderProcessGone(details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>): Promise<void>;
  onUnresponsive(): void;
  onResponsive(): void;
  /** The events recorded so far (for tests and the report). */
  readonly events: readonly string[];
}

const defaultTimer = (callback: () => void, ms: number) => {
  const timer = setTimeout(callback, ms);
  return { cancel: () => clearTimeout(timer) };
};

export function createRendererRecovery(deps: RecoveryDeps): RendererRecovery {
  const events: string[] = [];
  const crashes: number[] = [];
  const grace = deps.unresponsiveGraceMs ?? 5000;
  const setTimer = deps.setTimer ?? defaultTimer;
  let hang: { timer: { cancel(): void }; abort: AbortController | null } | null = null;

  const log = (event: string) => {
    events.push(`${deps.now().toISOString()} ${event}`);
    // Enough to explain a crash loop; never grows without bound.
    if (events.length > 50) events.splice(0, events.length - 50);
  };

  const offerReport = async () => {
    await deps.saveReport(buildReport(events, deps.describeApp()));
  };

  const reload = () => {
    if (!deps.window.isDestroyed()) deps.window.reload();
  };

  const askAboutHang = async () => {
    const abort = new AbortController();
    if (hang) hang.abort = abort;
    const choice = await deps.showMessage({
      type: 'warning',
      title: 'Podium League is not responding',
      message: 'The window is not responding.',
      detail: `It may be busy with a large file. You can wait, or reload the window. ${DATA_KEPT}`,
      buttons: ['Wait', 'Reload the window', 'Save a report…'],
      signal: abort.signal,
    });
    if (abort.signal.aborted) return;
    hang = null;
    if (choice === 0) {
      // Still hung after a while: ask again rather than never.
      hang = { timer: setTimer(() => void askAboutHang(), grace * 6), abort: null };
    } else if (choice === 1) {
      log('user reloaded the unresponsive window');
      if (!deps.window.isDestroyed()) deps.window.forcefullyCrashRenderer();
      reload();
    } else if (choice === 2) {
      await offerReport();
    }
  };

  return {
    events,

    async onRenderProcessGone({ reason, exitCode }) {
      // The window is closing on purpose.
      if (reason === 'clean-exit') return;
      hang?.timer.cancel();
      hang?.abort?.abort();
      hang = null;
      const at = deps.now().getTime();
      log(`page process gone: ${reason} (exit code ${exitCode})`);
      crashes.push(at);
      while (crashes.length > 0 && at - crashes[0]! > CRASH_LOOP.withinMs) crashes.shift();
      const looping = crashes.length >= CRASH_LOOP.count;
      if (!looping) reload();
      const choice = await deps.showMessage({
        type: 'error',
        title: 'The window was reloaded',
        message: describeGoneReason(reason),
        detail: looping
          ? `This happened ${crashes.length} times in a minute, so it was not reloaded again. ${DATA_KEPT}`
          : `It has been reloaded. ${DATA_KEPT}`,
        buttons: looping ? ['Reload the window', 'Save a report…'] : ['OK', 'Save a report…'],
      });
      if (choice === 1) await offerReport();
      else if (looping && choice === 0) {
        crashes.length = 0;
        log('user reloaded after repeated crashes');
        reload();
      }
    },

    onUnresponsive() {
      if (hang) return;
      log('page not responding');
      hang = { timer: setTimer(() => void askAboutHang(), grace), abort: null };
    },

    onResponsive() {
      if (!hang) return;
      log('page responding again');
      hang.timer.cancel();
      hang.abort?.abort();
      hang = null;
    },
  };
}
