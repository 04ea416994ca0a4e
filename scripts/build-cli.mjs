// Bundles cli/podium.ts for Node 20 (no runtime type stripping there). Every file is written
// to a temporary name and renamed: a test may run the CLI while a build writes it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const quiet = process.argv.includes('--quiet');
const outfile = 'dist-cli/podium.cjs';

/**
 * i18n-iso-countries' Node entry registers all of its 78 locales; the CLI uses
 * English only (shared/results/countries.ts registers it), so the package's
 * plain entry is bundled instead, as the renderer's browser build does.
 */
const countriesWithoutLocales = {
  name: 'countries-without-locales',
  setup(plugin) {
    const entry = createRequire(import.meta.url).resolve('i18n-iso-countries/index.js');
    plugin.onResolve({ filter: /^i18n-iso-countries$/ }, () => ({ path: entry }));
  },
};

// One CommonJS bundle: esbuild turns each command's `import()` into a module initialised on
// first use, so `podium --help` runs none of the commands' code, and each command only its own.
// One file (rather than ES module chunks) because V8 can then reuse its compiled code from
// the cache below; Node 20 offers no code cache for ES modules.
const result = await build({
  entryPoints: ['cli/podium.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist-cli/podium-main.cjs',
  write: false,
  define: { __PODIUM_VERSION__: JSON.stringify(pkg.version) },
  plugins: [countriesWithoutLocales],
  // Less to read at every start. Names are not kept: the CLI prints error messages, never
  // stacks or function names, and keeping them cost 3% of the bundle.
  minify: true,
  legalComments: 'none',
  logLevel: quiet ? 'error' : 'info',
});
const code = result.outputFiles[0].contents;
// Named by content: the code cache below belongs to exactly this code (V8 checks only the
// source's length), and a running older loader keeps its own bundle while a build writes.
const hash = createHash('sha256').update(code).digest('hex').slice(0, 12);
const bundleName = `podium-${hash}.cjs`;
const bundleFile = path.join('dist-cli', bundleName);
const cacheFile = `${bundleFile}.v8cache`;

/**
 * The package's bin: runs the bundle through `vm.Script` with V8's code cache, so a start
 * skips parsing and compiling what the cached run compiled (Node 22's module compile cache
 * does the same; Node 20 has only this API). A cache V8 rejects (another Node version or
 * V8 flags) costs nothing: the bundle is compiled as usual. `PODIUM_CODE_CACHE_OUT` is set
 * by this build only, to record the cache after a run.
 */
const loader = `#!/usr/bin/env node
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { Script } = require('node:vm');
const { wrap } = require('node:module');
const file = path.join(__dirname, ${JSON.stringify(bundleName)});
let cachedData;
try {
  cachedData = readFileSync(file + '.v8cache');
} catch {
  // No cache yet: compile as usual.
}
const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
const out = process.env.PODIUM_CODE_CACHE_OUT;
if (out) process.once('exit', () => writeFileSync(out, script.createCachedData()));
const cli = { exports: {} };
script.runInThisContext()(cli.exports, require, cli, file, __dirname);
`;

mkdirSync('dist-cli', { recursive: true });
/** Temporary name, then rename: a test may run the CLI while another build writes it. */
function writeAtomically(file, contents, mode) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  if (mode) chmodSync(temp, mode);
  renameSync(temp, file);
}
writeAtomically(bundleFile, code);

/**
 * The cache records what one real run compiled: `podium standings` of a league of the
 * 2025 built-in season with an embedded copy of the season, so reading a league file,
 * both schemas, the engine and the table are in it. The league is made here from the
 * shipped season data (two members, a pick each on the first Nations Cup race that pays
 * points).
 */
function trainingLeague() {
  const { season } = JSON.parse(readFileSync('shared/seasons/data/gtws-2025.season.json', 'utf8'));
  const race = season.rounds
    .flatMap((round) => round.races)
    .find((r) => r.cup === 'nations' && r.pointsTable.length > 0);
  const [a, b, c] = season.entryLists.nations;
  const pick = (memberId, podium) => ({ memberId, raceId: race.id, podium, madeAt: '2025-01-01T00:00:00Z' });
  return {
    format: 'podium-league',
    version: 1,
    league: { id: 'code-cache', name: 'Code cache', seasonId: season.id, rules: { preset: 'classic' } },
    season,
    members: [
      { id: 'ann', name: 'Ann' },
      { id: 'ben', name: 'Ben' },
    ],
    picks: [pick('ann', [a, b, c]), pick('ben', [c, b, a])],
  };
}
const work = mkdtempSync(path.join(tmpdir(), 'podium-code-cache-'));
try {
  const league = path.join(work, 'league.podium.json');
  writeFileSync(league, JSON.stringify(trainingLeague()));
  const loaderTemp = path.join(work, 'podium.cjs');
  writeFileSync(
    loaderTemp,
    loader.replace('path.join(__dirname, ', `path.join(${JSON.stringify(path.resolve('dist-cli'))}, `),
  );
  const cacheTemp = path.join(work, 'cache');
  const run = spawnSync(process.execPath, [loaderTemp, 'standings', league], {
    env: { ...process.env, PODIUM_CODE_CACHE_OUT: cacheTemp },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`the code-cache run of podium standings failed: ${run.stderr}`);
  writeAtomically(cacheFile, readFileSync(cacheTemp));
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeAtomically(outfile, loader, 0o755);

// Whatever earlier builds left is no longer used: older bundles and their caches, the ES
// module chunks of the earlier layout, temporary files of an interrupted build.
const current = new Set([bundleFile, cacheFile, outfile].map((f) => path.resolve(f)));
for (const name of readdirSync('dist-cli', { recursive: true, encoding: 'utf8' })) {
  const file = path.resolve('dist-cli', name);
  if (/\.(c|m)?js$|\.v8cache$|\.tmp$/.test(name) && !current.has(file)) rmSync(file, { force: true });
}
rmSync('dist-cli/chunks', { recursive: true, force: true });
const kb = (file) => Math.round(statSync(file).size / 1024);
if (!quiet)
  console.log(`built ${outfile} (${bundleName} ${kb(bundleFile)} KB, code cache ${kb(cacheFile)} KB)`);
