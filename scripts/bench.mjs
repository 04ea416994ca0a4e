// `npm run bench`: bundles every scripts/bench/*.bench.ts with esbuild and runs it in Node,
// one after the other (never in parallel: they measure time). Each bench prints one JSON
// object per line: { "bench", "metric", "value", "unit", "budget", "pass", "baseline"?,
// "baselineIs"?, "ratio"? } (ratio = value / baseline), and the same as a readable line on stderr.
// A figure no budget covers (kind "info") has no "pass" and never fails the run.
// Extra arguments filter benches by file name: `npm run bench -- engine`.
import { build } from 'esbuild';
import { readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const filters = process.argv.slice(2);
const dir = path.resolve('scripts/bench');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
const outDir = mkdtempSync(path.join(tmpdir(), 'podium-bench-'));
let failed = 0;
try {
  for (const file of files) {
    const outfile = path.join(outDir, file.replace(/\.ts$/, '.cjs'));
    await build({
      entryPoints: [path.join(dir, file)],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile,
      logLevel: 'error',
      external: ['playwright-core', 'esbuild'],
    });
    const run = spawnSync(process.execPath, ['--expose-gc', outfile], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const out = run.stdout.toString();
    process.stdout.write(out);
    for (const line of out.split('\n')) {
      if (line.trim().startsWith('{') && JSON.parse(line).pass === false) failed++;
    }
    if (run.status !== 0) {
      failed++;
      console.error(`bench ${file} exited with ${run.status}`);
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
