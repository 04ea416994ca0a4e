/**
 * Sealed picks without a server. Before the lock a member shares a code: a
 * hash over a fixed, non-empty list of races with their picks (or "no pick")
 * and a random salt. The salt stays on their machine until those races have
 * started (without it nobody can try the few thousand possible podiums
 * against the code); after the lock their slip carries the salt and importing
 * it re-computes the code.
 *
 * Strength: the sealer chooses the salt, so a cheater would search for two
 * (salt, podium) pairs that give one code and later reveal whichever podium
 * suits them. That is a collision search, about 2^(bits/2) hashes for a
 * `bits`-bit code. The code has 28 Crockford base32 characters (140 bits), so
 * the search costs about 2^70 hashes; the code is still one line in a chat,
 * read in groups of four.
 */
import type { Pick } from '../domain/types';
import { sha256 } from '../hash/sha256';
import type { PickSlip, SlipSeal } from './slip';

// Crockford base32: no I, L, O, U, so a code read out in a chat is hard to mistype.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Characters in a seal code. */
export const SEAL_CODE_CHARS = 28;
/** Bits of the SHA-256 a seal code keeps. */
export const SEAL_CODE_BITS = SEAL_CODE_CHARS * 5;
/** Hashes a sealer needs to find two podiums with one code (birthday bound), as a power of two. */
export const SEAL_COLLISION_WORK_BITS = SEAL_CODE_BITS / 2;
const GROUP = 4;
/** Characters of the codes of the first version (50 bits): too short to prove anything. */
const LEGACY_CODE_CHARS = 10;

type SealedPick = Pick | Omit<Pick, 'memberId'>;

/**
 * The exact text that is hashed: every sealed race (sorted, once) with its
 * pick or `-` for none, then the salt. Races are listed even without a pick,
 * so a seal says "no pick" as firmly as it says which podium.
 */
export function sealPayload(
  memberId: string,
  picks: readonly SealedPick[],
  raceIds: readonly string[],
  salt: string,
) {
  const byRace = new Map(picks.map((pick) => [pick.raceId, pick]));
  const lines = [...new Set(raceIds)].sort().map((raceId) => {
    const pick = byRace.get(raceId);
    return `${raceId}=${pick ? `${pick.podium.join(',')}${pick.joker ? ',joker' : ''}` : '-'}`;
  });
  return `podium-seal-v2\n${memberId}\n${lines.join('\n')}\n${salt}`;
}

/** The first `chars` base32 characters of the payload's SHA-256, in groups of four. */
export function sealCodeOfLength(payload: string, chars: number): string {
  const digest = sha256(payload);
  let code = '';
  let value = 0;
  let bits = 0;
  for (const byte of digest) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && code.length < chars) {
      code += ALPHABET[(value >> (bits - 5)) & 31];
      bits -= 5;
    }
    if (code.length === chars) break;
  }
  return groupCode(code);
}

function groupCode(code: string): string {
  return code.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? '';
}

/** The seal code of a member's picks on a non-empty list of races ("ABCD-EFGH-…", 28 characters). */
export function sealCode(
  memberId: string,
  picks: readonly SealedPick[],
  raceIds: readonly string[],
  salt: string,
) {
  if (raceIds.length === 0) throw new Error('A seal covers at least one race.');
  return sealCodeOfLength(sealPayload(memberId, picks, raceIds, salt), SEAL_CODE_CHARS);
}

/** Normalises what a person typed: case, spaces, dashes and look-alike letters. */
export function normalizeSealCode(input: string): string {
  const clean = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return clean.length === SEAL_CODE_CHARS ? groupCode(clean) : clean;
}

/** True when the text is a complete seal code of this version. */
export function isSealCode(input: string): boolean {
  const clean = normalizeSealCode(input).replace(/-/g, '');
  return clean.length === SEAL_CODE_CHARS && [...clean].every((c) => ALPHABET.includes(c));
}

/** A random salt as hex, from the caller's random source (WebCrypto in the app). */
export function saltFromBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The data a refused seal's sentence uses: whose slip, and the code as normalised. */
export interface SealProblemParams {
  member: string;
  code: string;
}

/** A seal check; every status but `match` is a problem, with an English `message` and its `params`. */
export type SealCheck =
  | { status: 'match'; seal: SlipSeal; raceIds: string[] }
  | { status: 'mismatch' | 'empty' | 'too-short' | 'no-seal'; message: string; params: SealProblemParams };

/**
 * Checks a code received earlier against a slip. The slip matches if one of
 * its seals reproduces the code from the slip's picks; that seal's races are
 * then proven unchanged since sealing. A seal whose races hold no pick proves
 * nothing and is refused, and a 10-character code of the first version is
 * too short to rely on.
 */
export function verifySeal(slip: PickSlip, code: string): SealCheck {
  const wanted = normalizeSealCode(code);
  const params: SealProblemParams = { member: slip.member.name, code: wanted };
  if (wanted.replace(/-/g, '').length === LEGACY_CODE_CHARS) {
    return {
      status: 'too-short',
      params,
      message: `The code ${wanted} comes from an older version of Podium League and is too short to prove anything; ask ${slip.member.name} for a new seal.`,
    };
  }
  if (!slip.seals?.length) {
    return {
      status: 'no-seal',
      params,
      message: `${slip.member.name}'s slip carries no seal, so the code cannot be checked.`,
    };
  }
  for (const seal of slip.seals) {
    if (seal.raceIds.length === 0) continue;
    if (sealCode(slip.member.id, slip.picks, seal.raceIds, seal.salt) !== wanted) continue;
    const sealed = new Set(seal.raceIds);
    if (!slip.picks.some((pick) => sealed.has(pick.raceId))) {
      return {
        status: 'empty',
        params,
        message: `The seal ${wanted} of ${slip.member.name} covers no pick, so it proves nothing.`,
      };
    }
    return { status: 'match', seal, raceIds: [...sealed].sort() };
  }
  return {
    status: 'mismatch',
    params,
    message: `The picks in ${slip.member.name}'s slip do not match the seal code ${wanted}: they were changed after sealing, or the code is mistyped.`,
  };
}

/** A seal code this computer recorded, and when (ms, its own clock). */
export interface RecordedCode {
  code: string;
  recordedAtMs: number;
}

/**
 * For each pick of a slip, the earliest time a seal code covering exactly it
 * was recorded here, if any: the slip's seal must reproduce a recorded code
 * of that member from the slip's own picks, and cover the pick's race. Such a
 * pick counts as having reached this computer at that time.
 */
export function sealCommitments(
  slip: PickSlip,
  recorded: readonly RecordedCode[],
): (pick: { raceId: string; podium: readonly string[]; joker?: boolean }) => number | undefined {
  const byRace = new Map<string, number>();
  for (const { code, recordedAtMs } of recorded) {
    const check = verifySeal(slip, code);
    if (check.status !== 'match') continue;
    for (const raceId of check.raceIds) {
      byRace.set(raceId, Math.min(byRace.get(raceId) ?? Infinity, recordedAtMs));
    }
  }
  const sealed = new Map(slip.picks.map((pick) => [pick.raceId, pick]));
  return (pick) => {
    const committed = byRace.get(pick.raceId);
    const original = sealed.get(pick.raceId);
    if (committed === undefined || !original) return undefined;
    const same =
      original.podium.join() === pick.podium.join() && (original.joker === true) === (pick.joker === true);
    return same ? committed : undefined;
  };
}
