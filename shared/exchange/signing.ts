/**
 * Ed25519 signatures on what friends exchange. Each member's picks are
 * signed with a key made on the computer that member picks on; the league's
 * name, rules and members are signed with the host's key. Everyone else only
 * holds public keys, so nobody — host included — can make a valid signature
 * for somebody else's pick, and an edited file fails verification.
 *
 * Keys and signatures are lowercase hex (64 and 128 characters). Signed text
 * is built field by field (never `JSON.stringify` of an object whose key order
 * could vary), so the same pick gives the same bytes on every machine.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { utf8Bytes } from '../hash/sha256';
import type { Pick } from '../domain/types';

/** A public key: 32 bytes as 64 hex characters. */
export const PUBLIC_KEY_PATTERN = /^[0-9a-f]{64}$/;
/** A signature: 64 bytes as 128 hex characters. */
export const SIGNATURE_PATTERN = /^[0-9a-f]{128}$/;

/** A member's or host's key pair, kept only on the computer that made it. */
export interface SigningKey {
  publicKey: string;
  secretKey: string;
}

/** A new key pair from the caller's random source (32 bytes: WebCrypto in the app). */
export function makeSigningKey(random32: Uint8Array): SigningKey {
  if (random32.length !== 32) throw new Error('A signing key needs 32 random bytes.');
  const secretKey = bytesToHex(random32);
  return { secretKey, publicKey: bytesToHex(ed25519.getPublicKey(random32)) };
}

export function signText(text: string, key: SigningKey): string {
  return bytesToHex(ed25519.sign(utf8Bytes(text), hexToBytes(key.secretKey)));
}

/** True only for a well-formed signature by `publicKey` over exactly `text`; never throws. */
export function verifyText(text: string, signature: string, publicKey: string): boolean {
  if (!SIGNATURE_PATTERN.test(signature) || !PUBLIC_KEY_PATTERN.test(publicKey)) return false;
  try {
    return ed25519.verify(hexToBytes(signature), utf8Bytes(text), hexToBytes(publicKey));
  } catch {
    return false;
  }
}

/** A pick as exchanged: optionally carrying its member's signature. */
export type SignedPick = Pick & { sig?: string };

/**
 * The signed text of a pick: league, member, race, podium, joker and the
 * member's own stamp. The league is in it so a pick cannot be replayed into
 * another league with the same member id.
 */
export function pickSigningText(leagueId: string, pick: Pick): string {
  return [
    'podium-pick-v1',
    leagueId,
    pick.memberId,
    pick.raceId,
    pick.podium.join(','),
    pick.joker ? 'joker' : '-',
    pick.madeAt,
  ].join('\n');
}

export function signPick(leagueId: string, pick: Pick, key: SigningKey): string {
  return signText(pickSigningText(leagueId, pick), key);
}

export function verifyPick(leagueId: string, pick: SignedPick, publicKey: string): boolean {
  return pick.sig !== undefined && verifyText(pickSigningText(leagueId, pick), pick.sig, publicKey);
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
