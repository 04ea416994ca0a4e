/**
 * The one shape of an operation that can fail without throwing: a value, or
 * one readable message per problem. Readers of files, the IPC bridge and the
 * platform layer all answer with it, so callers test `ok` and read `value` or
 * `problems` whatever module they call.
 */
export type Result<T, P = string> = { ok: true; value: T } | { ok: false; problems: P[] };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<P = string>(...problems: P[]): { ok: false; problems: P[] } {
  return { ok: false, problems };
}

/** The system's error code of anything thrown (`ENOENT`, `EACCES`, `EPIPE`…), or `''` when it has none. */
export function errorCodeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** The message of anything thrown: an Error's message, anything else as text. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return String(error);
  } catch {
    return 'unknown error';
  }
}
