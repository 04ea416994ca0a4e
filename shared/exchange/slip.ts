/**
 * Pick slips: one member's picks for one league, exported by
 * that member and imported by the others. A slip may carry the salts of the
 * seals its member shared earlier, so importers can verify the seal codes.
 *
 * ```json
 * { "format": "podium-slip", "version": 1,
 *   "leagueId": "friday-club", "seasonId": "gtws-2025",
 *   "member": { "id": "ana", "name": "Ana", "color": "#e10600", "publicKey": "3b6a…" },
 *   "exportedAt": "2025-06-07T10:00:00.000Z",
 *   "picks": [ { "raceId": "gtws-2025-r1-nations-gf",
 *                "podium": ["jose-serrano", "pol-urra", "valerio-gallo"],
 *                "madeAt": "2025-06-06T21:14:03.000Z", "joker": true, "sig": "9c0e…" } ],
 *   "seals": [ { "sealedAt": "…", "salt": "9f…", "raceIds": ["gtws-2025-r1-nations-gf"] } ] }
 * ```
 */
import * as z from 'zod';
import { fail, type Result } from '../common/result';
import { idSchema, instantSchema, memberSchema, pickSchema } from '../domain/schemas';
import type { Member, Pick } from '../domain/types';
import { readVersionedFile, schemaProblems, type FileProblem } from '../files/versioned';

export const SLIP_FORMAT = 'podium-slip';
export const SLIP_VERSION = 1;

/** The envelope the shared reader checks. */
export const SLIP_FILE = { format: SLIP_FORMAT, version: SLIP_VERSION, noun: 'pick slip' } as const;

const slipPickSchema = pickSchema.omit({ memberId: true });

const sealSchema = z.object({
  sealedAt: instantSchema,
  salt: z.string().refine((salt) => /^[0-9a-f]{16,128}$/.test(salt), {
    message: 'salt must be hexadecimal',
    params: { check: 'salt' },
  }),
  raceIds: z.array(idSchema).min(1).max(500),
});

const slipSchema = z.object({
  format: z.literal(SLIP_FORMAT),
  version: z.literal(SLIP_VERSION),
  leagueId: idSchema,
  seasonId: idSchema,
  member: memberSchema,
  exportedAt: instantSchema,
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

export type SlipParseResult = Result<PickSlip, FileProblem>;

/** Line of each pick in the file a slip was read from, for messages about single picks. */
const pickLines = new WeakMap<PickSlip, readonly number[]>();

/** The line of the slip's `index`-th pick in the file it was read from, if known. */
export function slipPickLine(slip: PickSlip, index: number): number | undefined {
  return pickLines.get(slip)?.[index];
}

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
  if (args.member.publicKey) member.publicKey = args.member.publicKey;
  return {
    format: SLIP_FORMAT,
    version: SLIP_VERSION,
    leagueId: args.leagueId,
    seasonId: args.seasonId,
    member,
    exportedAt: args.exportedAt,
    picks: args.picks
      .filter((pick) => pick.memberId === args.member.id)
      .map(({ raceId, podium, madeAt, joker, sig }) => ({
        raceId,
        podium: [...podium] as Pick['podium'],
        madeAt,
        ...(joker ? { joker: true } : {}),
        ...(sig ? { sig } : {}),
      }))
      .sort((a, b) => a.raceId.localeCompare(b.raceId)),
    ...(args.seals?.length ? { seals: args.seals } : {}),
  };
}

export function serializeSlip(slip: PickSlip): string {
  return `${JSON.stringify(slip, null, 2)}\n`;
}

/** Reads a slip file from its bytes (any supported encoding) or text; never throws. Newer versions are refused. */
export function parseSlip(input: Uint8Array | string): SlipParseResult {
  const file = readVersionedFile(input, SLIP_FILE);
  if (!file.ok) return file;
  const parsed = slipSchema.safeParse(file.value.data);
  if (!parsed.success)
    return fail(...schemaProblems(parsed.error, { lines: file.value.lines, data: file.value.data }));
  const data = parsed.data;
  const slip: PickSlip = {
    ...data,
    member: {
      id: data.member.id,
      name: data.member.name,
      ...(data.member.color ? { color: data.member.color } : {}),
      ...(data.member.publicKey ? { publicKey: data.member.publicKey } : {}),
    },
    picks: data.picks.map((pick) => ({ ...pick, podium: [...pick.podium] as Pick['podium'] })),
  };
  pickLines.set(
    slip,
    data.picks.map((_, i) => file.value.lines.get(`picks.${i}`) ?? 0),
  );
  return { ok: true, value: slip };
}
