/**
 * Result-file vocabulary of every shipped language: status words, country
 * names and session headings, as pure lookups over folded text.
 */
export { STATUS_WORDS, statusOfWord, type RetirementStatus } from './status-words';
export { SESSION_HEADINGS, sessionOfLocalizedHeading, type HeadingPhrase } from './session-headings';
export { countryOfName, splitCountryPrefix } from './country-names';
