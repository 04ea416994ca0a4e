/**
 * Which race of which known season a parsed table is, read from the text
 * itself: the document title (year, round or World Finals, cup), a city and
 * a date near the top, the table's session heading, and its track, car and
 * laps compared with every race of every season given. The active league
 * plays no part, so a 2024 report is recognised as 2024 whatever league is
 * open.
 *
 * Facts either narrow the candidates (a title year, round, city or date
 * names the event; a session heading names the race; a track or lap count
 * that disagrees rules a race out) or add weight (car, drivers found in the
 * season's entry list). A race is only detected when something identifies
 * it — a session heading and familiar names alone fit every Grand Final —
 * and when no other race fits as well; otherwise `raceId` is null and the
 * user chooses. Evidence is returned as codes with parameters; screens and
 * the CLI word them.
 */
import type { Cup, Race, Round, Season } from '../domain/types';
import { seasonDriverIndex } from './drivers';
import { foldKey } from './normalize';
import { readDocumentTitle } from './sessions';
import { seasonTeamIndex } from './teams';
import type { ParsedRace } from './types';

/** One reason a table was tied to a race, with what matched. */
export type DetectionEvidence =
  | { code: 'title-year'; year: number }
  | { code: 'title-round'; round: number }
  | { code: 'title-world-finals' }
  | { code: 'title-cup'; cup: Cup }
  | { code: 'city'; city: string }
  | { code: 'date'; date: string }
  | { code: 'session'; heading: string }
  | { code: 'track'; track: string }
  | { code: 'car'; car: string }
  | { code: 'laps'; laps: number }
  /** Rows whose driver is on the season's entry list for the race's cup (of the first 50 rows). */
  | { code: 'drivers'; matched: number; total: number }
  /** The race was named explicitly (`--race`, a JSON `raceId`). */
  | { code: 'named' };

/** Why no race was detected for a table. */
export type NoRaceReason =
  /** Nothing in the text identifies a race (no title, track, laps, city or date that fits). */
  | 'unidentified'
  /** Several races fit equally well; see `alternatives`. */
  | 'ambiguous'
  /** The facts that identify a race rule out every race of the known seasons. */
  | 'no-fit';

export interface RaceDetection {
  /** Season the table belongs to; may be known when the race is not (a 2024 title over an unknown session). */
  seasonId: string | null;
  /** Null when nothing fits, or more than one race fits equally. */
  raceId: string | null;
  cup: Cup | null;
  /** Why `raceId` was chosen, strongest first; empty without a race. */
  evidence: DetectionEvidence[];
  /** Set when `raceId` is null. */
  reason: NoRaceReason | null;
  /** Races that fit as well as the best one, when that made the answer ambiguous (at most 6). */
  alternatives: string[];
}

