// Parser fuzz at scale: `node scripts/fuzz-parsers.mjs [cases=100000] [seed=1]`.
// Bundles the same mutation code the vitest fuzz test uses and runs it in Node;
// exits 1 and prints the first failures (seed + case index reproduce them).
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 1);
const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'podium-fuzz-'));
try {
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `import { runFuzz } from ${JSON.stringify(path.join(root, 'tests/shared/results/fuzz-mutations.ts'))};
import { fuzzBases } from ${JSON.stringify(path.join(root, 'tests/shared/results/fuzz-bases.ts'))};
import { getBuiltInSeason } from ${JSON.stringify(path.join(root, 'shared/seasons/index.ts'))};
export function run(seed: number, count: number) {
  return runFuzz(seed, count, fuzzBases(${JSON.stringify(path.join(root, 'tests/fixtures/results'))}), getBuiltInSeason('gtws-2025'));
}
`,
  );
  const outfile = path.join(dir, 'fuzz.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  const { run } = await import(pathToFileURL(outfile).href);
  const started = performance.now();
  const failures = run(seed, count);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    JSON.stringify({
      fuzz: 'result-parsers',
      cases: count,
      seed,
      failures: failures.length,
      seconds: Number(seconds),
    }),
  );
  for (const f of failures.slice(0, 10)) console.error(`case ${f.index} (${f.description}): ${f.problem}`);
  process.exitCode = failures.length ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
