/**
 * The attacks on shared files, replayed through the real import paths
 * (league file, pick slip, shared folder) on databases standing for three
 * friends' computers, each shown refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb } from './helpers';
import type { PodiumDatabase } from '../../../renderer/src/db/schema';
import { addMember, createLeague } from '../../../renderer/src/db/leagues';
import { savePick } from '../../../renderer/src/db/picks';
import { storeResult } from '../../../renderer/src/db/imports';
import { clock } from '../../../renderer/src/app/clock';
import { readLeagueData } from '../../../renderer/src/hooks/useLeagueData';
import { deriveStandings } from '../../../renderer/src/hooks/useStandings';
import {
  buildLeagueBundle,
  importLeagueBundle,
  previewLeagueBundle,
} from '../../../renderer/src/sharing/league-bundle-io';
import { buildSlip, importSlip, previewSlip } from '../../../renderer/src/sharing/slip-io';
import {
  acceptLatePick,
  dismissLatePick,
  readAcceptedLatePicks,
  readLatePicks,
} from '../../../renderer/src/sharing/trust-store';
import { readAndMerge } from '../../../renderer/src/sharing/folder-sync/engine';
import { slipFileName } from '../../../renderer/src/sharing/folder-sync/config';
import type { FolderSyncPlatform } from '../../../renderer/src/platform/types';
import { parseLeagueBundle, serializeLeagueBundle, type LeagueBundle } from '../../../shared/league';
import { signLeague } from '../../../shared/league/host-signature';
import {
  makeSigningKey,
  parseSlip,
  serializeSlip,
  signPick,
  type PickSlip,
  type SigningKey,
} from '../../../shared/exchange';
import type { Podium, RaceResult } from '../../../shared/domain/types';
import { DEFAULT_RULES } from '../../../shared/scoring';
import { classification } from '../../fixtures/classification';

const GF = 'gtws-2025-r1-nations-gf';
const START = '2025-06-07T15:00:00Z';
const REAL: Podium = ['jose-serrano', 'pol-urra', 'valerio-gallo'];
const GUESS: Podium = ['takuma-sasaki', 'kaj-de-bruin', 'guy-barbara'];
const realNow = clock.now;
const at = (iso: string) => {
  clock.now = () => Date.parse(iso);
};
afterEach(() => {
  clock.now = realNow;
});

const result = (podium: readonly string[]): RaceResult => ({
  raceId: GF,
  classification: classification(podium),
});

/** The race's result stored on a computer at `iso` (its clock set there). */
async function resultStored(db: PodiumDatabase, podium: readonly string[], iso: string) {
  at(iso);
  await storeResult(db, result(podium), { fileName: 'r1.csv', sha256: 'x', importedAt: iso, format: 'csv' });
}

/** A member's secret signing key on the computer they pick on (what a cheating member holds). */
async function secretKeyOf(db: PodiumDatabase, leagueId: string, memberId: string) {
  return (await db.settings.get(`trust:${leagueId}:key:${memberId}`))!.value as SigningKey;
}

function parsedBundle(text: string): LeagueBundle {
  const parsed = parseLeagueBundle(text);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
}

async function joinFrom(from: PodiumDatabase, leagueId: string): Promise<PodiumDatabase> {
  const text = serializeLeagueBundle(await buildLeagueBundle(from, leagueId));
  const db = await freshDb();
  await importLeagueBundle(db, await previewLeagueBundle(db, parsedBundle(text)), text, 'club.podium.json');
  return db;
}

async function sendSlip(from: PodiumDatabase, to: PodiumDatabase, leagueId: string, memberId: string) {
  const slip = roundTrip(await buildSlip(from, leagueId, memberId));
  const preview = await previewSlip(to, leagueId, slip, null);
  await importSlip(to, leagueId, preview);
  return preview;
}

function roundTrip(slip: PickSlip): PickSlip {
  const parsed = parseSlip(serializeSlip(slip));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
}

