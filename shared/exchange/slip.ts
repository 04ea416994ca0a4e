/**
 * Pick slips (DESIGN.md §7): one member's picks for one league, exported by
 * that member and imported by the others. A slip may carry the salts of the
 * seals its member shared earlier, so importers can verify the seal codes.
 *
 * ```json
 * { "format": "podium-slip", "version": 1,
 *   "leagueId": "friday-club", "seasonId": "gtws-2025",
 *   "member": { "id": "ana", "name": "Ana", "color": "#e10600" },
 *   "exportedAt": "2025-06-07T10:00:00.000Z",
 *   "picks": [ { "raceId": "gtws-2025-r1-nations-gf",
 *                "podium": ["jose-serrano", "pol-urra", "valerio-gallo"],
 *                "madeAt": "2025-06-06T21:14:03.000Z", "joker": true } ],
 *   "seals": [ { "sealedAt": "…", "salt": "9f…", "raceIds": ["gtws-2025-r1-nations-gf"] } ] }
 * ```
 */
import { z } from 'zod';
import type { Member, Pick } from '../domain/types';
import { isZonedInstant } from '../scoring/time';
import { idSchema, nameSchema } from '../domain/names';

export const SLIP_FORMAT = 'podium-slip';
export const SLIP_VERSION = 1;

// Ids become file names (shared folder) and URL parts; the member's name is shown to everyone.
const id = idSchema;
const isoTime = z
  .string()
  .refine(isZonedInstant, 'must be an ISO date-time with its zone, like "2025-06-01T10:00:00Z"');

const slipPickSchema = z.object({
  raceId: id,
  podium: z
    .tuple([id, id, id])
    .refine((podium) => new Set(podium).size === 3, 'a podium names three different drivers'),
  madeAt: isoTime,
  joker: z.boolean().optional(),
});

const sealSchema = z.object({
  sealedAt: isoTime,
  salt: z.string().regex(/^[0-9a-f]{16,128}$/, 'salt must be hexadecimal'),
  raceIds: z.array(id).min(1).max(500),
});

const slipSchema = z.object({
  format: z.literal(SLIP_FORMAT),
  version: z.literal(SLIP_VERSION),
  leagueId: id,
  seasonId: id,
  member: z.object({ id, name: nameSchema(100), color: z.string().max(40).optional() }),
  exportedAt: isoTime,
  picks: z.array(slipPickSchema).max(10_000),
  seals: z.array(sealSchema).max(500).optional(),
});

/** A seal's secret half: revealed in the slip after the lock so the code can be checked. */
export type SlipSeal = z.infer<typeof sealSchema>;

/** One member's picks for one league. */
export interface PickSlip {
  format: typeof SLIP_FORMAT;
  version: typeof SLIP_VERSION;
  leagueId: string;
  seasonId: string;
  member: Member;
  exportedAt: string;
  picks: Omit<Pick, 'memberId'>[];
  seals?: SlipSeal[];
}

export type SlipParseResult = { ok: true; slip: PickSlip } | { ok: false; errors: string[] };

/** Builds a slip from a member's picks (only that member's picks are taken). */
export function createSlip(args: {
  leagueId: string;
  seasonId: string;
  member: Member;
  picks: readonly Pick[];
  exportedAt: string;
  seals?: SlipSeal[];
}): PickSlip {
  const member: Member = { id: args.member.id, name: args.member.name };
  if (args.member.color) member.color = args.member.color;
  return {
    format: SLIP_FORMAT,
    version: SLIP_VERSION,
    leagueId: args.leagueId,
    seasonId: args.seasonId,
    member,
    exportedAt: args.exportedAt,
    picks: args.picks
      .filter((pick) => pick.memberId === args.member.id)
      .map(({ raceId, podium, madeAt, joker }) => ({
        raceId,
        podium: [...podium] as Pick['podium'],
        madeAt,
        ...(joker ? { joker: true } : {}),
      }))
      .sort((a, b) => a.raceId.localeCompare(b.raceId)),
    ...(args.seals?.length ? { seals: args.seals } : {}),
  };
}

export function serializeSlip(slip: PickSlip): string {
  return `${JSON.stringify(slip, null, 2)}\n`;
}

/** Reads a slip file; never throws. Unknown future versions are refused with a clear message. */
export function parseSlip(text: string): SlipParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [`Not a pick slip: the file is not valid JSON (${(error as Error).message}).`],
    };
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const { format, version } = data as { format?: unknown; version?: unknown };
    if (format !== SLIP_FORMAT) {
      return { ok: false, errors: [`Not a pick slip: "format" should be "${SLIP_FORMAT}".`] };
    }
    if (typeof version === 'number' && version > SLIP_VERSION) {
      return {
        ok: false,
        errors: [
          `This pick slip was made by a newer version of Podium League (format version ${version}); this app reads version ${SLIP_VERSION}. Update the app to import it.`,
        ],
      };
    }
  }
  const parsed = slipSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'slip'}: ${issue.message}`),
    };
  }
  const slip = parsed.data;
  return {
    ok: true,
    slip: {
      ...slip,
      member: {
        id: slip.member.id,
        name: slip.member.name,
        ...(slip.member.color ? { color: slip.member.color } : {}),
      },
      picks: slip.picks.map((pick) => ({ ...pick, podium: [...pick.podium] as Pick['podium'] })),
    },
  };
}
