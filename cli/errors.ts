/** Wrong arguments: exit code 2. */
export class UsageError extends Error {}

/** Problems in the input files: exit code 1, one message per problem on stderr. */
export class InputError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join('\n'));
  }
}
