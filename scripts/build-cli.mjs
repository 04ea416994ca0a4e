// Bundles cli/podium.ts into one CommonJS file for Node 20 (no runtime type stripping there).
// The file is written to a temporary name and renamed: test files build it in parallel and
// must never run a half-written bundle.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync, chmodSync } from 'node:fs';
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

const result = await build({
  entryPoints: ['cli/podium.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  write: false,
  banner: { js: '#!/usr/bin/env node' },
  define: { __PODIUM_VERSION__: JSON.stringify(pkg.version) },
  plugins: [countriesWithoutLocales],
  // Less to read and compile at every start; names kept for readable internal errors.
  minify: true,
  keepNames: true,
  legalComments: 'none',
  logLevel: quiet ? 'error' : 'info',
});
mkdirSync('dist-cli', { recursive: true });
const temp = `${outfile}.${process.pid}.tmp`;
writeFileSync(temp, result.outputFiles[0].contents);
chmodSync(temp, 0o755);
renameSync(temp, outfile);
if (!quiet) console.log(`built ${outfile} (${Math.round(result.outputFiles[0].contents.length / 1024)} KB)`);
