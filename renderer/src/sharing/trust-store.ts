/**
 * What this computer keeps to make shared files trustworthy, in the settings
 * table (one row per league and purpose, keys starting `trust:<leagueId>:`):
 *
 * - `key:<memberId>`: the secret signing key of a member who picks on this
 *   computer (made here, never exported; the member's public key is on their
 *   member record and travels in league files and slips);
 * - `host`: the league host's secret key, on the computer that hosts it;
 * - `host-key`: the league host's public key as pinned here;
 * - `joined`: the league came here by joining a friend's league file;
 * - `late`: picks that arrived after their race's lock, waiting for the group;
 * - `codes`: seal codes friends posted, recorded with this computer's clock.
 */
import {
  makeSigningKey,
  normalizeSealCode,
  signPick,
  type LatePick,
  type SignatureContext,
  type SigningKey,
} from '../../../shared/exchange';
import type { Pick } from '../../../shared/domain/types';
import type { PodiumDatabase } from '../db/schema';
import type { PickRecord } from '../db/records';
import { allowLockedPickWrites } from '../db/lock-guard';
import { nowIso } from '../app/clock';

import {
  codesKey,
  hostPublicKey,
  hostSecretKey,
  joinedKey,
  lateKey,
  memberKeyKey,
  prefix,
} from './trust-keys';

/** Random bytes for keys (WebCrypto, in the app and in Node). */
export const randomKeyBytes = () => crypto.getRandomValues(new Uint8Array(32));

function isSigningKey(value: unknown): value is SigningKey {
  const key = value as Partial<SigningKey> | undefined;
  return typeof key?.publicKey === 'string' && typeof key.secretKey === 'string';
}

/** Secret keys of the members who pick on this computer, by member id. */
export async function ownMemberKeys(db: PodiumDatabase, leagueId: string): Promise<Map<string, SigningKey>> {
  const rows = await db.settings
    .where('key')
    .startsWith(`${prefix(leagueId)}key:`)
    .toArray();
  const keys = new Map<string, SigningKey>();
  for (const row of rows)
    if (isSigningKey(row.value)) keys.set(row.key.slice(memberKeyKey(leagueId, '').length), row.value);
  return keys;
}

/**
 * The key this computer signs a member's picks with, made now when the member
 * has none yet. Null when the member's key was made on another computer: their
 * picks can only be signed there. Call inside a read-write transaction over
 * members and settings.
 */
export async function ensureMemberKey(
  db: PodiumDatabase,
  leagueId: string,
  memberId: string,
): Promise<SigningKey | null> {
  const row = await db.settings.get(memberKeyKey(leagueId, memberId));
  if (isSigningKey(row?.value)) return row.value;
  const member = await db.members.get([leagueId, memberId]);
  if (!member || member.publicKey) return null;
  const key = makeSigningKey(randomKeyBytes());
  await db.settings.put({ key: memberKeyKey(leagueId, memberId), value: key });
  await db.members.put({ ...member, publicKey: key.publicKey });
  return key;
}

/** The host's secret key when this computer hosts the league. */
export async function ownHostKey(db: PodiumDatabase, leagueId: string): Promise<SigningKey | null> {
  const row = await db.settings.get(hostSecretKey(leagueId));
  return isSigningKey(row?.value) ? row.value : null;
}

/**
 * The host key of a league made on this computer, made on its first export.
 * Null when the league was joined from a friend's file, or its host is pinned
 * to another computer's key.
 */
export async function ensureHostKey(db: PodiumDatabase, leagueId: string): Promise<SigningKey | null> {
  const own = await ownHostKey(db, leagueId);
  if (own) return own;
  if ((await pinnedHostKey(db, leagueId)) || (await db.settings.get(joinedKey(leagueId)))?.value === true)
    return null;
  const key = makeSigningKey(randomKeyBytes());
  await db.settings.put({ key: hostSecretKey(leagueId), value: key });
  await pinHostKey(db, leagueId, key.publicKey);
  return key;
}

export async function pinnedHostKey(db: PodiumDatabase, leagueId: string): Promise<string | undefined> {
  const value = (await db.settings.get(hostPublicKey(leagueId)))?.value;
  return typeof value === 'string' ? value : undefined;
}

export async function pinHostKey(db: PodiumDatabase, leagueId: string, publicKey: string): Promise<void> {
  await db.settings.put({ key: hostPublicKey(leagueId), value: publicKey });
}

export async function markJoined(db: PodiumDatabase, leagueId: string): Promise<void> {
  await db.settings.put({ key: joinedKey(leagueId), value: true });
}

/**
 * Who signs for whom in a league here: pinned member keys (plus keys this
 * import is about to pin), and the members whose secret key is here.
 */
export async function signatureContext(
  db: PodiumDatabase,
  leagueId: string,
  newKeys: ReadonlyMap<string, string> = new Map(),
): Promise<SignatureContext> {
  const [members, own] = await Promise.all([
    db.members.where('leagueId').equals(leagueId).toArray(),
    ownMemberKeys(db, leagueId),
  ]);
  const pinned = new Map(members.flatMap((m) => (m.publicKey ? [[m.id, m.publicKey] as const] : [])));
  return {
    leagueId,
    keyOf: (memberId) => pinned.get(memberId) ?? newKeys.get(memberId),
    isOwn: (memberId) => own.has(memberId),
  };
}

/**
 * Picks ready to leave this computer: picks of members whose key is here are
 * signed now; picks that came from elsewhere keep the signature they came
 * with; picks of members who sign elsewhere and were changed here go unsigned
 * (their friends' computers refuse them).
 */
