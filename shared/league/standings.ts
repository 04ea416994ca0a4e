/** The league table of a bundle: the one call the CLI and the app need. */
import { computeStandings } from '../scoring/engine';
import type { Standings } from '../scoring/standings-types';
import { bundleSeason, type LeagueBundle } from './bundle';

/** Standings of a validated bundle (replay leagues ignore pick locks). */
export function bundleStandings(bundle: LeagueBundle): Standings {
  const season = bundleSeason(bundle);
  return computeStandings({
    ...(season ? { season } : { races: [] }),
    members: bundle.members,
    picks: bundle.picks,
    results: bundle.results,
    rules: bundle.league.rules,
    ignoreLocks: bundle.league.replay === true,
  });
}
