/** One line of `npm run bench` output. */
export interface BenchLine {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  /** The budget from DESIGN.md §9, in the same unit. */
  budget: number;
  /** `max`: value must be ≤ budget (times); `min`: value must be ≥ budget (rates). */
  kind: 'max' | 'min';
  /** The same figure for a straightforward baseline implementation measured in the same run. */
  baseline?: number;
  note?: string;
}

/** Prints one JSON object per line with pass/fail against the budget. */
export function report(line: BenchLine): void {
  const pass = line.kind === 'max' ? line.value <= line.budget : line.value >= line.budget;
  console.log(JSON.stringify({ ...line, pass }));
}

/** Median of the run times of `fn` in milliseconds. */
export function medianMs(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}
