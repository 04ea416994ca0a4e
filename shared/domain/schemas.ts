/**
 * Schemas of the league data friends exchange and the database keeps:
 * members, picks, results, leagues. League files, pick slips and backups are
 * all read with these, so a row that is valid in one is valid in all, and a
 * backup cannot restore a row the app would never have written.
 *
 * Unknown keys are stripped (objects are rebuilt, never merged), so a
 * `__proto__` key in a file cannot reach a prototype.
 */
import * as z from 'zod';
import { isZonedInstant, ZONED_INSTANT_MESSAGE } from '../common/instant';
import { scoringRulesSchema } from '../scoring/rules-schema';
import { idSchema, nameSchema as cleanedName } from './names';

/** Ids become file names and URL parts: no separators, spaces or control characters. */
export { idSchema };
/** Names are shown everywhere: hidden and control characters are removed on read. */
export const nameSchema = cleanedName(200);

/** An Ed25519 public key as files write it: 64 lower-case hex characters. */
export const isPublicKeyHex = (value: string) => /^[0-9a-f]{64}$/.test(value);
/** A check named for the screens (`check`), zod's English kept for the CLI. */
export const PUBLIC_KEY_CHECK = {
  message: 'must be an Ed25519 public key (64 hex characters)',
  params: { check: 'public-key' },
};
/** An Ed25519 signature as files write it: 128 lower-case hex characters. */
export const isSignatureHex = (value: string) => /^[0-9a-f]{128}$/.test(value);
export const SIGNATURE_CHECK = {
  message: 'must be an Ed25519 signature (128 hex characters)',
  params: { check: 'signature' },
};
/** An instant with its zone, on a day that exists. */
export const instantSchema = z
  .string()
  .refine(isZonedInstant, { message: ZONED_INSTANT_MESSAGE, params: { check: 'instant' } });

export const memberSchema = z.object({
  id: idSchema,
  name: nameSchema,
  color: z.string().max(100).optional(),
  /** Ed25519 public key (hex) the member signs their picks with. */
  publicKey: z.string().refine(isPublicKeyHex, PUBLIC_KEY_CHECK).optional(),
});

export const podiumSchema = z
  .tuple([idSchema, idSchema, idSchema])
  .refine(([a, b, c]) => a !== b && a !== c && b !== c, {
    message: 'must name three different entries',
    params: { check: 'distinct-podium' },
  });

export const pickSchema = z.object({
  memberId: idSchema,
  raceId: idSchema,
  podium: podiumSchema,
  madeAt: instantSchema,
  joker: z.boolean().optional(),
  /** The member's Ed25519 signature (hex) over the pick. */
  sig: z.string().refine(isSignatureHex, SIGNATURE_CHECK).optional(),
});

export const resultRowSchema = z.object({
  position: z.number().int().positive(),
  driverId: idSchema,
  status: z.enum(['finished', 'dnf', 'dsq', 'dns']).default('finished'),
  time: z.string().nullable().optional(),
  timeMs: z.number().nullable().optional(),
  gapMs: z.number().nullable().optional(),
  points: z.number().nullable().optional(),
});

/**
 * A result row as league files write it: a Nations Cup row names its driver
 * (`driverId`), a Manufacturers Cup row its team (`teamId`). Exactly one of
 * the two; the file reader checks which one the race's cup needs and maps it
 * to the app's `driverId` (the entry id).
 */
export const fileResultRowSchema = resultRowSchema
  .extend({ driverId: idSchema.optional(), teamId: idSchema.optional() })
  .refine((row) => (row.driverId === undefined) !== (row.teamId === undefined), {
    message: 'must name either "driverId" (Nations Cup) or "teamId" (Manufacturers Cup)',
    params: { check: 'driver-or-team' },
  });

export const raceResultSchema = z.object({
  raceId: idSchema,
  classification: z.array(resultRowSchema),
  fastestLap: z
    .object({
      driverId: idSchema.nullable(),
      driver: z.string(),
      time: z.string(),
      timeMs: z.number().nullable(),
    })
    .nullable()
    .optional(),
  source: z
    .object({
      fileName: z.string(),
      sha256: z.string(),
      importedAt: instantSchema,
      /** Report URLs of a result that came with a built-in season. */
      urls: z.array(z.url({ protocol: /^https?$/ })).optional(),
    })
    .nullable()
    .optional(),
  /** Only the first positions are known (podium only, winner only). */
  partial: z.boolean().optional(),
  /** When the result was first stored: the replay cut-off for picks. */
  storedAt: instantSchema.optional(),
});

export const leagueSchema = z.object({
  id: idSchema,
  name: nameSchema,
  seasonId: idSchema,
  rules: scoringRulesSchema,
  createdAt: instantSchema,
  replay: z.boolean().optional(),
});

/** A race result as league files write it (rows per {@link fileResultRowSchema}). */
export const fileRaceResultSchema = raceResultSchema.extend({ classification: z.array(fileResultRowSchema) });