async function pointsOf(db: PodiumDatabase, leagueId: string) {
  const { standings } = deriveStandings((await readLeagueData(db, leagueId))!);
  return Object.fromEntries(standings.rows.map((row) => [row.name, row.points]));
}

/**
 * Ana hosts "Friday Club" on her computer; Bo and Cy join from her league file
 * and pick on their own computers; everyone's slips reach everyone before the
 * Grand Final starts.
 */
async function threeFriends() {
  at('2025-06-01T12:00:00.000Z');
  const ana = await freshDb();
  const league = await createLeague(ana, {
    name: 'Friday Club',
    seasonId: 'gtws-2025',
    rules: DEFAULT_RULES,
  });
  const ids = {
    ana: (await addMember(ana, league.id, { name: 'Ana' })).id,
    bo: (await addMember(ana, league.id, { name: 'Bo' })).id,
    cy: (await addMember(ana, league.id, { name: 'Cy' })).id,
  };
  const bo = await joinFrom(ana, league.id);
  const cy = await joinFrom(ana, league.id);
  const key = (memberId: string) => ({ leagueId: league.id, memberId, raceId: GF });
  await savePick(ana, key(ids.ana), REAL);
  await savePick(bo, key(ids.bo), GUESS);
  await savePick(cy, key(ids.cy), GUESS);
  for (const [from, memberId] of [
    [ana, ids.ana],
    [bo, ids.bo],
    [cy, ids.cy],
  ] as const) {
    for (const to of [ana, bo, cy]) if (to !== from) await sendSlip(from, to, league.id, memberId);
  }
  return { ana, bo, cy, leagueId: league.id, ids };
}

