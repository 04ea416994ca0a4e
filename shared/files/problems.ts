/**
 * Problems of the app's own files (league files, pick slips, backups, season
 * files) as codes with parameters. Screens word them from their catalogues in
 * the user's language; `message` is the same problem in English for the CLI
 * and logs.
 *
 * Parameters every code may carry: `line` (1-based line of the value in the
 * file, when known), `path` (where in the file, e.g. `members › 3 › name`)
 * and `file` (the file's name, where a list covers several files).
 */
import type * as z from 'zod';

/**
 * Every file problem the app reports. Codes are stable: the CLI's `--json`
 * output and the screens' catalogues key on them.
 */
export const FILE_PROBLEM_CODES = [
  /** `limitMb`: the file is over the size limit. */
  'too-large',
  /** The bytes are not text the app reads; `reason` is a results-parser code (`utf32`, `binary-data`, …) with its params. */
  'not-text',
  /** Nothing but white space. */
  'empty',
  /** `syntax` (a JSON_SYNTAX_CODES code) and its params (`char`, `close`, `depth`), on `line`. */
  'not-json',
  /** `kind` (`podium-league`, `podium-slip`, `podium-backup`, `podium-season`): the file is not that kind of file. */
  'wrong-format',
  /** `kind`, `version` (the version to add): the file has its `format` but no `version`. */
  'missing-version',
  /** `found`, `reads`: made by a newer app. */
  'newer-version',
  /** `found` (as written in the file), `oldest`, `newest`: a version this app does not read. */
  'unsupported-version',
  /** `found`: a backup of a newer database schema. */
  'newer-database',
  /**
   * A value does not fit the format. `issue` is the kind of mismatch (zod's
   * issue code: `invalid_type`, `too_small`, `too_big`, `invalid_value`,
   * `invalid_format`, `unrecognized_keys`, `custom`, …) with `expected`,
   * `received`, `minimum`, `maximum`, `origin` (`string`, `number`,
   * `array`), `format`, `values`, `keys` as they apply; a `custom` check may
   * name its rule in `check` (`instant`, `safe-id`, `distinct-podium`,
   * `driver-or-team`, `distinct-cups`, `public-key`, `signature`, `salt`,
   * `slug`, `country-code`).
   */
  'schema',
  /** `what` (`season`, `league`, `member`, `race`, `round`, `driver`, `team`, `entry`), `id`: refers to something the file does not have. */
  'unknown-id',
  /** `what`, `id`: the same id twice. */
  'duplicate-id',
  /** `race`: a second result for one race. */
  'second-result',
  /** `member`, `race`: a second pick of one member for one race. */
  'second-pick',
  /** `round`: a team's second line-up for one round. */
  'second-line-up',
  /** `position`: two rows of a classification at one position. */
  'duplicate-position',
  /** `number`: two rounds with one number. */
  'duplicate-round-number',
  /** `entry`: one entry classified twice. */
  'classified-twice',
  /** `race`: a pick for a race that takes no picks. */
  'not-open-for-picks',
  /** `entry`, `cup` (`nations`, `manufacturers`), `race`: a pick names an entry not on the race's entry list. */
  'not-on-entry-list',
  /** `race`: a pick for a race outside the league's season. */
  'not-race-of-season',
  /** `race`, `startsAt`: a pick made once its race had started. */
  'pick-after-start',
  /** `found`, `expected`: the season in the file is not the league's season. */
  'season-mismatch',
  /** `expected`: a value that must repeat the id it belongs to (`<round>-<cup>-<session>` for race ids). */
  'must-be',
  /** A round without a date that is not marked to be announced. */
  'date-required',
  /** A round ending before it starts. */
  'end-before-date',
  /** A Nations Cup result row without `driverId`. */
  'driver-id-required',
  /** `entry`: a line-up naming a driver who is not one of the team's. */
  'not-team-driver',
  /** `member`, `expected`: a synced-folder slip file holding another member's slip; `expected` is that slip's file name. */
  'slip-file-name',
  /** A synced-folder entry that is a link to another file (links are not followed). */
  'linked-file',
  /** A synced-folder entry that is not a regular file (a folder, a device…). */
  'not-regular-file',
  /** `twin`: a synced-folder file that is a hard link of another slip file. */
  'hard-link',
  /** `fs` (the system's error code: `EACCES`, `EISDIR`, `EBUSY`, …): a synced-folder file that could not be read. */
  'unreadable',
  /**
   * A synced-folder scan stopped at a limit: `limit` (`names`: entries looked at, `slips`: slip
   * files read, `bytes`: slip text read), `max` (the limit; for `bytes`, in MB), `files` (slip files left unread).
   */
  'scan-limit',
  /** `member`: a synced-folder slip of someone who is not a member of the league here (import it by hand to add them). */
  'not-a-member',
  /** A synced-folder file still being copied (not complete JSON yet); read again shortly. */
  'incomplete',
  /** `count`: problems left out of the list. */
  'more-problems',
  /** `fs` (the system's error code): a file the user chose could not be opened or read. */
  'cannot-open',
  /** `fs`: a file could not be saved where the user chose. */
  'cannot-save',
  /** `fs`: this computer's slip file could not be written into the synced folder. */
  'cannot-write-slip',
  /** `fs`: the synced folder could not be read. */
  'cannot-read-folder',
  /** A synced folder the app was not given through its folder dialog (or has forgotten). */
  'folder-not-chosen',
  /** The slip file is already in the synced folder and was written by another computer. */
  'slip-not-owned',
  /** `max`: this computer already writes that many slip files in the synced folder. */
  'too-many-own-slips',
  /** The synced folder is not available in this build. */
  'folder-sync-unavailable',
  /** A request to the desktop side that did not come from the app's window. */
  'refused-request',
  /**
   * Something failed that the app did not expect (a bug, a refused request);
   * `detail` is the English technical text, shown apart from the sentence.
   */
  'unexpected',
] as const;

