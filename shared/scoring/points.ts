/**
 * Points are counted in whole thousandths. Rule numbers may be fractional
 * (a league can give 0.1 for a podium driver), and binary floating point
 * would make the same scores added in another order differ
 * (0.1 + 0.2 + 0.3 ≠ 0.3 + 0.2 + 0.1), so two members with equal points
 * could be ranked apart. Every rule number is rounded to the nearest
 * thousandth once, every sum is a sum of integers (exact far beyond any
 * league's totals), and only what is shown is divided back.
 */
export const POINT_SCALE = 1000;

/** A rule number or score in whole thousandths (rounded to the nearest). */
export function toThousandths(points: number): number {
  return Math.round(points * POINT_SCALE);
}

/** Points from whole thousandths: the nearest double to the decimal, so equal counts give equal numbers. */
export function fromThousandths(thousandths: number): number {
  return thousandths / POINT_SCALE;
}

/** `a − b` for two point values, without floating-point residue. */
export function pointsDifference(a: number, b: number): number {
  return fromThousandths(toThousandths(a) - toThousandths(b));
}
