/**
 * Pick slips in and out of the database, and seal codes.
 * A member's seal salts stay in the settings table of their own machine
 * until they export a slip after the lock. A slip's picks are signed with the
 * key of its member, made on the computer that exports it the first time;
 * importing stamps each pick with this computer's clock (the receipt rule in
 * shared/exchange/merge.ts) and keeps late picks aside for the group.
 */
import {
  createSlip,
  mergePicks,
  saltFromBytes,
  sealCode,
  sealCommitments,
  slipPickLine,
  verifySeal,
  type MergeOutcome,
  type PickSlip,
  type SealCheck,
  type SlipSeal,
} from '../../../shared/exchange';
import { addLatePicks, ensureMemberKey, readSealCodes, signatureContext, signForExport } from './trust-store';
import { assertMemberAccess } from '../db/pins';
import type { PodiumDatabase } from '../db/schema';
import type { PickRecord } from '../db/records';
import { allowLockedPickWrites } from '../db/lock-guard';
import { clock, nowIso } from '../app/clock';

const sealKey = (leagueId: string, memberId: string) => `seals:${leagueId}:${memberId}`;

async function storedSeals(db: PodiumDatabase, leagueId: string, memberId: string): Promise<SlipSeal[]> {
  const row = await db.settings.get(sealKey(leagueId, memberId));
  return Array.isArray(row?.value) ? (row.value as SlipSeal[]) : [];
}

/**
 * A slip action refused for a reason the user can act on: `reason` and
 * `params` for the screens (`sharing:slipRefusal.*`), the message in English.
 */
