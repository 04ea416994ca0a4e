/** The league table of a bundle: the one call the CLI and the app need. */
import { computeStandings } from '../scoring/engine';
import { picksBeforeResults } from '../scoring/replay-cutoff';
import type { Standings } from '../scoring/standings-types';
import { bundleSeason, type LeagueBundle } from './bundle';

/** Standings of a validated bundle (replay leagues ignore pick locks but not results already stored). */
export function bundleStandings(bundle: LeagueBundle): Standings {
  const season = bundleSeason(bundle);
  const replay = bundle.league.replay === true;
  return computeStandings({
    ...(season ? { season } : { races: [] }),
    members: bundle.members,
    picks: replay ? picksBeforeResults(bundle.picks, bundle.results) : bundle.picks,
    results: bundle.results,
    rules: bundle.league.rules,
    ignoreLocks: replay,
  });
}
