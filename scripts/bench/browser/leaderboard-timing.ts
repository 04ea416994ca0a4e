/**
 * How the renderer bench times the leaderboard in Chromium, shared with
 * anything that compares two builds the same way.
 *
 * - Opening: a full page load straight onto #/leaderboard, timed on the page's
 *   own clock from the start of the navigation.
 * - Clicking: the app open on Home, then a click on the sidebar's Leaderboard
 *   link, timed from the click event's own time stamp (when the input reached
 *   the page).
 * Both stop at the first animation frame where the standings table shows a
 * member row with a non-zero height (a row hidden by a Suspense fallback does not count).
 *
 * - Scrolling: a real scroll gesture (Chromium's synthetic wheel gesture, the
 *   input path a mouse wheel takes) from the top of the standings box to its
 *   bottom, while the page records each frame's main-thread time: from the
 *   frame's start (the animation-frame time stamp) to the end of its
 *   rendering work (scroll handlers, React, style, layout, paint). Frame
 *   intervals cannot be the figure: headless Chromium paces frames at 60 Hz,
 *   so even an idle page's intervals are 16.7 ms. On a machine shared with
 *   other work that time includes waiting for a core; {@link scrollFrameCpu}
 *   traces the same gesture and counts the main thread's own CPU time per frame.
 */
import type { Page } from 'playwright-core';

const ROW = 'table[aria-label="Season standings"] tbody tr[data-row] th[scope="row"]';

/** Resolves with the page clock at the first frame that shows a member row. */
async function firstRowFrame(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    (selector) => {
      const cell = document.querySelector(selector);
      return cell && cell.getBoundingClientRect().height > 0 ? performance.now() : null;
    },
    ROW,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Milliseconds from the start of a page load of `url#/leaderboard` to its first member row. */
export async function timeToLeaderboard(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`${url}#/leaderboard`);
  return firstRowFrame(page);
}

/** Milliseconds from a click on the sidebar's Leaderboard link (app freshly opened on Home) to the first member row. */
export async function timeToLeaderboardByClick(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  await page.evaluate(() => {
    const w = window as { benchClickAt?: number };
    delete w.benchClickAt;
    document.addEventListener('click', (event) => (w.benchClickAt = event.timeStamp), {
      capture: true,
      once: true,
    });
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leaderboard' }).click();
  const shown = await firstRowFrame(page);
  const clicked = await page.evaluate(() => (window as { benchClickAt?: number }).benchClickAt);
  if (clicked === undefined) throw new Error('the click on the Leaderboard link was not seen');
  return shown - clicked;
}

export interface ScrollFrames {
  /** Main-thread time of each frame, ms. */
  work: number[];
  /** Time between consecutive frames, ms. */
  intervals: number[];
  /** How far the box scrolled, px. */
  scrolled: number;
}

/**
 * Scrolls the standings box from top to bottom with a wheel gesture at
 * `pxPerSecond` and returns the frames rendered meanwhile.
 */
export async function scrollFrames(page: Page, pxPerSecond = 7200): Promise<ScrollFrames> {
  const box = await page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('[aria-label="Season standings (scrollable)"]');
    if (!el) throw new Error('the standings table is not virtualised');
    el.scrollTop = 0;
    el.scrollIntoView({ block: 'start' });
    const rect = el.getBoundingClientRect();
    const visibleBottom = Math.min(rect.bottom, window.innerHeight);
    return {
      x: rect.left + rect.width / 2,
      y: (rect.top + visibleBottom) / 2,
      distance: el.scrollHeight - el.clientHeight,
    };
  });
  // Let the frame that scrolled the box into view settle before recording.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  await page.evaluate(() => {
    const record = { work: [] as number[], intervals: [] as number[], running: true };
    (window as { benchFrames?: typeof record }).benchFrames = record;
    const channel = new MessageChannel();
    // A message posted from an animation-frame callback runs after that frame's
    // style, layout and paint: its arrival ends the frame's main-thread work.
    channel.port1.onmessage = (event: MessageEvent<number>) =>
      record.work.push(performance.now() - event.data);
    let last: number | undefined;
    const frame = (start: number) => {
      if (!record.running) return;
      if (last !== undefined) record.intervals.push(start - last);
      last = start;
      channel.port2.postMessage(start);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.synthesizeScrollGesture', {
      x: Math.round(box.x),
      y: Math.round(box.y),
      yDistance: -box.distance,
      speed: pxPerSecond,
      gestureSourceType: 'mouse',
      preventFling: true,
    });
  } finally {
    await cdp.detach();
  }
  return page
    .evaluate(() => {
      const w = window as { benchFrames?: { work: number[]; intervals: number[]; running: boolean } };
      const record = w.benchFrames!;
      record.running = false;
      const el = document.querySelector<HTMLElement>('[aria-label="Season standings (scrollable)"]')!;
      return { work: record.work, intervals: record.intervals, scrolled: el.scrollTop };
    })
    .then((frames) => {
      if (frames.scrolled < box.distance - 1)
        throw new Error(`the gesture scrolled ${frames.scrolled} of ${box.distance} px`);
      return frames;
    });
}

/** The `p`th percentile (0–1) of `xs`. */
export function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * The same gesture as {@link scrollFrames}, traced: the main thread's CPU time
 * (thread time, not wall time) of each task that painted a frame, in ms.
 */
export async function scrollFrameCpu(page: Page, pxPerSecond = 7200): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  try {
    await cdp.send('Tracing.start', {
      categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    await scrollFrames(page, pxPerSecond);
    await cdp.send('Tracing.end');
    await complete;
  } finally {
    await cdp.detach();
  }
  // The page's main thread: of the renderer main threads, the one with the most work.
  const threads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onThread = (t: TraceEvent) =>
    events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X');
  const main = threads.map(onThread).sort((a, b) => b.length - a.length)[0] ?? [];
  const paints = main.filter((e) => e.name === 'Paint');
  const frames = main
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask')
    .filter((task) => paints.some((p) => p.ts >= task.ts && p.ts < task.ts + (task.dur ?? 0)))
    .map((task) => (task.tdur ?? task.dur ?? 0) / 1000);
  if (frames.length === 0) throw new Error('the trace of the scroll gesture has no painted frame');
  return frames;
}
