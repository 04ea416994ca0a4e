// `npm start`: builds if out/ is stale, then runs the desktop app. Without the
// Electron binary it says why and how to get it, points at `npm run web`, and
// exits non-zero.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStatus, locateElectronBinary, missingBinaryMessage } from './electron-launch.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** The electron package folder; PODIUM_ELECTRON_DIR overrides it (tests point it at a fake package). */
function electronPackageDir() {
  if (process.env.PODIUM_ELECTRON_DIR) return process.env.PODIUM_ELECTRON_DIR;
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const located = locateElectronBinary({ electronDir: electronPackageDir() });
if (!located.ok) {
  process.stderr.write(missingBinaryMessage(located.reason));
  // exitCode rather than exit(): let the message flush to a pipe first.
  process.exitCode = 1;
} else {
  launch(located.path);
}

/** Builds if needed, then runs Electron on the project and mirrors its exit code. */
function launch(binary) {
  const status = buildStatus(root);
  if (status.stale) {
    console.log(`Building the app (${status.why})…`);
    const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
    const build = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('The build failed; see the messages above.');
      process.exit(build.status ?? 1);
    }
  }

  // ELECTRON_RUN_AS_NODE would start a plain Node instead of the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`Could not start Electron at ${binary}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
