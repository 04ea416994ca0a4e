import { messageOf } from '../shared/common/result';
import { runCli } from './main';
import { nodeIo } from './node-io';

declare const __PODIUM_VERSION__: string;

runCli(process.argv.slice(2), nodeIo(__PODIUM_VERSION__)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`podium: ${messageOf(error)}\n`);
    process.exitCode = 1;
  },
);
