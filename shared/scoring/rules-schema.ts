/**
 * Schema of {@link ScoringRules} in files, apart from the rules themselves:
 * the app's first screen and the scoring engine use the rules without
 * loading zod; only the readers of files (league files, slips, backups) build
 * this schema.
 */
import * as z from 'zod';
import type { ScoringRulesFromFile } from './rules';

const points = z.number().finite().nonnegative().max(1000);

/** Schema of {@link ScoringRules} in files (league bundles). Missing options take their defaults. */
export const scoringRulesSchema = z.object({
  preset: z.enum(['classic', 'proximity', 'distance']),
  overrides: z
    .object({
      exact: points.optional(),
      onPodium: points.optional(),
      adjacent: points.optional(),
      perfectBonus: points.optional(),
      sameThreeBonus: points.optional(),
      distanceTable: z.array(points).max(50).optional(),
    })
    .optional(),
  joker: z.boolean().default(false),
  uniqueBonus: z.boolean().default(false),
  dropWorst: z.number().int().nonnegative().max(100).default(0),
  missedRace: z.enum(['zero', 'lowest']).default('zero'),
  cups: z
    .array(z.enum(['nations', 'manufacturers']))
    .min(1, 'must name at least one cup')
    .refine((cups) => new Set(cups).size === cups.length, {
      message: 'must not name a cup twice',
      params: { check: 'distinct-cups' },
    })
    .optional(),
});

// What the schema outputs is what normalizeRules reads: a field added to one and not the other
// stops the type check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _outputIsRulesFromFile: Same<z.output<typeof scoringRulesSchema>, ScoringRulesFromFile> = true;
