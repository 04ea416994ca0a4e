/**
 * CLI start-up: `podium --help` and `podium standings` on a small league,
 * each against `node -e 0` (Node's own start-up, the floor). Every process
 * reports its own CPU time at exit (user + system since it started, start-up
 * included) through a one-line preload, so the figures hold on a busy
 * machine; wall times are printed too. Runs alternate; medians of 21.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { report } from './report';

const CLI = path.resolve(process.env.PODIUM_CLI ?? 'dist-cli/podium.cjs');
const LEAGUE = path.resolve('tests/fixtures/leagues/london-friends.podium.json');
const probe = path.join(mkdtempSync(path.join(tmpdir(), 'podium-cli-bench-')), 'cpu-probe.cjs');
writeFileSync(
  probe,
  "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`\\ncpu-us ${u.user + u.system}\\n`); });\n",
);

const runs: Record<string, string[]> = {
  'node -e 0': ['-e', '0'],
  'podium --help': [CLI, '--help'],
  'podium standings': [CLI, 'standings', LEAGUE],
};
const cpu: Record<string, number[]> = {};
const wall: Record<string, number[]> = {};
const names = Object.keys(runs);
for (let round = 0; round < 21; round++) {
  for (const name of round % 2 === 0 ? names : [...names].reverse()) {
    const start = performance.now();
    const child = spawnSync(process.execPath, ['--require', probe, ...runs[name]!], { encoding: 'utf8' });
    (wall[name] ??= []).push(performance.now() - start);
    const match = /cpu-us (\d+)/.exec(child.stderr);
    if (child.status !== 0 || !match) throw new Error(`${name} failed: ${child.stderr}`);
    (cpu[name] ??= []).push(Number(match[1]) / 1000);
  }
}
/** Kilobytes of the CLI's files whose names match `pattern`. */
const kbOf = (pattern: RegExp) =>
  Math.round(
    readdirSync(path.dirname(CLI), { recursive: true, encoding: 'utf8' })
      .map((name) => path.join(path.dirname(CLI), name))
      .filter((file) => pattern.test(file))
      .reduce((sum, file) => sum + statSync(file).size, 0) / 1024,
  );
/** Everything the CLI may load: the loader and the bundle (or an entry and its chunks). */
const bundleKb = kbOf(/\.(c|m)?js$/);
/** V8's code cache, written by the build next to the bundle. */
const codeCacheKb = kbOf(/\.v8cache$/);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const floor = median(cpu['node -e 0']!);
const round1 = (x: number) => Math.round(x * 10) / 10;
for (const name of ['podium --help', 'podium standings']) {
  report({
    bench: 'cli',
    metric: `${name} start-up (CPU time)`,
    value: round1(median(cpu[name]!)),
    unit: 'ms',
    budget: round1(floor * 1.5),
    kind: 'max',
    baseline: round1(floor),
    baselineIs: 'node -e 0 (budget: 1.5 x the baseline)',
    note: `wall medians ${round1(median(wall[name]!))} ms vs ${round1(median(wall['node -e 0']!))} ms; bundle ${bundleKb} KB in all, V8 code cache ${codeCacheKb} KB`,
  });
}
