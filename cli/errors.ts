/** Wrong arguments: exit code 2. */
export class UsageError extends Error {}

/**
 * Problems in the input files: exit code 1, one message per problem on
 * stderr. A command run with `--json` also gives `json`, printed on stdout so
 * scripts read the problems' stable codes.
 */
export class InputError extends Error {
  constructor(
    readonly messages: string[],
    readonly json?: unknown,
  ) {
    super(messages.join('\n'));
  }
}

const MB = 1024 * 1024;

/** A file over the size limit, found from its size before reading it. */
export class FileTooLargeError extends Error {
  /** The code Node gives a file too large, so callers can test one code for every size refusal. */
  readonly code = 'EFBIG';
  constructor(
    readonly size: number,
    limit: number,
  ) {
    const over = limit % MB === 0 ? `${limit / MB} MB` : `${limit} bytes`;
    super(`the file is ${(size / MB).toFixed(1)} MB; files over ${over} are refused`);
  }
}
