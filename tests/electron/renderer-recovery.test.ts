import { describe, expect, it } from 'vitest';
import {
  buildReport,
  CRASH_LOOP,
  createRendererRecovery,
  type MessageRequest,
  type RecoveryDeps,
} from '../../electron/main/renderer-recovery';

/** A window, dialogs and a clock under the test's control. */
function harness(answers: number[] = []) {
  const calls: string[] = [];
  const messages: MessageRequest[] = [];
  const reports: string[] = [];
  const timers: { callback: () => void; ms: number; cancelled: boolean }[] = [];
  let now = Date.parse('2026-12-05T10:00:00Z');
  let destroyed = false;
  const deps: RecoveryDeps = {
    window: {
      isDestroyed: () => destroyed,
      reload: () => calls.push('reload'),
      forcefullyCrashRenderer: () => calls.push('crash'),
    },
    async showMessage(request) {
      messages.push(request);
      return answers.shift() ?? 0;
    },
    async saveReport(text) {
      reports.push(text);
      return true;
    },
    describeApp: () => 'Podium League 0.1.0 · Electron 38',
    now: () => new Date(now),
    unresponsiveGraceMs: 1000,
    setTimer(callback, ms) {
      const timer = { callback, ms, cancelled: false };
      timers.push(timer);
      return { cancel: () => (timer.cancelled = true) };
    },
  };
  const fire = async () => {
    const timer = timers.find((t) => !t.cancelled);
    if (!timer) throw new Error('no timer pending');
    timer.cancelled = true;
    timer.callback();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return {
    deps,
    calls,
    messages,
    reports,
    timers,
    fire,
    advance: (ms: number) => (now += ms),
    destroy: () => (destroyed = true),
  };
}

describe('renderer recovery: page process gone', () => {
  it('reloads the window after an out-of-memory crash and says the data is kept', async () => {
    // The failure: a preview that ran out of memory left a dead window with no handler at all.
    const h = harness();
    const recovery = createRendererRecovery(h.deps);
    await recovery.onRenderProcessGone({ reason: 'oom', exitCode: 133 });
    expect(h.calls).toEqual(['reload']);
    expect(h.messages).toHaveLength(1);
    expect(h.messages[0]).toMatchObject({
      type: 'error',
      message: 'The window ran out of memory (a very large file being previewed can do this).',
      buttons: ['OK', 'Save a report…'],
    });
    expect(h.messages[0]!.detail).toMatch(/^It has been reloaded\. Your leagues, picks and results are kept/);
    expect(h.reports).toEqual([]);
  });

  it('saves a report with the reason and versions when asked', async () => {
    const h = harness([1]);
    const recovery = createRendererRecovery(h.deps);
    await recovery.onRenderProcessGone({ reason: 'crashed', exitCode: 11 });
    expect(h.reports).toEqual([
      buildReport(
        ['2026-12-05T10:00:00.000Z page process gone: crashed (exit code 11)'],
        'Podium League 0.1.0 · Electron 38',
      ),
    ]);
    expect(h.reports[0]).toContain('page process gone: crashed (exit code 11)');
  });

  it('ignores a clean exit (the window is closing)', async () => {
    const h = harness();
    await createRendererRecovery(h.deps).onRenderProcessGone({ reason: 'clean-exit', exitCode: 0 });
    expect(h.calls).toEqual([]);
    expect(h.messages).toEqual([]);
  });

  it('stops reloading a page that keeps crashing, and reloads again only when asked', async () => {
    const h = harness();
    const recovery = createRendererRecovery(h.deps);
    for (let i = 0; i < CRASH_LOOP.count - 1; i++) {
      await recovery.onRenderProcessGone({ reason: 'crashed', exitCode: 1 });
      h.advance(5000);
    }
    expect(h.calls).toEqual(Array(CRASH_LOOP.count - 1).fill('reload'));
    await recovery.onRenderProcessGone({ reason: 'crashed', exitCode: 1 });
    // The third crash within a minute: no automatic reload; the dialog's first button reloads.
    expect(h.calls).toHaveLength(CRASH_LOOP.count);
    expect(h.messages.at(-1)!.buttons).toEqual(['Reload the window', 'Save a report…']);
    expect(h.messages.at(-1)!.detail).toMatch(
      /^This happened 3 times in a minute, so it was not reloaded again/,
    );
  });

  it('reloads again automatically once earlier crashes are more than a minute old', async () => {
    const h = harness([0, 0, 0]);
    const recovery = createRendererRecovery(h.deps);
    await recovery.onRenderProcessGone({ reason: 'crashed', exitCode: 1 });
    await recovery.onRenderProcessGone({ reason: 'crashed', exitCode: 1 });
    h.advance(CRASH_LOOP.withinMs + 1);
    await recovery.onRenderProcessGone({ reason: 'crashed', exitCode: 1 });
    expect(h.calls).toEqual(['reload', 'reload', 'reload']);
  });
});

describe('renderer recovery: unresponsive page', () => {
  it('asks after a grace period, and a reload kills the hung page first', async () => {
    const h = harness([1]);
    const recovery = createRendererRecovery(h.deps);
    recovery.onUnresponsive();
    expect(h.messages).toEqual([]);
    expect(h.timers[0]!.ms).toBe(1000);
    await h.fire();
    expect(h.messages[0]).toMatchObject({
      title: 'Podium League is not responding',
      buttons: ['Wait', 'Reload the window', 'Save a report…'],
    });
    expect(h.calls).toEqual(['crash', 'reload']);
  });

  it('asks nothing when the page answers again within the grace period', () => {
    const h = harness();
    const recovery = createRendererRecovery(h.deps);
    recovery.onUnresponsive();
    recovery.onResponsive();
    expect(h.timers[0]!.cancelled).toBe(true);
    expect(h.messages).toEqual([]);
    expect(h.calls).toEqual([]);
  });

  it('closes the question when the page answers again while it is shown', async () => {
    const h = harness();
    let signal: AbortSignal | undefined;
    h.deps.showMessage = (request) => {
      signal = request.signal;
      return new Promise((resolve) => request.signal?.addEventListener('abort', () => resolve(0)));
    };
    const recovery = createRendererRecovery(h.deps);
    recovery.onUnresponsive();
    await h.fire();
    expect(signal?.aborted).toBe(false);
    recovery.onResponsive();
    expect(signal?.aborted).toBe(true);
    expect(h.calls).toEqual([]);
  });

  it('asks again later when the user chose to wait and the page is still hung', async () => {
    const h = harness([0]);
    const recovery = createRendererRecovery(h.deps);
    recovery.onUnresponsive();
    await h.fire();
    expect(h.timers.filter((t) => !t.cancelled).map((t) => t.ms)).toEqual([6000]);
    expect(h.calls).toEqual([]);
  });
});