/** Facts about the whole document: its title, and a city or date mentioned before the first table. */
export interface DocumentFacts {
  year: number | null;
  round: number | 'wf' | null;
  cup: Cup | null;
  /** Folded text of the title and the lines before the first table, for city names. */
  preamble: string;
  /** ISO dates written in the preamble. */
  dates: string[];
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_RE = MONTHS.map((m) => m.slice(0, 3)).join('|');
// Day before month ("8 December 2024", "7–8 Dec 2024") or after it ("December 8, 2024").
const DAY_MONTH_RE = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[–-]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(${MONTH_RE})[a-z]*\\.?,?\\s+(20\\d\\d)\\b`,
  'gi',
);
const MONTH_DAY_RE = new RegExp(
  `\\b(${MONTH_RE})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[–-]\\s*\\d{1,2})?,?\\s+(20\\d\\d)\\b`,
  'gi',
);
const FACT_LINE_RE = /^(?:car|vehicle|track|circuit|course|laps)\s*[:：]/i;
const ISO_DATE_RE = /\b(20\d\d)-(\d\d)-(\d\d)\b/g;

/** Reads the title, a city and dates from the document title and the text before the first table. */
export function readDocumentFacts(documentTitle: string | null, preamble: string): DocumentFacts {
  // A pasted report may open with a headline; the event is then named on a later line.
  const title = readDocumentTitle(documentTitle);
  for (const line of preamble.split('\n')) {
    if (title.year !== null && title.round !== null && title.cup !== null) break;
    if (line.length > 120) continue;
    const more = readDocumentTitle(line);
    if (more.round !== null && title.round === null) {
      title.round = more.round;
      title.year ??= more.year;
    }
    title.cup ??= more.cup;
  }
  // Track and car lines name places too ("Tokyo Expressway"): a city there is not the venue.
  const prose = preamble
    .split('\n')
    .filter((line) => !FACT_LINE_RE.test(line.trim()))
    .join('\n');
  const preambleText = `${documentTitle ?? ''}\n${prose}`.slice(0, 20_000);
  const dates = new Set<string>();
  for (const m of preambleText.matchAll(ISO_DATE_RE)) dates.add(`${m[1]}-${m[2]}-${m[3]}`);
  for (const m of preambleText.matchAll(DAY_MONTH_RE)) {
    const date = isoDate(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
    if (date) dates.add(date);
  }
  for (const m of preambleText.matchAll(MONTH_DAY_RE)) {
    const date = isoDate(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
    if (date) dates.add(date);
  }
  return { ...title, preamble: ` ${foldKey(preambleText)} `, dates: [...dates] };
}

function monthIndex(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 0 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCMonth() !== month) return null;
  return d.toISOString().slice(0, 10);
}

interface Candidate {
  season: Season;
  round: Round;
  race: Race;
  score: number;
  /** Something other than the session and the names points at this race. */
  identified: boolean;
  evidence: DetectionEvidence[];
}

// Words that name a different layout of the same circuit ("Highway 1 Reverse", "Monza No Chicane").
const LAYOUT_WORDS =
  /\b(?:reverse|chicane|short|long|east|west|clockwise|counterclockwise|oval|inner|outer)\b/;

/**
 * Whether a table's track can be the race's: the same folded name, or one
 * containing the other ("Nürburgring 24h" and "Nurburgring 24h layout").
 * A table naming a layout the race does not ("Highway 1 Reverse" against
 * "Highway 1") is another track; a table less specific than the race is not.
 */
export function sameTrack(tableTrack: string, raceTrack: string): boolean {
  const x = foldKey(tableTrack)
    .replace(/\blayout\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const y = foldKey(raceTrack)
    .replace(/\blayout\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (x === '' || y === '') return false;
  if (x === y || y.includes(x)) return true;
  return x.includes(y) && !LAYOUT_WORDS.test(x.replace(y, ' '));
}

/** Cars are compared loosely: reports shorten "Gran Turismo Red Bull X2019 Competition". */
function sameCar(a: string, b: string): boolean {
  const strip = (s: string) =>
    foldKey(s)
      .replace(/\bgran turismo\b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const x = strip(a);
  const y = strip(b);
  if (x === '' || y === '') return false;
  return x === y || x.includes(y) || y.includes(x);
}

/** The days a round runs, or null while its date is not announced (nothing to match a date against). */
function roundDays(round: Round): [string, string] | null {
  if (!round.date) return null;
  return [round.date, round.endDate ?? round.date];
}

/** A cancelled round or race never ran: no table is its result. */
function cancelled(item: Round | Race): boolean {
  return item.status === 'cancelled';
}

function containsWord(haystack: string, city: string): boolean {
  const key = foldKey(city);
  return key !== '' && haystack.includes(` ${key} `);
}

/**
 * Detects the race of one table among `seasons`. `facts` describe the whole
 * document (see `readDocumentFacts`).
 */
export function detectRace(
  table: ParsedRace,
  facts: DocumentFacts,
  seasons: readonly Season[],
): RaceDetection {
  // Narrowing by the title and preamble: each fact that names something keeps only what it names.
  let pool: { season: Season; round: Round; base: DetectionEvidence[]; weight: number }[] = [];
  for (const season of seasons) {
    if (facts.year !== null && season.year !== facts.year) continue;
    for (const round of season.rounds) {
      if (cancelled(round)) continue;
      const base: DetectionEvidence[] = [];
      let weight = 0;
      if (facts.year !== null) {
        base.push({ code: 'title-year', year: facts.year });
        weight += 3;
      }
      if (facts.round === 'wf') {
        if (!isWorldFinals(round)) continue;
        base.push({ code: 'title-world-finals' });
        weight += 3;
      } else if (facts.round !== null) {
        if (isWorldFinals(round) || round.number !== facts.round) continue;
        base.push({ code: 'title-round', round: facts.round });
        weight += 3;
      }
      pool.push({ season, round, base, weight });
    }
  }
  // A city or date only narrows when it names one of the remaining events; otherwise it is prose.
  const byCity = pool.filter((p) => containsWord(facts.preamble, p.round.city));
  if (byCity.length > 0) {
    pool = byCity.map((p) => ({
      ...p,
      base: [...p.base, { code: 'city', city: p.round.city }],
      weight: p.weight + 3,
    }));
  }
  const byDate = pool.flatMap((p) => {
    const days = roundDays(p.round);
    const date = days && facts.dates.find((d) => d >= days[0] && d <= days[1]);
    return date ? [{ ...p, base: [...p.base, { code: 'date', date } as const], weight: p.weight + 3 }] : [];
  });
  if (byDate.length > 0) pool = byDate;
  const documentIdentifies = pool.some((p) => p.weight > 0);

  const candidates: Candidate[] = [];
  const entryMatches = new Map<string, number>();
  let contradicted = false;
  for (const { season, round, base, weight } of pool) {
    for (const race of round.races) {
      if (cancelled(race)) continue;
      if (facts.cup !== null && race.cup !== facts.cup && table.cup !== 'manufacturers') continue;
      // Teams are a Manufacturers Cup classification, drivers with countries a Nations Cup one.
      if (race.cup !== table.cup) continue;
      if (table.session !== null && race.session !== table.session) continue;
      const evidence: DetectionEvidence[] = [...base];
      let score = weight;
      let identified = documentIdentifies;
      if (facts.cup === race.cup) evidence.push({ code: 'title-cup', cup: facts.cup });
      if (table.session !== null) {
        evidence.push({ code: 'session', heading: table.title ?? race.name });
        score += 1;
      }
      if (table.track && race.track) {
        // Never offer a race whose track disagrees with the table.
        if (!sameTrack(table.track, race.track)) {
          contradicted = true;
          continue;
        }
        evidence.push({ code: 'track', track: race.track });
        score += 2;
        identified = true;
      }
      if (table.laps !== null && race.laps !== null) {
        if (table.laps !== race.laps) {
          contradicted = true;
          continue;
        }
        evidence.push({ code: 'laps', laps: race.laps });
        score += 1;
        identified = true;
      }
      if (table.car && race.car && sameCar(table.car, race.car)) {
        evidence.push({ code: 'car', car: race.car });
        score += 1;
      }
      const key = `${season.id}:${race.cup}`;
      let matched = entryMatches.get(key);
      if (matched === undefined) {
        matched = countEntryMatches(table, season, race.cup);
        entryMatches.set(key, matched);
      }
      const sampled = Math.min(table.rows.length, DRIVER_SAMPLE);
      if (sampled > 0 && matched * 2 >= sampled) {
        evidence.push({ code: 'drivers', matched, total: sampled });
        score += matched === sampled ? 2 : 1;
      }
      candidates.push({ season, round, race, score, identified, evidence });
    }
  }

  const seasonOfPool = uniqueSeason(pool.map((p) => p.season));
  const fitting = candidates.filter((c) => c.identified);
  if (fitting.length === 0) {
    const titleNames = facts.year !== null || facts.round !== null;
    const reason: NoRaceReason =
      contradicted || ((documentIdentifies || titleNames) && candidates.length === 0)
        ? 'no-fit'
        : 'unidentified';
    // Names alone do not pick a race, but they can tell the season (Pol Urra raced in 2025, not 2024).
    const bestScore = Math.max(...candidates.map((c) => c.score));
    const season =
      uniqueSeason(candidates.filter((c) => c.score === bestScore).map((c) => c.season)) ??
      (documentIdentifies ? seasonOfPool : null);
    return none(season, reason, [], tableOrTitleCup(table, facts));
  }
  const best = Math.max(...fitting.map((c) => c.score));
  const top = fitting.filter((c) => c.score === best);
  if (top.length > 1) {
    return none(
      uniqueSeason(top.map((c) => c.season)),
      'ambiguous',
      top.slice(0, 6).map((c) => c.race.id),
      tableOrTitleCup(table, facts),
    );
  }
  const chosen = top[0]!;
  return {
    seasonId: chosen.season.id,
    raceId: chosen.race.id,
    cup: chosen.race.cup,
    evidence: chosen.evidence,
    reason: null,
    alternatives: [],
  };
}

function none(
  season: Season | null,
  reason: NoRaceReason,
  alternatives: string[],
  cup: Cup | null,
): RaceDetection {
  return { seasonId: season?.id ?? null, raceId: null, cup, evidence: [], reason, alternatives };
}

/** Without a race, the cup is known when the table lists teams, or when the title names one. */
function tableOrTitleCup(table: ParsedRace, facts: DocumentFacts): Cup | null {
  return table.cup === 'manufacturers' ? 'manufacturers' : facts.cup;
}

function isWorldFinals(round: Round): boolean {
  return round.id.endsWith('-wf');
}

function uniqueSeason(seasons: readonly Season[]): Season | null {
  const ids = new Set(seasons.map((s) => s.id));
  return ids.size === 1 ? seasons[0]! : null;
}

/** A classification's first rows say whose season it is; a 100,000-row CSV need not be read whole. */
const DRIVER_SAMPLE = 50;

/** How many of the table's first names are on the season's entry list for `cup` (none when it is empty). */
function countEntryMatches(table: ParsedRace, season: Season, cup: Cup): number {
  if (season.entryLists[cup].length === 0) return 0;
  if (cup === 'manufacturers') {
    const teams = seasonTeamIndex(season);
    return sampleRows(table).filter((row) => teams.match(row.team, row.driver, null).driverId !== null)
      .length;
  }
  const index = seasonDriverIndex(season, cup);
  return sampleRows(table).filter((row) => index.find(row.driver) !== null).length;
}

function sampleRows(table: ParsedRace) {
  return table.rows.slice(0, DRIVER_SAMPLE);
}
