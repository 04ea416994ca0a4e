import { clock } from '../../../renderer/src/app/clock';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { addMember, createLeague } from '../../../renderer/src/db/leagues';
import { createDatabase, type PodiumDatabase } from '../../../renderer/src/db/schema';
import {
  buildLeagueBundle,
  importLeagueBundle,
  previewLeagueBundle,
} from '../../../renderer/src/sharing/league-bundle-io';
import { parseLeagueBundle, serializeLeagueBundle } from '../../../shared/league';
import { DEFAULT_RULES } from '../../../shared/scoring';

/** A fresh database holding the built-in seasons. */
export async function freshDb(): Promise<PodiumDatabase> {
  const db = createDatabase(`sharing-${Math.random()}`);
  await seedBuiltInSeasons(db);
  return db;
}

/**
 * Before Round 1 London, the host creates "Friday Club" with Ana and Bo; the
 * friend joins by importing the league file. Tests reset `clock.now` after.
 */
export async function hostAndFriend() {
  clock.now = () => Date.parse('2025-06-01T12:00:00.000Z');
  const host = await freshDb();
  const league = await createLeague(host, {
    name: 'Friday Club',
    seasonId: 'gtws-2025',
    rules: DEFAULT_RULES,
  });
  const ana = await addMember(host, league.id, { name: 'Ana' });
  const bo = await addMember(host, league.id, { name: 'Bo' });
  const text = serializeLeagueBundle(await buildLeagueBundle(host, league.id));
  const parsed = parseLeagueBundle(text);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const friend = await freshDb();
  await importLeagueBundle(friend, await previewLeagueBundle(friend, parsed.value), text, 'club.podium.json');
  return { host, friend, league, ana, bo };
}
