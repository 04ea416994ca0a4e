/**
 * A season inside another file (a league file's `season`) is read by the one
 * season schema: the same problems, each under the field's path, and the same
 * season when it is valid.
 */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import gtws2026 from '../../../shared/seasons/data/gtws-2026.season.json';
import { optionalSeasonSchema, seasonSchema } from '../../../shared/seasons/schema';

const file = z.object({ id: z.string(), season: optionalSeasonSchema });

describe('optionalSeasonSchema', () => {
  it('accepts a file without a season', () => {
    expect(file.safeParse({ id: 'x' })).toEqual({ success: true, data: { id: 'x' } });
  });

  it('reads a valid season exactly as the season schema does', () => {
    const parsed = file.safeParse({ id: 'x', season: gtws2026.season });
    expect(parsed.success && parsed.data.season).toEqual(seasonSchema.parse(gtws2026.season));
  });

  it("reports the season schema's problems under the field, codes and params kept", () => {
    const season = {
      ...gtws2026.season,
      name: '',
      drivers: [...gtws2026.season.drivers, gtws2026.season.drivers[0]],
    };
    const alone = seasonSchema.safeParse(season);
    const inFile = file.safeParse({ id: 'x', season });
    expect(alone.success || inFile.success).toBe(false);
    if (alone.success || inFile.success) return;
    const shape = (issue: z.core.$ZodIssue) => ({
      code: issue.code,
      message: issue.message,
      params: 'params' in issue ? issue.params : undefined,
    });
    expect(inFile.error.issues.map((issue) => issue.path)).toEqual(
      alone.error.issues.map((issue) => ['season', ...issue.path]),
    );
    expect(inFile.error.issues.map(shape)).toEqual(alone.error.issues.map(shape));
    expect(inFile.error.issues.length).toBeGreaterThan(0);
  });

  it('refuses a season that is not an object', () => {
    const parsed = file.safeParse({ id: 'x', season: 5 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['season'], 'invalid_type'],
    ]);
  });
});
