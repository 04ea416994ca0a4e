import { runCli } from './main';
import { nodeIo } from './node-io';

declare const __PODIUM_VERSION__: string;

runCli(process.argv.slice(2), nodeIo(__PODIUM_VERSION__)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`podium: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
