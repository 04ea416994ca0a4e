// Bundles cli/podium.ts into one CommonJS file for Node 20 (no runtime type stripping there).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const quiet = process.argv.includes('--quiet');

await build({
  entryPoints: ['cli/podium.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist-cli/podium.cjs',
  banner: { js: '#!/usr/bin/env node' },
  define: { __PODIUM_VERSION__: JSON.stringify(pkg.version) },
  logLevel: quiet ? 'error' : 'info',
});
