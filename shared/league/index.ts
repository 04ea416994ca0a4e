export {
  bundleSeason,
  parseLeagueBundle,
  readLeagueBundleData,
  serializeLeagueBundle,
  LEAGUE_BUNDLE_FORMAT,
  LEAGUE_BUNDLE_VERSION,
  type BundleLeague,
  type LeagueBundle,
  type LeagueBundleResult,
} from './bundle';
export { bundleStandings } from './standings';
