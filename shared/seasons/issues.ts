import type { z } from 'zod';

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

/** JSON.parse that reports a readable message instead of throwing. */
export function parseJsonText(
  text: string,
  what: string,
): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  if (text.trim() === '') return { ok: false, errors: [`The ${what} is empty.`] };
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`The ${what} is not valid JSON: ${detail}`] };
  }
}
