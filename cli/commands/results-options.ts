/**
 * Shared by `podium parse` and `podium import`: reading a results file and
 * resolving `--season` / `--race` against the built-in seasons.
 */
import { errorCodeOf } from '../../shared/common/result';
import type { Race, Season } from '../../shared/domain/types';
import type { FileProblem } from '../../shared/files/problems';
import type { ParseIssue } from '../../shared/results';
import { BUILT_IN_SEASONS, getBuiltInSeason } from '../../shared/seasons/built-in';
import { findRace } from '../../shared/seasons/lookup';
import { FileTooLargeError, InputError, UsageError } from '../errors';

/** `--season` / `--race` resolved; a race alone implies its season. */
export function resolveSeasonAndRace(
  seasonId: string | undefined,
  raceId: string | undefined,
): { season?: Season; race?: Race } {
  let season: Season | undefined;
  if (seasonId !== undefined) {
    season = getBuiltInSeason(seasonId);
    if (!season) {
      throw new UsageError(
        `unknown season "${seasonId}" (known: ${BUILT_IN_SEASONS.map((s) => s.id).join(', ')})`,
      );
    }
  }
  if (raceId === undefined) return { season };
  const candidates = season ? [season] : BUILT_IN_SEASONS;
  for (const s of candidates) {
    const race = findRace(s, raceId);
    if (race) return { season: s, race };
  }
  throw new UsageError(
    `unknown race "${raceId}"${season ? ` in season ${season.id}` : ''} (race ids look like gtws-2025-r1-nations-gf)`,
  );
}

/**
 * A problem of a league file as a compiler-style line: `file:14: message`
 * when the reader knew the line (`line 14: message`), `file: message` otherwise.
 */
export function formatFileProblem(file: string, problem: FileProblem): string {
  const lined = /^line (\d+): ([\s\S]*)$/.exec(problem.message);
  return lined ? `${file}:${lined[1]}: ${lined[2]}` : `${file}: ${problem.message}`;
}

/**
 * The `--json` document of a refused file: each problem's stable code and
 * params (see docs/league-bundle.md) next to its English message.
 */
export function fileProblemsJson(file: string, problems: readonly FileProblem[]) {
  return {
    file,
    problems: problems.map(({ code, params, message }) => ({
      code,
      line: typeof params.line === 'number' ? params.line : null,
      params,
      message,
    })),
  };
}

/** Compiler-style problem line: `file:12: error: message`. */
export function formatIssue(file: string, issue: ParseIssue): string {
  return `${file}:${issue.line}: ${issue.severity}: ${issue.message}`;
}

/**
 * Reads a file for any command: a missing file is a wrong argument (usage
 * error, exit 2); a file over 5 MB is refused before it is read, endless
 * standard input once it passes the limit, and a device, FIFO or socket at
 * once (exit 1).
 */
export async function readInputFile(
  read: (path: string) => Promise<Uint8Array>,
  path: string,
): Promise<Uint8Array> {
  try {
    return await read(path);
  } catch (error) {
    if (error instanceof FileTooLargeError) throw new InputError([`${path}: ${error.message}.`]);
    const code = errorCodeOf(error);
    // Size and file-type refusals carry their own complete message.
    if (code === 'EFBIG' || code === 'ENOTREG') throw new InputError([(error as Error).message]);
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : 'cannot be read';
    throw new UsageError(`${path}: ${why}`);
  }
}

/** Minimal option parser: positionals plus `--name value` and boolean `--flag`. */
export function parseArgs(
  args: readonly string[],
  spec: { values: readonly string[]; flags: readonly string[] },
): { positionals: string[]; values: Map<string, string>; flags: Set<string> } {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.flags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
    } else if (spec.values.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      if (values.has(name)) throw new UsageError(`--${name} given twice`);
      values.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positionals, values, flags };
}
