import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, hostAndFriend } from './helpers';
import type { PodiumDatabase } from '../../../renderer/src/db/schema';
import { addMember, createLeague, deleteLeague, removeMember } from '../../../renderer/src/db/leagues';
import { savePick, setJoker } from '../../../renderer/src/db/picks';
import { clock } from '../../../renderer/src/app/clock';
import { readLeagueData } from '../../../renderer/src/hooks/useLeagueData';
import {
  buildLeagueBundle,
  importLeagueBundle,
  previewLeagueBundle,
} from '../../../renderer/src/sharing/league-bundle-io';
import { buildSlip, importSlip, previewSlip, sealPicks } from '../../../renderer/src/sharing/slip-io';
import { addSealCode } from '../../../renderer/src/sharing/trust-store';
import { parseLeagueBundle, serializeLeagueBundle } from '../../../shared/league';
import { parseSlip, serializeSlip } from '../../../shared/exchange';
import { DEFAULT_RULES, computeStandings } from '../../../shared/scoring';
import { english, messages } from '../../shared/files/english';
import { classification } from '../../fixtures/classification';

const GF = 'gtws-2025-r1-nations-gf';
const realNow = clock.now;
const at = (iso: string) => {
  clock.now = () => Date.parse(iso);
};
afterEach(() => {
  clock.now = realNow;
});

async function exchange(
  from: PodiumDatabase,
  to: PodiumDatabase,
  leagueId: string,
  memberId: string,
  code: string | null = null,
) {
  const text = serializeSlip(await buildSlip(from, leagueId, memberId));
  const parsed = parseSlip(text);
  if (!parsed.ok) throw new Error(messages(parsed).join('\n'));
  const preview = await previewSlip(to, leagueId, parsed.value, code);
  return {
    preview,
    imported: preview.seal?.status === 'mismatch' ? null : await importSlip(to, leagueId, preview),
  };
}

async function standingsOf(db: PodiumDatabase, leagueId: string) {
  const data = (await readLeagueData(db, leagueId))!;
  return computeStandings({ ...data, rules: data.league.rules });
}

