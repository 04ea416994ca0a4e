/**
 * Private hot-seat picking: a member may protect their picks on this computer
 * with a PIN or passphrase. Only a salted, stretched hash is stored (settings
 * key `pin:<leagueId>:<memberId>`, so it travels with backups but never with
 * league files or slips). Which member has unlocked their picks lives in
 * memory, per database and per browser tab: a reload or another tab starts
 * locked again, and unlocking one member locks the previous one — the
 * computer is passed on.
 *
 * This is what db/picks.ts and db/drafts.ts consult before reading or
 * writing a member's picks. It keeps friends honest on a shared computer; it
 * is not encryption (someone with the browser's developer tools can read the
 * database), which the Settings text says.
 */
import { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { PodiumDatabase } from './schema';

/** The stored form of a PIN. */
export interface PinRecord {
  salt: string;
  hash: string;
  iterations: number;
}

/** Short PINs are the point (typed on a shared keyboard), so the stretching does the work. */
const ITERATIONS = 60_000;
const MIN_LENGTH = 4;
const MAX_LENGTH = 200;

export type PinErrorCode = 'too-short' | 'too-long' | 'wrong-pin' | 'locked-out';

/** A refused PIN operation; the renderer words it from `code`. */
export class PinError extends Error {
  override readonly name = 'PinError';
  constructor(readonly code: PinErrorCode) {
    super(
      code === 'wrong-pin'
        ? 'Wrong PIN.'
        : code === 'locked-out'
          ? "This member's picks are protected by a PIN on this computer."
          : `A PIN has ${MIN_LENGTH} to ${MAX_LENGTH} characters.`,
    );
  }
}

export const pinKey = (leagueId: string, memberId: string) => `pin:${leagueId}:${memberId}`;
const pinPrefix = (leagueId: string) => `pin:${leagueId}:`;

// Per database object, so tests with their own databases never share an unlocked member.
const sessions = new WeakMap<PodiumDatabase, Map<string, string>>();
const listeners = new Set<() => void>();
let version = 0;

function session(db: PodiumDatabase): Map<string, string> {
  let map = sessions.get(db);
  if (!map) sessions.set(db, (map = new Map()));
  return map;
}

function changed() {
  version++;
  for (const listener of listeners) listener();
}

/** Subscribes to unlock/lock changes (for live queries that mask protected picks). */
export const pinSession = {
  version: () => version,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

async function digest(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  return bytesToHex(
    await pbkdf2Async(sha256, utf8ToBytes(pin.normalize('NFC')), salt, { c: iterations, dkLen: 32 }),
  );
}

/** The ids of the league's members who have a PIN. */
export async function protectedMembers(db: PodiumDatabase, leagueId: string): Promise<Set<string>> {
  const rows = await db.settings.where('key').startsWith(pinPrefix(leagueId)).primaryKeys();
  return new Set(rows.map((key) => String(key).slice(pinPrefix(leagueId).length)));
}

export async function hasPin(db: PodiumDatabase, leagueId: string, memberId: string): Promise<boolean> {
  return (await db.settings.get(pinKey(leagueId, memberId))) !== undefined;
}

/** The member unlocked in this tab for the league, or null. */
export function unlockedMember(db: PodiumDatabase, leagueId: string): string | null {
  return session(db).get(leagueId) ?? null;
}

/** Whether this tab may read and change the member's picks: no PIN, or unlocked here. */
export async function canAccessMember(
  db: PodiumDatabase,
  leagueId: string,
  memberId: string,
): Promise<boolean> {
  return unlockedMember(db, leagueId) === memberId || !(await hasPin(db, leagueId, memberId));
}

/** Throws PinError('locked-out') when this tab may not touch the member's picks. */
export async function assertMemberAccess(
  db: PodiumDatabase,
  leagueId: string,
  memberId: string,
): Promise<void> {
  if (!(await canAccessMember(db, leagueId, memberId))) throw new PinError('locked-out');
}

/** Locks every member of the league in this tab (the computer is being passed on). */
export function lockMembers(db: PodiumDatabase, leagueId: string): void {
  if (session(db).delete(leagueId)) changed();
}

/**
 * Unlocks a member's picks in this tab with their PIN (and locks whoever was
 * unlocked before). A member without a PIN needs none.
 */
export async function unlockMember(
  db: PodiumDatabase,
  leagueId: string,
  memberId: string,
  pin: string,
): Promise<void> {
  const stored = (await db.settings.get(pinKey(leagueId, memberId)))?.value as PinRecord | undefined;
  if (stored && (await digest(pin, hexToBytes(stored.salt), stored.iterations)) !== stored.hash)
    throw new PinError('wrong-pin');
  session(db).set(leagueId, memberId);
  changed();
}

/**
 * Sets or changes a member's PIN. Allowed only to whoever may access the
 * member now (no PIN yet, or unlocked in this tab), so nobody can lock a
 * friend out of their own picks or take over a protected member. The member
 * stays unlocked in this tab.
 */
export async function setPin(
  db: PodiumDatabase,
  leagueId: string,
  memberId: string,
  pin: string,
): Promise<void> {
  if (pin.length < MIN_LENGTH) throw new PinError('too-short');
  if (pin.length > MAX_LENGTH) throw new PinError('too-long');
  await assertMemberAccess(db, leagueId, memberId);
  const salt = randomBytes(16);
  const record: PinRecord = {
    salt: bytesToHex(salt),
    hash: await digest(pin, salt, ITERATIONS),
    iterations: ITERATIONS,
  };
  await db.settings.put({ key: pinKey(leagueId, memberId), value: record });
  session(db).set(leagueId, memberId);
  changed();
}

/** Removes a member's PIN; only while unlocked in this tab. Their picks become visible on this computer. */
export async function removePin(db: PodiumDatabase, leagueId: string, memberId: string): Promise<void> {
  await assertMemberAccess(db, leagueId, memberId);
  await db.settings.delete(pinKey(leagueId, memberId));
  changed();
}

/**
 * For live views: a read refused by the PIN rule yields `fallback` instead of
 * an error (the view is about to give way to the pass-the-computer screen).
 */
export async function unlessLockedOut<T, F>(read: Promise<T>, fallback: F): Promise<T | F> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof PinError && error.code === 'locked-out') return fallback;
    throw error;
  }
}
