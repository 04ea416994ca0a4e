/**
 * Sealed picks without a server. Before the lock a member
 * shares a short code: a hash over their picks and a random salt. The salt
 * stays on their machine until the lock (without it nobody can try the few
 * thousand possible podiums against the code); after the lock their slip
 * carries the salt and importing it re-computes the code.
 */
import type { Pick } from '../domain/types';
import { sha256 } from '../hash/sha256';
import type { PickSlip, SlipSeal } from './slip';

// Crockford base32: no I, L, O, U, so a code read out in a chat is hard to mistype.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_CHARS = 10;

type SealedPick = Pick | Omit<Pick, 'memberId'>;

/** The exact text that is hashed: one line per sealed race, sorted, then the salt. */
export function sealPayload(
  memberId: string,
  picks: readonly SealedPick[],
  raceIds: readonly string[],
  salt: string,
) {
  const wanted = new Set(raceIds);
  const lines = picks
    .filter((pick) => wanted.has(pick.raceId))
    .map((pick) => `${pick.raceId}=${pick.podium.join(',')}${pick.joker ? ',joker' : ''}`)
    .sort();
  return `podium-seal-v1\n${memberId}\n${lines.join('\n')}\n${salt}`;
}

/** "ABCDE-FGHJK": 50 bits of the SHA-256, grouped for reading aloud. */
export function sealCode(
  memberId: string,
  picks: readonly SealedPick[],
  raceIds: readonly string[],
  salt: string,
) {
  const digest = sha256(sealPayload(memberId, picks, raceIds, salt));
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && code.length < CODE_CHARS) {
      code += ALPHABET[(value >> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (code.length === CODE_CHARS) break;
  }
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Normalises what a person typed: case, spaces, dashes and look-alike letters. */
export function normalizeSealCode(input: string): string {
  const clean = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return clean.length === CODE_CHARS ? `${clean.slice(0, 5)}-${clean.slice(5)}` : clean;
}

/** A random salt as hex, from the caller's random source (WebCrypto in the app). */
export function saltFromBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export type SealCheck =
  | { status: 'match'; seal: SlipSeal }
  | { status: 'mismatch'; message: string }
  | { status: 'no-seal'; message: string };

/**
 * Checks a code the host received earlier against a slip. The slip matches if
 * any of its seals reproduces the code from the slip's picks.
 */
export function verifySeal(slip: PickSlip, code: string): SealCheck {
  const wanted = normalizeSealCode(code);
  if (!slip.seals?.length) {
    return {
      status: 'no-seal',
      message: `${slip.member.name}'s slip carries no seal, so the code cannot be checked.`,
    };
  }
  for (const seal of slip.seals) {
    if (sealCode(slip.member.id, slip.picks, seal.raceIds, seal.salt) === wanted)
      return { status: 'match', seal };
  }
  return {
    status: 'mismatch',
    message: `The picks in ${slip.member.name}'s slip do not match the seal code ${wanted}: they were changed after sealing, or the code is mistyped.`,
  };
}