describe('sharing a league between two machines', () => {
  it('two databases exchange slips and reach identical standings', async () => {
    const { host, friend, league, ana, bo } = await hostAndFriend();
    await savePick(host, { leagueId: league.id, memberId: ana.id, raceId: GF }, [
      'jose-serrano',
      'pol-urra',
      'valerio-gallo',
    ]);
    await savePick(friend, { leagueId: league.id, memberId: bo.id, raceId: GF }, [
      'pol-urra',
      'jose-serrano',
      'takuma-sasaki',
    ]);

    expect((await exchange(host, friend, league.id, ana.id)).imported).toBe(1);
    expect((await exchange(friend, host, league.id, bo.id)).imported).toBe(1);
    // The same slip twice changes nothing.
    const again = await exchange(host, friend, league.id, ana.id);
    expect(again.imported).toBe(0);
    expect(again.preview.merge.unchanged).toHaveLength(1);

    // The host imports the result after the race and re-shares the bundle.
    at('2025-06-08T12:00:00.000Z');
    await host.results.put({
      raceId: GF,
      classification: classification(['jose-serrano', 'pol-urra', 'valerio-gallo', 'takuma-sasaki']),
    });
    const bundleText = serializeLeagueBundle(await buildLeagueBundle(host, league.id));
    const parsed = parseLeagueBundle(bundleText);
    if (!parsed.ok) throw new Error(messages(parsed).join());
    await importLeagueBundle(
      friend,
      await previewLeagueBundle(friend, parsed.value),
      bundleText,
      'club.podium.json',
    );

    const hostTable = await standingsOf(host, league.id);
    const friendTable = await standingsOf(friend, league.id);
    expect(friendTable.rows.map((r) => [r.name, r.points, r.rank])).toEqual(
      hostTable.rows.map((r) => [r.name, r.points, r.rank]),
    );
    expect(hostTable.rows.map((r) => [r.name, r.points])).toEqual([
      ['Ana', 11],
      ['Bo', 2],
    ]);
  });

  it('refuses a pick made after the lock and lists it', async () => {
    const { host, friend, league, bo } = await hostAndFriend();
    const slip = await buildSlip(friend, league.id, bo.id);
    slip.picks.push({
      raceId: GF,
      podium: ['jose-serrano', 'pol-urra', 'valerio-gallo'],
      madeAt: '2025-06-07T23:59:00.000Z',
    });
    const preview = await previewSlip(host, league.id, slip, null);
    expect(preview.merge.accepted).toEqual([]);
    expect(preview.merge.refused).toHaveLength(1);
    expect(preview.merge.refused[0]!.message).toMatch(
      /^Pick for Grand Final was made at .* after the race started/,
    );
  });

  it('verifies a sealed slip and refuses a tampered one with a message', async () => {
    const { host, friend, league, bo } = await hostAndFriend();
    await savePick(friend, { leagueId: league.id, memberId: bo.id, raceId: GF }, [
      'pol-urra',
      'jose-serrano',
      'takuma-sasaki',
    ]);
    const code = await sealPicks(friend, league.id, bo.id, [GF]);
    // Before the lock the slip does not reveal the salt.
    expect((await buildSlip(friend, league.id, bo.id)).seals).toBeUndefined();
    // Bo posts the code in the chat; the host records it before the race: that is Bo's commitment.
    await addSealCode(host, league.id, { memberId: bo.id, code, recordedAt: '2025-06-01T12:00:00.000Z' });

    at('2025-06-08T12:00:00.000Z');
    const honest = await exchange(friend, host, league.id, bo.id, code);
    expect(honest.preview.seal?.status).toBe('match');
    expect(honest.imported).toBe(1);

    const tampered = await buildSlip(friend, league.id, bo.id);
    tampered.picks[0]!.podium = ['jose-serrano', 'pol-urra', 'valerio-gallo'];
    const other = await freshDb();
    const parsed = parseLeagueBundle(serializeLeagueBundle(await buildLeagueBundle(host, league.id)));
    if (!parsed.ok) throw new Error();
    await importLeagueBundle(other, await previewLeagueBundle(other, parsed.value), '{}', 'x');
    const preview = await previewSlip(other, league.id, tampered, code);
    expect(preview.seal).toMatchObject({ status: 'mismatch' });
    await expect(importSlip(other, league.id, preview)).rejects.toThrow(/do not match the seal code/);
  });

  it('a joker moved on one machine reaches the other (the move gets a new stamp)', async () => {
    at('2025-06-01T12:00:00.000Z');
    const host = await freshDb();
    const league = await createLeague(host, {
      name: 'Joker Club',
      seasonId: 'gtws-2025',
      rules: { ...DEFAULT_RULES, joker: true },
    });
    const ana = await addMember(host, league.id, { name: 'Ana' });
    const text = serializeLeagueBundle(await buildLeagueBundle(host, league.id));
    const friend = await freshDb();
    const parsed = parseLeagueBundle(text);
    if (!parsed.ok) throw new Error(messages(parsed).join());
    await importLeagueBundle(friend, await previewLeagueBundle(friend, parsed.value), text, 'x');

    await savePick(host, { leagueId: league.id, memberId: ana.id, raceId: GF }, [
      'jose-serrano',
      'pol-urra',
      'valerio-gallo',
    ]);
    await exchange(host, friend, league.id, ana.id);
    at('2025-06-02T12:00:00.000Z');
    await setJoker(host, { leagueId: league.id, memberId: ana.id, roundId: 'gtws-2025-r1', on: true });
    expect((await exchange(host, friend, league.id, ana.id)).imported).toBe(1);
    expect((await friend.picks.get([league.id, ana.id, GF]))!.joker).toBe(true);
  });

  it('a league file cannot switch locks off or move a league here to another season', async () => {
    const { host, friend, league, ana } = await hostAndFriend();
    const bundle = await buildLeagueBundle(host, league.id);
    // Someone edits the file to make it a replay league and adds a pick made after the start.
    const replayText = serializeLeagueBundle({
      ...bundle,
      league: { ...bundle.league, replay: true },
      picks: [
        {
          memberId: ana.id,
          raceId: GF,
          podium: ['jose-serrano', 'pol-urra', 'valerio-gallo'],
          madeAt: '2025-06-07T20:00:00.000Z',
        },
      ],
    });
    const parsed = parseLeagueBundle(replayText);
    if (!parsed.ok) throw new Error(messages(parsed).join());
    const preview = await previewLeagueBundle(friend, parsed.value);
    expect(preview.replay).toBe(false);
    expect(preview.picks.refused.map((r) => r.reason)).toEqual(['late']);
    await importLeagueBundle(friend, preview, replayText, 'edited.podium.json');
    expect((await friend.leagues.get(league.id))!.replay).toBeUndefined();
    expect(await friend.picks.get([league.id, ana.id, GF])).toBeUndefined();

    const other = parseLeagueBundle(
      serializeLeagueBundle({ ...bundle, league: { ...bundle.league, seasonId: 'gtws-2024' } }),
    );
    if (!other.ok) throw new Error(messages(other).join());
    await expect(previewLeagueBundle(friend, other.value)).rejects.toThrow(
      /different leagues; nothing was imported/,
    );
  });

  it('deleting a league or removing a member deletes their seal salts and synced folder too', async () => {
    const { friend, league, bo } = await hostAndFriend();
    await savePick(friend, { leagueId: league.id, memberId: bo.id, raceId: GF }, [
      'pol-urra',
      'jose-serrano',
      'takuma-sasaki',
    ]);
    await sealPicks(friend, league.id, bo.id, [GF]);
    await friend.settings.put({
      key: `syncFolder:${league.id}`,
      value: { folder: '/sync', memberId: bo.id },
    });
    await removeMember(friend, league.id, bo.id);
    expect(await friend.settings.get(`seals:${league.id}:${bo.id}`)).toBeUndefined();
    await deleteLeague(friend, league.id);
    expect(await friend.settings.get(`syncFolder:${league.id}`)).toBeUndefined();
  });

  it('a bundle with a future version is refused with a message', async () => {
    const { host, league } = await hostAndFriend();
    const bundle = JSON.parse(serializeLeagueBundle(await buildLeagueBundle(host, league.id)));
    bundle.version = 2;
    const parsed = parseLeagueBundle(JSON.stringify(bundle));
    expect(english(parsed)).toEqual({
      ok: false,
      problems: [expect.stringMatching(/newer version of Podium League \(format version 2\)/)],
    });
  });
});
