/** One line of `npm run bench` output. */
export interface BenchLine {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  /** The budget, in the same unit. */
  budget: number;
  /**
   * `max`: value must be ≤ budget (times, ratios); `min`: value must be ≥ budget (rates);
   * `info`: a figure no budget covers (`budget` is ignored), printed for the record with
   * no pass or fail.
   */
  kind: 'max' | 'min' | 'info';
  /** The same figure for a baseline doing the same work, measured in the same run. */
  baseline?: number;
  /** What the baseline is, when there is one. */
  baselineIs?: string;
  note?: string;
}

/**
 * Prints one JSON object per line with the ratio to the baseline and
 * pass/fail against the budget, then the same as one readable line on stderr.
 */
export function report(line: BenchLine): void {
  const ratio =
    line.baseline === undefined || line.baseline === 0
      ? undefined
      : Math.round((line.value / line.baseline) * 100) / 100;
  const versus =
    line.baseline === undefined ? '' : `; baseline ${line.baseline} ${line.unit}, ratio ${ratio}`;
  if (line.kind === 'info') {
    // No budget and no pass field: `npm run bench` fails only on `pass: false`.
    const { budget: _budget, ...figure } = line;
    console.log(JSON.stringify({ ...figure, ...(ratio === undefined ? {} : { ratio }) }));
    const extra = [versus.slice(2), line.note].filter(Boolean).join('; ');
    console.error(
      `  INFO ${line.bench}: ${line.metric}: ${line.value} ${line.unit} (no budget${extra ? `; ${extra}` : ''})`,
    );
    return;
  }
  const pass = line.kind === 'max' ? line.value <= line.budget : line.value >= line.budget;
  console.log(JSON.stringify({ ...line, ...(ratio === undefined ? {} : { ratio }), pass }));
  const budget = `${line.kind === 'max' ? '≤' : '≥'} ${line.budget}`;
  console.error(
    `  ${pass ? 'PASS' : 'FAIL'} ${line.bench}: ${line.metric}: ${line.value} ${line.unit} (budget ${budget}${versus})`,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export interface Timing {
  /** Median CPU time of this process (user + system), in ms. */
  cpuMs: number;
  /** Median wall time, in ms. */
  wallMs: number;
}

/**
 * Runs every function `runs` times, alternating which goes first in each
 * round (so a warm cache, a GC debt or a burst of load from other jobs does
 * not always favour the same one), and returns the median times of each.
 * Garbage is collected before each run when Node runs with --expose-gc,
 * followed by an idle wait (`collect = false` for tiny functions). `warmup`
 * unmeasured rounds come first.
 */
const idle = new Int32Array(new SharedArrayBuffer(4));

export function alternatingMedians(
  fns: (() => void)[],
  runs: number,
  warmup = 2,
  collect = true,
  /** Untimed work before each run of `fns[i]` (a fresh read of the data it is given). */
  prepare?: (i: number) => void,
): Timing[] {
  // Unmeasured runs first, so the JIT has compiled the code being compared.
  for (let i = 0; i < warmup; i++)
    fns.forEach((fn, k) => {
      prepare?.(k);
      fn();
    });
  const gc = (globalThis as { gc?: () => void }).gc;
  const cpu = fns.map(() => [] as number[]);
  const wall = fns.map(() => [] as number[]);
  for (let round = 0; round < runs; round++) {
    const order = fns.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) {
      prepare?.(i);
      if (gc && collect) {
        gc();
        // Idle a moment: concurrent sweeping after the collection would otherwise be billed to the run.
        Atomics.wait(idle, 0, 0, 40);
      }
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      fns[i]!();
      wall[i]!.push(performance.now() - w0);
      const c = process.cpuUsage(c0);
      cpu[i]!.push((c.user + c.system) / 1000);
    }
  }
  return fns.map((_, i) => ({ cpuMs: median(cpu[i]!), wallMs: median(wall[i]!) }));
}
