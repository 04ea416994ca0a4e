// Bundles cli/podium.ts for Node 20 (no runtime type stripping there). Every file is written
// to a temporary name and renamed: a test may run the CLI while a build writes it.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

// ES modules split by command: `podium --help` loads the small entry chunk only, and each
// command only the code it uses. podium.cjs (the package's bin) is a two-line loader.
const result = await build({
  entryPoints: { podium: 'cli/podium.ts' },
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outdir: 'dist-cli',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  write: false,
  // CommonJS dependencies bundled into ES modules still call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __podiumRequire } from 'node:module';\nconst require = __podiumRequire(import.meta.url);",
  },
  define: { __PODIUM_VERSION__: JSON.stringify(pkg.version) },
  plugins: [countriesWithoutLocales],
  // Less to read and compile at every start; names kept for readable internal errors.
  minify: true,
  keepNames: true,
  legalComments: 'none',
  logLevel: quiet ? 'error' : 'info',
});
mkdirSync('dist-cli/chunks', { recursive: true });
/** Temporary name, then rename: a test may run the CLI while another build writes it. */
function writeAtomically(file, contents, mode) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  if (mode) chmodSync(temp, mode);
  renameSync(temp, file);
}
// Chunks are named by content hash, so writing them first never breaks a running older entry.
const entry = result.outputFiles.find((f) => f.path.endsWith('podium.mjs'));
for (const file of result.outputFiles) if (file !== entry) writeAtomically(file.path, file.contents);
writeAtomically(entry.path, entry.contents);
writeAtomically(outfile, "#!/usr/bin/env node\nimport('./podium.mjs');\n", 0o755);
// Whatever earlier builds left is no longer referenced: their chunks, entries of another
// layout, temporary files of an interrupted build.
const current = new Set([...result.outputFiles.map((f) => path.resolve(f.path)), path.resolve(outfile)]);
for (const name of readdirSync('dist-cli', { recursive: true, encoding: 'utf8' })) {
  const file = path.resolve('dist-cli', name);
  if (/\.(c|m)?js$|\.tmp$/.test(name) && !current.has(file)) rmSync(file, { force: true });
}
const kb = Math.round(result.outputFiles.reduce((sum, f) => sum + f.contents.length, 0) / 1024);
if (!quiet) console.log(`built ${outfile} (${result.outputFiles.length} files, ${kb} KB)`);
