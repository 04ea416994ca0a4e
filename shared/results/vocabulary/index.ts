/**
 * Result-file vocabulary of every shipped language: status words, country
 * names, session headings, header columns, fact labels and title words, as
 * pure lookups over folded text.
 */
export { STATUS_WORDS, statusOfLastWords, statusOfWord, type RetirementStatus } from './status-words';
export { SESSION_HEADINGS, sessionOfLocalizedHeading, type HeadingPhrase } from './session-headings';
export { countryOfName, splitCountryPrefix } from './country-names';
export {
  FACT_LABELS,
  HEADER_WORDS,
  LAP_WORDS,
  TITLE_WORDS,
  headerColumnOf,
  readFactLine,
  readTitleWords,
  type FactLabel,
  type HeaderColumn,
  type TitleWords,
} from './report-words';