export class SlipRefusal extends Error {
  override readonly name = 'SlipRefusal';
  constructor(
    readonly reason: 'gone' | 'nothing-to-seal' | 'other-league',
    message: string,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** A member's slip; it reveals only the salts of seals whose races have all started. */
export async function buildSlip(db: PodiumDatabase, leagueId: string, memberId: string): Promise<PickSlip> {
  return db.transaction('rw', [db.leagues, db.members, db.picks, db.races, db.settings], async () => {
    const league = await db.leagues.get(leagueId);
    if (!league || !(await db.members.get([leagueId, memberId])))
      throw new SlipRefusal('gone', 'This league or member no longer exists.');
    // A slip shows the member's podiums: only that member may export it while a PIN protects them.
    await assertMemberAccess(db, leagueId, memberId);
    const key = await ensureMemberKey(db, leagueId, memberId);
    const member = (await db.members.get([leagueId, memberId]))!;
    const picks = await db.picks.where('[leagueId+memberId]').equals([leagueId, memberId]).toArray();
    const starts = new Map(
      (await db.races.where('seasonId').equals(league.seasonId).toArray()).map((r) => [r.id, r.startsAt]),
    );
    const now = clock.now();
    const revealable = (await storedSeals(db, leagueId, memberId)).filter((seal) =>
      seal.raceIds.every((raceId) => Date.parse(starts.get(raceId) ?? '9999') <= now),
    );
    return createSlip({
      leagueId,
      seasonId: league.seasonId,
      member: {
        id: member.id,
        name: member.name,
        ...(member.color ? { color: member.color } : {}),
        ...(member.publicKey ? { publicKey: member.publicKey } : {}),
      },
      picks: signForExport(leagueId, picks, key ? new Map([[memberId, key]]) : new Map()),
      exportedAt: nowIso(),
      seals: revealable,
    });
  });
}

/**
 * Seals a member's current picks for the given races: returns the code to
 * share now; the salt stays here until the slip is exported after the lock.
 */
export async function sealPicks(
  db: PodiumDatabase,
  leagueId: string,
  memberId: string,
  raceIds: string[],
  randomBytes: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): Promise<string> {
  return db.transaction('rw', [db.picks, db.settings], async () => {
    await assertMemberAccess(db, leagueId, memberId);
    const picks = await db.picks.where('[leagueId+memberId]').equals([leagueId, memberId]).toArray();
    const covered = new Set(raceIds);
    if (raceIds.length === 0 || !picks.some((pick) => covered.has(pick.raceId)))
      throw new SlipRefusal('nothing-to-seal', 'Pick at least one podium of these races before sealing.');
    const salt = saltFromBytes(randomBytes(16));
    const seal: SlipSeal = { sealedAt: nowIso(), salt, raceIds: [...raceIds].sort() };
    const seals = await storedSeals(db, leagueId, memberId);
    await db.settings.put({ key: sealKey(leagueId, memberId), value: [...seals, seal] });
    return sealCode(memberId, picks, seal.raceIds, salt);
  });
}

/** What is known about the key a slip's picks are signed with. */
export type SlipKeyStatus =
  /** Signed with the member's key as known here. */
  | 'verified'
  /** Signed with a key this computer sees for the first time; importing pins it as the member's key. */
  | 'new-key'
  /** Not signed (made by an older version): the picks follow the receipt rule only. */
  | 'unsigned'
  /** The slip names another key than the one known here for this member: an impostor or a tampered file. */
  | 'wrong-key';

export interface SlipImportPreview {
  slip: PickSlip;
  /** The slip's member is not in the league yet; importing adds them. */
  newMember: boolean;
  merge: MergeOutcome;
  seal: SealCheck | null;
  key: SlipKeyStatus;
}

/** The merge of a slip against what is stored now; call inside a transaction covering these tables. */
async function mergeSlip(db: PodiumDatabase, leagueId: string, slip: PickSlip) {
  const league = await db.leagues.get(leagueId);
  if (!league) throw new SlipRefusal('gone', 'Choose a league first.');
  if (slip.leagueId !== leagueId) {
    throw new SlipRefusal(
      'other-league',
      `This slip belongs to the league “${slip.leagueId}”, not “${league.name}” (${league.id}). Switch league first.`,
      { slipLeague: slip.leagueId, league: league.name },
    );
  }
  const [races, seasonRow, stored, member, codes] = await Promise.all([
    db.races.where('seasonId').equals(league.seasonId).toArray(),
    db.seasons.get(league.seasonId),
    db.picks.where('[leagueId+memberId]').equals([leagueId, slip.member.id]).toArray(),
    db.members.get([leagueId, slip.member.id]),
    readSealCodes(db, leagueId),
  ]);
  const offered = slip.member.publicKey;
  const key: SlipKeyStatus = member?.publicKey
    ? offered === undefined || offered === member.publicKey
      ? offered === undefined
        ? 'unsigned'
        : 'verified'
      : 'wrong-key'
    : offered
      ? 'new-key'
      : 'unsigned';
  const signatures = await signatureContext(
    db,
    leagueId,
    key === 'new-key' && offered ? new Map([[slip.member.id, offered]]) : new Map(),
  );
  const pickable = races.filter((r) => r.pickable);
  const names = new Map(races.map((r) => [r.id, r.name]));
  const results = league.replay ? await db.results.bulkGet(pickable.map((r) => r.id)) : [];
  const merge = mergePicks(
    stored,
    slip.picks.map((pick) => ({ ...pick, memberId: slip.member.id })),
    {
      raceStarts: new Map(pickable.map((r) => [r.id, r.startsAt])),
      entries: new Map(races.map((r) => [r.id, new Set(seasonRow?.entryLists[r.cup] ?? [])])),
      ignoreLocks: league.replay,
      receivedAt: clock.now(),
      committedAt: sealCommitments(
        slip,
        codes
          .filter((c) => c.memberId === slip.member.id)
          .map((c) => ({ code: c.code, recordedAtMs: Date.parse(c.recordedAt) })),
      ),
      resultStoredAt: new Map(results.flatMap((r) => (r?.storedAt ? [[r.raceId, r.storedAt] as const] : []))),
      signatures,
      raceName: (raceId) => names.get(raceId) ?? raceId,
      lineOf: (index) => slipPickLine(slip, index),
    },
  );
  return { merge, newMember: !member, key, member };
}

const MERGE_TABLES = (db: PodiumDatabase) => [
  db.leagues,
  db.races,
  db.seasons,
  db.picks,
  db.members,
  db.results,
  db.settings,
];

/** What importing a slip would change; checks the seal code when one is given. */
export async function previewSlip(
  db: PodiumDatabase,
  leagueId: string,
  slip: PickSlip,
  code: string | null,
): Promise<SlipImportPreview> {
  const { merge, newMember, key } = await db.transaction('r', MERGE_TABLES(db), () =>
    mergeSlip(db, leagueId, slip),
  );
  return { slip, newMember, merge, key, seal: code?.trim() ? verifySeal(slip, code) : null };
}

/**
 * Writes a previewed slip in one transaction: the merge is done again inside
 * it, so a pick stored since the preview (by the picker or the folder sync) is
 * never overwritten by an older one. Adds the member if new. Returns how many
 * picks were written.
 */
export async function importSlip(
  db: PodiumDatabase,
  leagueId: string,
  preview: SlipImportPreview,
  via: 'slip' | 'folder' = 'slip',
): Promise<number> {
  if (preview.seal && preview.seal.status === 'mismatch') {
    throw new Error(preview.seal.message);
  }
  return db.transaction('rw', MERGE_TABLES(db), async () => {
    const { merge, newMember, key, member } = await mergeSlip(db, leagueId, preview.slip);
    // Only picks the merge accepted against their race start are written, so the clock-based guard steps aside.
    allowLockedPickWrites();
    const { id, name, color, publicKey } = preview.slip.member;
    if (newMember) {
      await db.members.put({
        leagueId,
        id,
        name,
        ...(color ? { color } : {}),
        ...(publicKey ? { publicKey } : {}),
        createdAt: nowIso(),
      });
    } else if (
      key === 'new-key' &&
      member &&
      publicKey &&
      !merge.refused.some((r) => r.reason === 'bad-signature')
    ) {
      // First signed slip of a member who never signed: their key is pinned from now on.
      await db.members.put({ ...member, publicKey });
    }
    await addLatePicks(db, leagueId, merge.late, via);
    const picks: PickRecord[] = merge.accepted.map((pick) => ({ ...pick, leagueId }));
    await db.picks.bulkPut(picks);
    return picks.length;
  });
}
