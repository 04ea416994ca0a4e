/**
 * Results as fans copy them into chats and forums: numbered or dash lists,
 * one driver a line, in finishing order.
 *
 *   1. J. Serrano              - T. Miyazono – 8 Laps
 *   2. Pol Urra (Spain)        - M. McEwen – +0.310
 *   3) Spain Valerio Gallo     • Kaj de Bruin – DNF
 *
 * A numbered item gives its position; a dash item takes the next one. After
 * the name, a dash may add a time or gap, a lap count (the race length, on
 * the winner's line) or a status. A line is only an item when what remains
 * reads like a name (capitalised words, initials and particles such as "de"),
 * so a bullet point of prose is not mistaken for a driver.
 */
import type { FinishStatus } from '../domain/types';
import { readStatus } from './columns';
import { countryOfName as resolveCountry, splitCountryPrefix as splitCountryDriver } from './vocabulary';
import type { RowDraft } from './rows';
import { sessionOfHeading } from './sessions';
import { readTimeToken, type TimeToken } from './time';

export interface ListItem {
  /** Dash items have no number: null. */
  number: number | null;
  row: RowDraft;
  /** "8 Laps" after a name: the race length. */
  laps: number | null;
}

const ITEM_RE = /^(?:(\d{1,3})\s*[.)]|[-–—•*])\s+(\S.*)$/;
// The value after a name is set off by a dash with spaces around it ("Miyazono – 8 Laps").
const VALUE_SEPARATOR = /\s+[-–—]\s+/;
const LAPS_RE = /^(\d{1,3})\s*laps?$/i;
const PARTICLES = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'du',
  'y',
  'e',
]);
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u;

/** Reads one list line; null when the line is not a list item with a name. */
export function readListItem(
  text: string,
  line: number,
  knownName: (name: string) => boolean,
): ListItem | null {
  const m = ITEM_RE.exec(text.trim());
  if (!m) return null;
  const number = m[1] !== undefined ? Number(m[1]) : null;
  if (number !== null && number < 1) return null;
  const parts = m[2]!.split(VALUE_SEPARATOR);
  if (parts.length > 2) return null;
  let who = parts[0]!.trim();
  const value = parts[1]?.trim() ?? null;

  let time: TimeToken | null = null;
  let laps: number | null = null;
  let status: FinishStatus = 'finished';
  if (value !== null) {
    const lapsMatch = LAPS_RE.exec(value);
    const token = readTimeToken(value);
    const word = readStatus(value);
    if (lapsMatch) laps = Number(lapsMatch[1]);
    else if (token) time = token;
    else if (word !== null && word !== 'finished') status = word;
    else return null;
  }

  let country: string | null = null;
  let countryText: string | null = null;
  // "Jose Serrano (Spain)"
  const inParens = /^(.*\S)\s*\(([^()]+)\)$/.exec(who);
  if (inParens) {
    const code = resolveCountry(inParens[2]!);
    if (code) {
      who = inParens[1]!;
      country = code;
      countryText = inParens[2]!.trim();
    }
  }
  if (country === null && !knownName(who)) {
    const split = splitCountryDriver(who);
    if (split && looksLikeName(split.driver)) {
      ({ country, countryText } = split);
      who = split.driver;
    }
  }
  if (!knownName(who) && !looksLikeName(who)) return null;
  if (sessionOfHeading(who) !== null) return null;
  return {
    number,
    laps,
    row: {
      line,
      position: number,
      country,
      countryText,
      driver: who,
      time,
      gap: null,
      points: null,
      status,
      idHint: null,
      team: null,
    },
  };
}

/** One to five capitalised words or initials ("J. Serrano", "Kaj de Bruin"), with at least one real word. */
function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 5) return false;
  let letters = 0;
  for (const w of words) {
    if (PARTICLES.has(w)) continue;
    if (!NAME_WORD.test(w)) return false;
    if (w.replace(/[.'’-]/g, '').length >= 2) letters++;
  }
  return letters > 0 && NAME_WORD.test(words[0]!);
}
