/**
 * Pick slips in and out of the database, and seal codes.
 * A member's seal salts stay in the settings table of their own machine
 * until they export a slip after the lock.
 */
import {
  createSlip,
  mergePicks,
  saltFromBytes,
  sealCode,
  slipPickLine,
  verifySeal,
  type MergeOutcome,
  type PickSlip,
  type SealCheck,
  type SlipSeal,
} from '../../../shared/exchange';
import type { PodiumDatabase } from '../db/schema';
import type { PickRecord } from '../db/records';
import { allowLockedPickWrites } from '../db/lock-guard';
import { clock, nowIso } from '../app/clock';

const sealKey = (leagueId: string, memberId: string) => `seals:${leagueId}:${memberId}`;

async function storedSeals(db: PodiumDatabase, leagueId: string, memberId: string): Promise<SlipSeal[]> {
  const row = await db.settings.get(sealKey(leagueId, memberId));
  return Array.isArray(row?.value) ? (row.value as SlipSeal[]) : [];
}

/** A member's slip; it reveals only the salts of seals whose races have all started. */
export async function buildSlip(db: PodiumDatabase, leagueId: string, memberId: string): Promise<PickSlip> {
  return db.transaction('r', [db.leagues, db.members, db.picks, db.races, db.settings], async () => {
    const league = await db.leagues.get(leagueId);
    const member = await db.members.get([leagueId, memberId]);
    if (!league || !member) throw new Error('This league or member no longer exists.');
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
      member: { id: member.id, name: member.name, ...(member.color ? { color: member.color } : {}) },
      picks,
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
    const picks = await db.picks.where('[leagueId+memberId]').equals([leagueId, memberId]).toArray();
    const salt = saltFromBytes(randomBytes(16));
    const seal: SlipSeal = { sealedAt: nowIso(), salt, raceIds: [...raceIds].sort() };
    const seals = await storedSeals(db, leagueId, memberId);
    await db.settings.put({ key: sealKey(leagueId, memberId), value: [...seals, seal] });
    return sealCode(memberId, picks, seal.raceIds, salt);
  });
}

export interface SlipImportPreview {
  slip: PickSlip;
  /** The slip's member is not in the league yet; importing adds them. */
  newMember: boolean;
  merge: MergeOutcome;
  seal: SealCheck | null;
}

/** The merge of a slip against what is stored now; call inside a transaction covering these tables. */
async function mergeSlip(db: PodiumDatabase, leagueId: string, slip: PickSlip) {
  const league = await db.leagues.get(leagueId);
  if (!league) throw new Error('Choose a league first.');
  if (slip.leagueId !== leagueId) {
    throw new Error(
      `This slip belongs to the league “${slip.leagueId}”, not “${league.name}” (${league.id}). Switch league first.`,
    );
  }
  const [races, seasonRow, stored, member] = await Promise.all([
    db.races.where('seasonId').equals(league.seasonId).toArray(),
    db.seasons.get(league.seasonId),
    db.picks.where('[leagueId+memberId]').equals([leagueId, slip.member.id]).toArray(),
    db.members.get([leagueId, slip.member.id]),
  ]);
  const pickable = races.filter((r) => r.pickable);
  const names = new Map(races.map((r) => [r.id, r.name]));
  const merge = mergePicks(
    stored,
    slip.picks.map((pick) => ({ ...pick, memberId: slip.member.id })),
    {
      raceStarts: new Map(pickable.map((r) => [r.id, r.startsAt])),
      entries: new Map(races.map((r) => [r.id, new Set(seasonRow?.entryLists[r.cup] ?? [])])),
      ignoreLocks: league.replay,
      raceName: (raceId) => names.get(raceId) ?? raceId,
      lineOf: (index) => slipPickLine(slip, index),
    },
  );
  return { merge, newMember: !member };
}

const MERGE_TABLES = (db: PodiumDatabase) => [db.leagues, db.races, db.seasons, db.picks, db.members];

/** What importing a slip would change; checks the seal code when one is given. */
export async function previewSlip(
  db: PodiumDatabase,
  leagueId: string,
  slip: PickSlip,
  code: string | null,
): Promise<SlipImportPreview> {
  const { merge, newMember } = await db.transaction('r', MERGE_TABLES(db), () =>
    mergeSlip(db, leagueId, slip),
  );
  return { slip, newMember, merge, seal: code?.trim() ? verifySeal(slip, code) : null };
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
): Promise<number> {
  if (preview.seal && preview.seal.status === 'mismatch') {
    throw new Error(preview.seal.message);
  }
  return db.transaction('rw', MERGE_TABLES(db), async () => {
    const { merge, newMember } = await mergeSlip(db, leagueId, preview.slip);
    // Only picks the merge accepted against their race start are written, so the clock-based guard steps aside.
    allowLockedPickWrites();
    if (newMember) {
      const { id, name, color } = preview.slip.member;
      await db.members.put({ leagueId, id, name, ...(color ? { color } : {}), createdAt: nowIso() });
    }
    const picks: PickRecord[] = merge.accepted.map((pick) => ({ ...pick, leagueId }));
    await db.picks.bulkPut(picks);
    return picks.length;
  });
}
