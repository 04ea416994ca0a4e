import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type PodiumDatabase } from '../../../renderer/src/db/schema';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { addMember, createLeague } from '../../../renderer/src/db/leagues';
import { savePick } from '../../../renderer/src/db/picks';
import { readSeason, writeSeason } from '../../../renderer/src/db/seasons';
import { clock } from '../../../renderer/src/app/clock';
import {
  buildLeagueBundle,
  importLeagueBundle,
  previewLeagueBundle,
} from '../../../renderer/src/sharing/league-bundle-io';
import { parseLeagueBundle, serializeLeagueBundle } from '../../../shared/league';
import { DEFAULT_RULES } from '../../../shared/scoring';

const realNow = clock.now;
afterEach(() => {
  clock.now = realNow;
});
const at = (iso: string) => {
  clock.now = () => Date.parse(iso);
};
const R2_GF = 'gtws-2025-r2-nations-gf';

async function freshDb(): Promise<PodiumDatabase> {
  const db = createDatabase(`bundle-season-${Math.random()}`);
  await seedBuiltInSeasons(db);
  return db;
}

async function roundTrip(host: PodiumDatabase, leagueId: string, friend: PodiumDatabase) {
  const text = serializeLeagueBundle(await buildLeagueBundle(host, leagueId));
  const parsed = parseLeagueBundle(text);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const preview = await previewLeagueBundle(friend, parsed.value);
  return {
    parsed: parsed.value,
    preview,
    apply: () => importLeagueBundle(friend, preview, text, 'club.podium.json'),
  };
}

describe('a league file carries the season data its league needs', () => {
  it('leaves out a built-in season the host has not changed', async () => {
    at('2025-07-01T12:00:00Z');
    const host = await freshDb();
    const league = await createLeague(host, { name: 'Club', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
    expect((await buildLeagueBundle(host, league.id)).season).toBeUndefined();
  });

  it('carries a changed line-up to a friend, who sees it in the preview and gets it on import', async () => {
    at('2025-07-01T12:00:00Z'); // after London, before Berlin
    const host = await freshDb();
    const league = await createLeague(host, { name: 'Club', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
    const ana = await addMember(host, league.id, { name: 'Ana' });
    const season = (await readSeason(host, 'gtws-2025'))!;
    season.drivers.push({ id: 'rin-yamada', name: 'Rin Yamada', country: 'JP', psnIds: [], aliases: [] });
    season.entryLists.nations.push('rin-yamada');
    await writeSeason(host, season, true);
    // A pick naming the new driver travels with the file and is valid at the friend's.
    await savePick(host, { leagueId: league.id, memberId: ana.id, raceId: R2_GF }, [
      'rin-yamada',
      'jose-serrano',
      'pol-urra',
    ]);

    const friend = await freshDb();
    const { parsed, preview, apply } = await roundTrip(host, league.id, friend);
    expect(parsed.season?.entryLists.nations).toContain('rin-yamada');
    expect(preview.addsSeason).toBe(false);
    expect(preview.seasonUpdate?.changes).toEqual([
      { kind: 'driver-added', driverId: 'rin-yamada', name: 'Rin Yamada' },
      { kind: 'entry-added', cup: 'nations', entryId: 'rin-yamada' },
    ]);
    expect(preview.picks.accepted).toHaveLength(1);
    await apply();
    const got = (await readSeason(friend, 'gtws-2025'))!;
    expect(got.entryLists.nations).toContain('rin-yamada');
    expect((await friend.seasons.get('gtws-2025'))?.builtIn).toBe(true);
    expect(await friend.picks.count()).toBe(1);
  });

  it('never lets a league file move a started race later at the friend', async () => {
    at('2025-05-01T12:00:00Z');
    const host = await freshDb();
    const league = await createLeague(host, { name: 'Club', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
    const season = (await readSeason(host, 'gtws-2025'))!;
    const london = season.rounds[0]!.races.find((r) => r.session === 'gf')!;
    const shipped = london.startsAt;
    london.startsAt = '2099-06-07T15:00:00Z'; // the host moved it before it started
    await writeSeason(host, season, true);

    at('2025-07-01T12:00:00Z'); // the friend imports after London
    const friend = await freshDb();
    const { preview, apply } = await roundTrip(host, league.id, friend);
    expect(preview.seasonUpdate?.kept).toEqual([
      expect.objectContaining({ code: 'started-race-not-moved', raceId: london.id, startsAt: shipped }),
    ]);
    await apply();
    const got = (await readSeason(friend, 'gtws-2025'))!;
    expect(got.rounds[0]!.races.find((r) => r.id === london.id)!.startsAt).toBe(shipped);
  });
});
