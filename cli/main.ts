/**
 * `podium` command line: the same shared/ engine over files.
 * Exit codes: 0 success, 1 problems in the input (one message per problem on
 * stderr), 2 usage error. Never a stack trace for bad input.
 */
import { COMMANDS, type CliIo } from './commands';
import { messageOf } from '../shared/common/result';
import { UsageError, InputError } from './errors';

export const USAGE = `podium — Podium League command line

Usage:
  podium parse <file> [--season <id>] [--race <raceId>] [--json]
      Parse a results file (official text, pipe table, CSV or JSON).
  podium standings <league-file> [--json]
      Print the leaderboard of a league bundle (*.podium.json).
  podium import <league-file> <results-file> --race <raceId>
      Add or replace a race result in a league bundle (atomic write, keeps .bak).
  podium season --list | podium season <id> [--json]
      List the built-in seasons, or print one (--json: the season file, with
      statuses and the official results).

Options:
  -h, --help     Show this help
  -v, --version  Show the version

Exit codes: 0 success, 1 problems in the input, 2 usage error.`;

/** Runs the CLI and returns the exit code; all output goes through `io`. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(USAGE + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr(`podium: unknown command "${name}"\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`podium ${name}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      if (error.json !== undefined) io.stdout(JSON.stringify(error.json, null, 2) + '\n');
      for (const message of error.messages) io.stderr(`${message}\n`);
      return 1;
    }
    // A bug, not bad input: still no stack trace for the user, but say so plainly.
    io.stderr(`podium ${name}: internal error: ${messageOf(error)}\n`);
    return 1;
  }
}
