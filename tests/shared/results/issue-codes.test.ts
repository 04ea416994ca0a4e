/** The issue codes scripts rely on are documented, one row each. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARSE_ISSUE_CODES } from '../../../shared/results';

describe('parse issue codes', () => {
  it('docs/result-files.md lists exactly the codes the parser can emit', () => {
    const doc = readFileSync('docs/result-files.md', 'utf8');
    const section = doc.slice(doc.indexOf('## Issue codes'), doc.indexOf('## Where a table belongs'));
    const documented = [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual([...PARSE_ISSUE_CODES]);
  });
});
