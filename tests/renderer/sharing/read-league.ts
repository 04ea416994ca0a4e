import type { PodiumDatabase } from '../../../renderer/src/db/schema';
import { readSeason } from '../../../renderer/src/db/seasons';

/** The engine's input for a league, read from any database (the app hook reads the singleton). */
export async function readLeagueDataFrom(db: PodiumDatabase, leagueId: string) {
  const league = (await db.leagues.get(leagueId))!;
  const season = (await readSeason(db, league.seasonId))!;
  const members = await db.members.where('leagueId').equals(leagueId).sortBy('createdAt');
  const picks = await db.picks.where('leagueId').equals(leagueId).toArray();
  const results = (await db.results.toArray()).filter((r) =>
    season.rounds.some((round) => round.races.some((race) => race.id === r.raceId)),
  );
  return { league, season, members, picks, results };
}
