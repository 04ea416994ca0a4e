/**
 * Runs the CLI in this process: `runCli` with the real file-system IO and
 * captured output streams. No build and no Node start per case; the few
 * checks of the built binary itself live in ./binary.test.ts.
 */
import { readFileSync } from 'node:fs';
import { runCli } from '../../cli/main';
import { nodeIo } from '../../cli/node-io';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export const PACKAGE_VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
  .version;

/** `podium …args` as a user would type it, with what it printed and its exit code. */
export async function podium(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = {
    ...nodeIo(PACKAGE_VERSION),
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: (text: string) => {
      stderr += text;
    },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
