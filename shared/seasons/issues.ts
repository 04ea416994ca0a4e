import type * as z from 'zod';

/** `season.rounds[0].races[2].startsAt` — a path a person can follow in the file. */
export function issuePath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path)
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out;
}

/** One readable message per schema problem, each naming where in the file it is. */
export function formatIssues(error: z.ZodError, root = ''): string[] {
  return error.issues.map((issue) => {
    const where = issuePath(root, issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}
