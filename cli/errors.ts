/** Wrong arguments: exit code 2. */
export class UsageError extends Error {}

/** Problems in the input files: exit code 1, one message per problem on stderr. */
export class InputError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join('\n'));
  }
}

/** A file over the size limit, found before reading it. */
export class FileTooLargeError extends Error {
  constructor(readonly size: number) {
    super(`the file is ${(size / (1024 * 1024)).toFixed(1)} MB; files over 5 MB are refused`);
  }
}
