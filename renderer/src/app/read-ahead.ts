import { db } from '../db';
import { readActiveLeague } from '../hooks/useActiveLeague';
import { leagueDataQuery } from '../hooks/useLeagueData';

/**
 * Starts reading the active league's data as soon as a screen that shows it is chosen, while
 * that screen's code and catalogues still load. The screen's `useLeagueData` then takes over
 * the same live query (one path: `readLeagueData`), so it never sees data older than the
 * database.
 */
export async function readActiveLeagueAhead(): Promise<void> {
  const league = await readActiveLeague(db);
  if (league) leagueDataQuery(league.id).readAhead();
}