describe('attacks on shared files are refused', () => {
  it('a forged league file: the host cannot replace other members’ picks, and renames and rule changes are listed', async () => {
    const { ana, bo, leagueId, ids } = await threeFriends();
    await resultStored(ana, GUESS, '2025-12-01T12:00:00.000Z');
    const honest = await buildLeagueBundle(ana, leagueId);
    // Six months later the host edits the file: Bo's and Cy's picks become her own podium, Cy is renamed,
    // the rules change, and she signs the league part again with her host key.
    const forged: LeagueBundle = {
      ...honest,
      league: { ...honest.league, rules: { ...honest.league.rules, joker: true } },
      members: honest.members.map((m) => (m.id === ids.cy ? { ...m, name: 'Cyborg' } : m)),
      picks: honest.picks.map((p) =>
        p.memberId === ids.ana ? p : { ...p, podium: REAL, madeAt: '2025-06-06T10:00:00.000Z' },
      ),
    };
    const text = serializeLeagueBundle(forged);
    const preview = await previewLeagueBundle(bo, parsedBundle(text));
    expect(preview.picks.accepted).toEqual([]);
    expect(preview.picks.refused.map((r) => [r.pick.memberId, r.reason]).sort()).toEqual([
      [ids.bo, 'own-member'],
      [ids.cy, 'bad-signature'],
    ]);
    // Unsigned now: the host signature covers the old name and rules, so nothing league-level applies.
    expect(preview.hostSigned).toBe(false);
    expect(preview.changes).toEqual([
      { kind: 'rule', field: 'joker', from: 'false', to: 'true', applied: false },
      { kind: 'member-name', memberId: ids.cy, from: 'Cy', to: 'Cyborg', applied: false },
    ]);
    await importLeagueBundle(bo, preview, text, 'forged.podium.json');
    expect((await bo.picks.get([leagueId, ids.cy, GF]))!.podium).toEqual(GUESS);
    expect((await bo.members.get([leagueId, ids.cy]))!.name).toBe('Cy');
    expect((await bo.leagues.get(leagueId))!.rules.joker).toBe(false);

    // Re-signed by the host: the rename and the rule change are the host's to make, and each is listed.
    const hostKey = (await ana.settings.get(`trust:${leagueId}:host`))!.value as SigningKey;
    const signed = serializeLeagueBundle({ ...forged, host: signLeague(parsedBundle(text), hostKey) });
    const signedPreview = await previewLeagueBundle(bo, parsedBundle(signed));
    expect(signedPreview.hostSigned).toBe(true);
    expect(signedPreview.changes.map((c) => [c.kind, c.applied])).toEqual([
      ['rule', true],
      ['member-name', true],
    ]);
    expect(signedPreview.picks.accepted).toEqual([]);
    await importLeagueBundle(bo, signedPreview, signed, 'signed.podium.json');
    expect((await bo.members.get([leagueId, ids.cy]))!.name).toBe('Cyborg');
    expect((await bo.picks.get([leagueId, ids.cy, GF]))!.podium).toEqual(GUESS);
  });

  it('a league file signed by someone else than the host changes no name or rule', async () => {
    const { ana, bo, leagueId, ids } = await threeFriends();
    const bundle = await buildLeagueBundle(bo, leagueId);
    const usurped = {
      ...bundle,
      members: bundle.members.map((m) => (m.id === ids.ana ? { ...m, name: 'Loser' } : m)),
    };
    const bosKey = makeSigningKey(new Uint8Array(32).fill(7));
    const text = serializeLeagueBundle({ ...usurped, host: signLeague(usurped, bosKey) });
    const preview = await previewLeagueBundle(ana, parsedBundle(text));
    expect(preview.changes).toEqual([
      { kind: 'host-key', change: 'replaced', applied: false },
      { kind: 'member-name', memberId: ids.ana, from: 'Ana', to: 'Loser', applied: false },
    ]);
    await importLeagueBundle(ana, preview, text, 'usurped.podium.json');
    expect((await ana.members.get([leagueId, ids.ana]))!.name).toBe('Ana');

    // Nor can it add a member (and picks for them) behind the host's back.
    const intruder = { memberId: 'mallory', raceId: GF, podium: REAL, madeAt: '2025-06-02T10:00:00.000Z' };
    const withIntruder = {
      ...bundle,
      members: [...bundle.members, { id: 'mallory', name: 'Mallory' }],
      picks: [...bundle.picks, intruder],
    };
    const added = await previewLeagueBundle(ana, parsedBundle(serializeLeagueBundle(withIntruder)));
    expect(added.changes).toEqual([
      { kind: 'member-added', memberId: 'mallory', name: 'Mallory', applied: false },
    ]);
    expect(added.newMembers).toEqual([]);
    expect(added.picks.refused.map((r) => [r.pick.memberId, r.reason])).toEqual([
      ['mallory', 'unknown-member'],
    ]);
  });

  it('a slip backdated after the result does not count; the group may accept it, and that shows', async () => {
    const { ana, bo, leagueId, ids } = await threeFriends();
    await resultStored(ana, REAL, '2025-06-08T12:00:00.000Z');
    expect((await pointsOf(ana, leagueId)).Bo).toBe(0);
    // Bo rewrites his pick to the real podium with a stamp just before the start, and signs it with his own key.
    const slip = await buildSlip(bo, leagueId, ids.bo);
    const boKey = await secretKeyOf(bo, leagueId, ids.bo);
    const backdated = { memberId: ids.bo, raceId: GF, podium: REAL, madeAt: '2025-06-07T14:59:00.000Z' };
    slip.picks = [{ ...backdated, sig: signPick(leagueId, backdated, boKey) }];
    const preview = await previewSlip(ana, leagueId, roundTrip(slip), null);
    expect(preview.key).toBe('verified');
    expect(preview.merge.refused).toEqual([]);
    expect(preview.merge.accepted).toEqual([]);
    expect(preview.merge.late.map((l) => [l.pick.memberId, l.deadline, l.pick.receivedAt])).toEqual([
      [ids.bo, START, '2025-06-08T12:00:00.000Z'],
    ]);
    await importSlip(ana, leagueId, preview);
    expect((await ana.picks.get([leagueId, ids.bo, GF]))!.podium).toEqual(GUESS);
    expect((await pointsOf(ana, leagueId)).Bo).toBe(0);
    expect((await readLatePicks(ana, leagueId)).map((l) => l.pick.podium)).toEqual([REAL]);

    // Only an explicit decision makes it count, and it stays marked.
    await acceptLatePick(ana, leagueId, { memberId: ids.bo, raceId: GF });
    expect((await pointsOf(ana, leagueId)).Bo).toBeGreaterThan(0);
    expect((await readAcceptedLatePicks(ana, leagueId)).map((p) => [p.memberId, p.acceptedLate])).toEqual([
      [ids.bo, '2025-06-08T12:00:00.000Z'],
    ]);
    expect(await readLatePicks(ana, leagueId)).toEqual([]);
  });

  it('a late pick the group turned down does not come back when the same slip is read again', async () => {
    const { ana, bo, leagueId, ids } = await threeFriends();
    at('2025-06-05T12:00:00.000Z');
    await savePick(bo, { leagueId, memberId: ids.bo, raceId: GF }, REAL);
    at('2025-06-08T12:00:00.000Z');
    const slip = roundTrip(await buildSlip(bo, leagueId, ids.bo));
    await importSlip(ana, leagueId, await previewSlip(ana, leagueId, slip, null));
    expect((await readLatePicks(ana, leagueId)).map((l) => l.via)).toEqual(['slip']);
    await dismissLatePick(ana, leagueId, { memberId: ids.bo, raceId: GF });
    await importSlip(ana, leagueId, await previewSlip(ana, leagueId, slip, null), 'folder');
    expect(await readLatePicks(ana, leagueId)).toEqual([]);
    expect((await ana.picks.get([leagueId, ids.bo, GF]))!.podium).toEqual(GUESS);
  });

  it('an impostor slip claiming to be another member is refused', async () => {
    const { ana, bo, leagueId, ids } = await threeFriends();
    at('2025-06-05T12:00:00.000Z');
    // Bo makes a slip that says it is Cy's, signed with a key of his own, and one without any signature.
    const fake = makeSigningKey(new Uint8Array(32).fill(9));
    const pick = { memberId: ids.cy, raceId: GF, podium: REAL, madeAt: '2025-06-05T11:00:00.000Z' };
    const bosSlip = await buildSlip(bo, leagueId, ids.bo);
    const impostor: PickSlip = {
      ...bosSlip,
      member: { id: ids.cy, name: 'Cy', publicKey: fake.publicKey },
      picks: [{ raceId: GF, podium: REAL, madeAt: pick.madeAt, sig: signPick(leagueId, pick, fake) }],
    };
    const preview = await previewSlip(ana, leagueId, roundTrip(impostor), null);
    expect(preview.key).toBe('wrong-key');
    expect(preview.merge.refused.map((r) => r.reason)).toEqual(['bad-signature']);
    await importSlip(ana, leagueId, preview);
    expect((await ana.picks.get([leagueId, ids.cy, GF]))!.podium).toEqual(GUESS);
    expect((await ana.members.get([leagueId, ids.cy]))!.publicKey).not.toBe(fake.publicKey);

    const unsigned = {
      ...impostor,
      member: { id: ids.cy, name: 'Cy' },
      picks: [{ raceId: GF, podium: REAL, madeAt: pick.madeAt }],
    };
    const second = await previewSlip(ana, leagueId, roundTrip(unsigned), null);
    expect(second.merge.refused.map((r) => r.reason)).toEqual(['unsigned']);
  });

  it('a synced-folder peer cannot rewrite a locked pick of a third member', async () => {
    const { ana, bo, leagueId, ids } = await threeFriends();
    at('2025-06-07T18:00:00.000Z');
    // After the start Bo overwrites Cy's file in the shared folder (a sync tool lets anyone do that).
    const cysFile = slipFileName(leagueId, ids.cy);
    const forged = await buildSlip(bo, leagueId, ids.bo);
    const madeAt = '2025-06-07T14:00:00.000Z';
    const boKey = await secretKeyOf(bo, leagueId, ids.bo);
    const asCy = { memberId: ids.cy, raceId: GF, podium: REAL, madeAt };
    const files = new Map([
      [
        cysFile,
        serializeSlip({
          ...forged,
          member: { id: ids.cy, name: 'Cy' },
          picks: [{ raceId: GF, podium: REAL, madeAt, sig: signPick(leagueId, asCy, boKey) }],
        }),
      ],
    ]);
    const fs: Pick<FolderSyncPlatform, 'readSlips'> = {
      readSlips: async (folder) => ({
        ok: true,
        value: {
          folder,
          readAt: '2025-06-07T18:00:00.000Z',
          entries: [...files].map(([fileName, text]) => ({ fileName, status: 'ok' as const, text })),
        },
      }),
    };
    const outcome = await readAndMerge(ana, fs as FolderSyncPlatform, leagueId, {
      folder: '/sync',
      memberId: ids.ana,
    });
    expect(outcome.problems).toEqual([]);
    expect(outcome.refused.map((r) => r.message)).toEqual([
      expect.stringMatching(/^Cy: .*does not carry that member's signature/),
    ]);
    expect((await ana.picks.get([leagueId, ids.cy, GF]))!.podium).toEqual(GUESS);
  });

  it('unsigned picks (files of the previous version) follow the receipt rule: late after the start', async () => {
    const { ana, leagueId } = await threeFriends();
    const dan = await addMember(ana, leagueId, { name: 'Dan' });
    at('2025-06-07T18:00:00.000Z');
    const slip: PickSlip = {
      format: 'podium-slip',
      version: 1,
      leagueId,
      seasonId: 'gtws-2025',
      member: { id: dan.id, name: 'Dan' },
      exportedAt: '2025-06-07T18:00:00.000Z',
      picks: [{ raceId: GF, podium: REAL, madeAt: '2025-06-07T14:00:00.000Z' }],
    };
    const preview = await previewSlip(ana, leagueId, roundTrip(slip), null);
    expect(preview.key).toBe('unsigned');
    expect(preview.merge.refused).toEqual([]);
    expect(preview.merge.accepted).toEqual([]);
    expect(preview.merge.late).toHaveLength(1);
    // The same slip before the start counts, stamped with this computer's clock, and is counted as unsigned.
    at('2025-06-07T14:30:00.000Z');
    const early = await previewSlip(ana, leagueId, roundTrip(slip), null);
    expect(early.merge.accepted.map((p) => p.receivedAt)).toEqual(['2025-06-07T14:30:00.000Z']);
    expect(early.merge.unsigned).toBe(1);
  });

  it('a result in an unrelated league file changes no other league’s standings without consent', async () => {
    const { ana, leagueId } = await threeFriends();
    await resultStored(ana, REAL, '2025-06-08T12:00:00.000Z');
    const before = await pointsOf(ana, leagueId);
    // A stranger's league on the same season, whose Round 1 result is wrong.
    const stranger = await freshDb();
    const other = await createLeague(stranger, {
      name: 'Other Club',
      seasonId: 'gtws-2025',
      rules: DEFAULT_RULES,
    });
    await resultStored(stranger, GUESS, '2025-06-08T12:00:00.000Z');
    const text = serializeLeagueBundle(await buildLeagueBundle(stranger, other.id));
    const preview = await previewLeagueBundle(ana, parsedBundle(text));
    expect(preview.changedResults).toEqual([GF]);
    expect(preview.otherLeagues).toEqual([{ id: leagueId, name: 'Friday Club', raceIds: [GF] }]);
    await importLeagueBundle(ana, preview, text, 'other.podium.json');
    expect(await pointsOf(ana, leagueId)).toEqual(before);
    expect((await ana.results.get(GF))!.classification[0]!.driverId).toBe(REAL[0]);

    // With consent the result is replaced for every league.
    await importLeagueBundle(
      ana,
      await previewLeagueBundle(ana, parsedBundle(text)),
      text,
      'other.podium.json',
      {
        applyResults: true,
      },
    );
    expect((await ana.results.get(GF))!.classification[0]!.driverId).toBe(GUESS[0]);
    expect(await pointsOf(ana, leagueId)).not.toEqual(before);
  });
});
