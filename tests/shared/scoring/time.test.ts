/** The hand-written ISO reader agrees with the platform's date arithmetic on every strict instant. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToMs } from '../../../shared/scoring';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isoToMs', () => {
  it('equals Date.UTC for any YYYY-MM-DDTHH:MM:SS(.sss)Z, a day past the month end included', () => {
    fc.assert(
      fc.property(
        fc.record({
          y: fc.integer({ min: 0, max: 9999 }),
          mo: fc.integer({ min: 1, max: 12 }),
          d: fc.integer({ min: 1, max: 31 }),
          h: fc.integer({ min: 0, max: 23 }),
          mi: fc.integer({ min: 0, max: 59 }),
          s: fc.integer({ min: 0, max: 59 }),
          ms: fc.option(fc.integer({ min: 0, max: 999 })),
        }),
        ({ y, mo, d, h, mi, s, ms }) => {
          const text = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${ms === null ? '' : `.${pad(ms, 3)}`}Z`;
          const date = new Date(0);
          date.setUTCFullYear(y, mo - 1, d);
          date.setUTCHours(h, mi, s, ms ?? 0);
          expect(isoToMs(text)).toBe(date.getTime());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads other forms through Date.parse and gives NaN for text that is not a date', () => {
    expect(isoToMs('2025-06-01T12:00:00+02:00')).toBe(Date.UTC(2025, 5, 1, 10));
    expect(isoToMs('2025-13-01T00:00:00Z')).toBeNaN();
    expect(isoToMs('yesterday')).toBeNaN();
  });
});