export function signForExport<P extends Pick>(
  leagueId: string,
  picks: readonly P[],
  own: ReadonlyMap<string, SigningKey>,
): Pick[] {
  return picks.map((record) => {
    const { memberId, raceId, podium, madeAt, joker, sig } = record;
    const pick: Pick = { memberId, raceId, podium: [podium[0], podium[1], podium[2]], madeAt };
    if (joker) pick.joker = true;
    const key = own.get(memberId);
    if (key) pick.sig = signPick(leagueId, pick, key);
    else if (sig) pick.sig = sig;
    return pick;
  });
}

/** A pick that arrived after its lock, kept until the group accepts or dismisses it. */
export interface StoredLatePick extends LatePick {
  /** How it came: a slip imported by hand, a league file, or the shared folder. */
  via: 'slip' | 'league-file' | 'folder';
  /** Set when the group turned it down: kept so the same file read again does not bring it back. */
  dismissedAt?: string;
}

async function readLateList(db: PodiumDatabase, leagueId: string): Promise<StoredLatePick[]> {
  const value = (await db.settings.get(lateKey(leagueId)))?.value;
  return Array.isArray(value) ? (value as StoredLatePick[]) : [];
}

/** Late picks waiting for the group's decision. */
export async function readLatePicks(db: PodiumDatabase, leagueId: string): Promise<StoredLatePick[]> {
  return (await readLateList(db, leagueId)).filter((item) => item.dismissedAt === undefined);
}

const sameSlot = (a: Pick, b: { memberId: string; raceId: string }) =>
  a.memberId === b.memberId && a.raceId === b.raceId;

/** Adds late picks (the newest per member and race stays). Call inside a read-write transaction over settings. */
export async function addLatePicks(
  db: PodiumDatabase,
  leagueId: string,
  late: readonly LatePick[],
  via: StoredLatePick['via'],
): Promise<void> {
  if (late.length === 0) return;
  let list = await readLateList(db, leagueId);
  let changed = false;
  for (const item of late) {
    const held = list.find((l) => sameSlot(l.pick, item.pick));
    if (held && Date.parse(held.pick.madeAt) > Date.parse(item.pick.madeAt)) continue;
    if (held && held.pick.madeAt === item.pick.madeAt && held.pick.podium.join() === item.pick.podium.join())
      continue;
    list = [...list.filter((l) => !sameSlot(l.pick, item.pick)), { ...item, via }];
    changed = true;
  }
  // The shared folder is read every 30 seconds: the same late pick again writes nothing.
  if (changed) await db.settings.put({ key: lateKey(leagueId), value: list });
}

/**
 * Takes one waiting late pick off the list: removed when accepted (it is a
 * counted pick from then on), marked dismissed when turned down. Returns it.
 */
export async function settleLatePick(
  db: PodiumDatabase,
  leagueId: string,
  slot: { memberId: string; raceId: string },
  dismissedAt: string | null,
): Promise<StoredLatePick | undefined> {
  const list = await readLateList(db, leagueId);
  const item = list.find((l) => sameSlot(l.pick, slot) && l.dismissedAt === undefined);
  if (!item) return undefined;
  const rest = list.filter((l) => l !== item);
  await db.settings.put({
    key: lateKey(leagueId),
    value: dismissedAt === null ? rest : [...rest, { ...item, dismissedAt }],
  });
  return item;
}

/** A seal code a friend posted, and when this computer recorded it. */
export interface RecordedSealCode {
  memberId: string;
  code: string;
  recordedAt: string;
}

export async function readSealCodes(db: PodiumDatabase, leagueId: string): Promise<RecordedSealCode[]> {
  const value = (await db.settings.get(codesKey(leagueId)))?.value;
  return Array.isArray(value) ? (value as RecordedSealCode[]) : [];
}

/** Records a friend's seal code with this computer's clock (the same code twice keeps the first time). */
export async function addSealCode(
  db: PodiumDatabase,
  leagueId: string,
  code: RecordedSealCode,
): Promise<void> {
  const codes = await readSealCodes(db, leagueId);
  const normal = normalizeSealCode(code.code);
  if (codes.some((c) => c.memberId === code.memberId && c.code === normal)) return;
  await db.settings.put({ key: codesKey(leagueId), value: [...codes, { ...code, code: normal }] });
}

/**
 * The group accepts a late pick: it becomes the member's counted pick for the
 * race, marked `acceptedLate` (shown on the leaderboard). Returns it, or null
 * when it is no longer waiting.
 */
export async function acceptLatePick(
  db: PodiumDatabase,
  leagueId: string,
  slot: { memberId: string; raceId: string },
): Promise<PickRecord | null> {
  return db.transaction('rw', [db.settings, db.picks, db.races, db.leagues], async () => {
    const item = await settleLatePick(db, leagueId, slot, null);
    if (!item) return null;
    // The group decided, knowing the race had started: the clock-based guard steps aside for this one pick.
    allowLockedPickWrites();
    const record: PickRecord = { ...item.pick, leagueId, acceptedLate: nowIso() };
    await db.picks.put(record);
    return record;
  });
}

/** The group turns a late pick down; the same file read again does not bring it back. */
export async function dismissLatePick(
  db: PodiumDatabase,
  leagueId: string,
  slot: { memberId: string; raceId: string },
): Promise<void> {
  await db.transaction('rw', [db.settings], () => settleLatePick(db, leagueId, slot, nowIso()));
}

/** Picks of a league the group accepted after their lock, for the leaderboard. */
export async function readAcceptedLatePicks(db: PodiumDatabase, leagueId: string): Promise<PickRecord[]> {
  const picks = await db.picks.where('leagueId').equals(leagueId).toArray();
  return picks.filter((pick) => pick.acceptedLate !== undefined);
}
