/** Season data: the season file format and the embedded GTWS seasons. */
export { BUILT_IN_SEASONS, BUILT_IN_DATA_REVISION, getBuiltInSeason } from './built-in';
export {
  parseSeasonFile,
  readSeasonFileData,
  serializeSeasonFile,
  SEASON_FILE_FORMAT,
  SEASON_FILE_VERSION,
  SEASON_FILE_VERSIONS_READ,
  seasonToFileData,
  type SeasonFileResult,
} from './season-file';
export { raceCups, rowFromFile, rowToFile } from './result-rows';
export { seasonSchema, toSeason, type SeasonInput } from './schema';
export {
  findRace,
  pickableRaces,
  allRaces,
  findDriverByName,
  entryListPending,
  officialResult,
} from './lookup';
export { refreshBuiltInSeason } from './refresh';