export type FileProblemCode = (typeof FILE_PROBLEM_CODES)[number];

export type FileProblemParams = Readonly<Record<string, string | number>>;

/** One problem of a file: a stable code, the data its sentence uses, and the sentence in English. */
export interface FileProblem {
  code: FileProblemCode;
  params: FileProblemParams;
  /** The problem in English (`line 14: picks[3].madeAt: …`), for the CLI and logs. */
  message: string;
}

export function fileProblem(
  code: FileProblemCode,
  message: string,
  params: FileProblemParams = {},
): FileProblem {
  return { code, params, message };
}

/** Something the app did not expect, `detail` being the English technical text (shown apart, or logged). */
export function unexpectedProblem(detail: string, params: FileProblemParams = {}): FileProblem {
  return fileProblem('unexpected', detail, { ...params, detail });
}

const CODES: ReadonlySet<string> = new Set(FILE_PROBLEM_CODES);

export function isFileProblemCode(code: unknown): code is FileProblemCode {
  return typeof code === 'string' && CODES.has(code);
}

/** `season.rounds[0].races[2].startsAt` — the path as English messages write it. */
export function issuePath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path)
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out;
}

/** `members › 3 › name` — the path as the screens show it, the same in every language. */
export function readablePath(path: readonly PropertyKey[]): string {
  return path.map(String).join(' › ');
}

/**
 * The line of the value at `path`, or of its nearest recorded parent (lines
 * are kept for the first few levels only).
 */
export function lineOf(lines: ReadonlyMap<string, number>, path: readonly PropertyKey[]): number | null {
  for (let n = path.length; n >= 0; n--) {
    const line = lines.get(path.slice(0, n).map(String).join('.'));
    if (line !== undefined) return line;
  }
  return null;
}

/**
 * A problem at `path` in the file: its `line` and `path` params are filled
 * in, and the English message is `line 14: picks[3].madeAt: detail`.
 */
export function problemAt(
  lines: ReadonlyMap<string, number>,
  path: readonly PropertyKey[],
  code: FileProblemCode,
  detail: string,
  params: FileProblemParams = {},
): FileProblem {
  const line = lineOf(lines, path);
  const where = issuePath('', path);
  return {
    code,
    params: { ...params, ...(line !== null ? { line } : {}), ...(where ? { path: readablePath(path) } : {}) },
    message: `${line !== null ? `line ${line}: ` : ''}${where ? `${where}: ` : ''}${detail}`,
  };
}

/** `(and 12 more problems)` closing a list cut at its limit. */
export function moreProblems(count: number): FileProblem {
  return fileProblem('more-problems', `…and ${count} more problems.`, { count });
}

/** The JSON type name of a value, as zod names expected types. */
function typeOf(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (Array.isArray(value)) value = typeof key === 'number' ? value[key] : undefined;
    else value = Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

const listed = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** The params of one zod issue: what kind of mismatch, and what was expected. */
function schemaParams(issue: z.core.$ZodIssue, data: unknown, path: readonly PropertyKey[]) {
  const params: Record<string, string | number> = { issue: issue.code };
  switch (issue.code) {
    case 'invalid_type':
      params.expected = issue.expected;
      params.received = typeOf(valueAt(data, path));
      break;
    case 'too_small':
      params.origin = issue.origin;
      params.minimum = Number(issue.minimum);
      if (issue.inclusive === false) params.exclusive = 1;
      break;
    case 'too_big':
      params.origin = issue.origin;
      params.maximum = Number(issue.maximum);
      if (issue.inclusive === false) params.exclusive = 1;
      break;
    case 'invalid_value':
      params.values = listed(issue.values);
      break;
    case 'invalid_format':
      params.format = issue.format;
      break;
    case 'unrecognized_keys':
      params.keys = issue.keys.join(', ');
      break;
    case 'not_multiple_of':
      params.divisor = Number(issue.divisor);
      break;
    case 'custom': {
      // A check that names its own problem (see shared/seasons/schema.ts) keeps its code and params.
      const own = issue.params;
      if (own && isFileProblemCode(own.problem)) {
        const checked: Record<string, string | number> = {};
        for (const [key, value] of Object.entries(own))
          if (key !== 'problem' && (typeof value === 'string' || typeof value === 'number'))
            checked[key] = value;
        return { code: own.problem, params: checked };
      }
      if (own && typeof own.check === 'string') params.check = own.check;
      break;
    }
    default:
      break;
  }
  return { code: 'schema' as const, params };
}

export interface SchemaProblemOptions {
  /** Line of each value by path, from the file reader. */
  lines?: ReadonlyMap<string, number>;
  /** The JSON value the schema checked, to say what was found where a type was expected. */
  data?: unknown;
  /** Path of the checked value in the file, when the schema checked a part of it. */
  root?: readonly PropertyKey[];
  /** Most problems listed; the rest become one `more-problems`. */
  limit?: number;
}

/**
 * One problem per zod issue, with its line and readable path: code `schema`
 * (or the code a check gave its issue) and params instead of zod's English,
 * which is kept as the message.
 */
export function schemaProblems(error: z.ZodError, options: SchemaProblemOptions = {}): FileProblem[] {
  const { lines = new Map<string, number>(), data, root = [], limit = 50 } = options;
  const problems = error.issues.slice(0, limit).map((issue) => {
    const { code, params } = schemaParams(issue, data, issue.path);
    return problemAt(lines, [...root, ...issue.path], code, issue.message, params);
  });
  if (error.issues.length > limit) problems.push(moreProblems(error.issues.length - limit));
  return problems;
}
