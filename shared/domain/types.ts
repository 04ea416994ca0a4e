/**
 * Domain model of Podium League. Pure data: every type here is
 * plain JSON so it can live in IndexedDB, in season files and in league bundles
 * without conversion.
 *
 * Identifiers are stable strings, never database counters:
 * season `gtws-2025`, round `gtws-2025-r1` / `gtws-2025-wf`,
 * race `gtws-2025-r1-nations-gf`, driver `jose-serrano`, team `toyota`.
 */

import type { ScoringRules } from '../scoring/rules';

/** The two GTWS championships. */
export type Cup = 'nations' | 'manufacturers';

/** Session part of a race id: `<round>-<cup>-<session>`. */
export type SessionKind = 'quali' | 'sprint' | 'race1' | 'race2' | 'race3' | 'gf';

export const SESSION_KINDS: readonly SessionKind[] = ['quali', 'sprint', 'race1', 'race2', 'race3', 'gf'];

/** A person who races. The id is the name slug without accents (`jose-serrano`). */
export interface Driver {
  id: string;
  name: string;
  /**
   * ISO 3166-1 alpha-2, upper case (`ES`). Empty when not known: a
   * Manufacturers Cup driver who never raced for a nation has no stated country.
   */
  country: string;
  /** PSN IDs seen for this driver; they may change between seasons. */
  psnIds: string[];
  /** Other spellings seen in race reports ("José Serrano", "Coque Lopez"). */
  aliases: string[];
}

/**
 * A Manufacturers Cup entry: one manufacturer with three drivers (one per
 * region). Picks in that cup name teams, so a team is an "entry" just like a
 * driver is in the Nations Cup.
 */
export interface Team {
  id: string;
  name: string;
  /** Every driver the sources name for the team this season. */
  driverIds: string[];
  /** Who drove for the team at each round, where the sources say (a round may list one driver). */
  lineUps?: TeamLineUp[];
}

/** The drivers of a team at one round, as the sources state them. */
export interface TeamLineUp {
  roundId: string;
  driverIds: string[];
}

/**
 * Schedule state of a round or race that will not run as listed: `cancelled`
 * (called off) or `tba` (announced without a date or format). Such a race is
 * never pickable and never counts as missed. Absent: scheduled as listed.
 */
export type ScheduleStatus = 'cancelled' | 'tba';

/** One race of a round. Only races with a non-empty points table are pickable by default. */
export interface Race {
  id: string;
  roundId: string;
  cup: Cup;
  session: SessionKind;
  /** Display name ("Grand Final", "Race 1"). */
  name: string;
  track: string;
  car: string;
  /** null when the report does not say (time trials). */
  laps: number | null;
  /** Start time, UTC ISO 8601. Picks for the race lock at this instant. */
  startsAt: string;
  /** True while `startsAt` is an estimate (no published schedule); the UI says so. */
  startsAtEstimate?: boolean;
  /** Championship points by finishing position, index 0 = P1. Empty: pays no points. */
  pointsTable: number[];
  /** Always false for a cancelled or to-be-announced race. */
  pickable: boolean;
  /** Set when the race is cancelled or to be announced; a round's status applies to its races. */
  status?: ScheduleStatus;
}

/** A live event of the season. */
export interface Round {
  id: string;
  seasonId: string;
  /** 1-based order in the season; the World Finals come last. */
  number: number;
  name: string;
  venue: string;
  city: string;
  /** First day, ISO date (`2025-06-07`). Absent while the date is not announced. */
  date?: string;
  /** Last day for multi-day events, ISO date. */
  endDate?: string;
  /** IANA zone of the venue (`Europe/London`), for showing local start times. */
  timeZone: string;
  /** Set when the whole round is cancelled or to be announced. */
  status?: ScheduleStatus;
  races: Race[];
}

/** Entry ids per cup: driver ids for the Nations Cup, team ids for the Manufacturers Cup. */
export interface EntryLists {
  nations: string[];
  manufacturers: string[];
  /**
   * Cups whose line-up is not known yet. A listed cup with an empty list is
   * shown as "line-up not known yet"; once its list has entries the marker no
   * longer applies.
   */
  pending?: Cup[];
}

/** Where an official fact was published: the report URLs, official report first. */
export interface OfficialSource {
  urls: string[];
}

/**
 * An official result shipped with a season, in the league bundle's result
 * shape. `partial` is set when the sources name only the first positions
 * (podium only, winner only): every entry not listed counts as not classified
 * until a full classification replaces it.
 */
export interface OfficialResult {
  raceId: string;
  classification: ResultRow[];
  partial?: boolean;
  source: OfficialSource;
}

/** One line of championship standings as a source states it (rank or points may be unknown). */
export interface OfficialStandingRow {
  entryId: string;
  rank?: number;
  points?: number;
}

/** Championship standings a source states after a round; `rows` may list only the leaders. */
export interface OfficialStandings {
  /** The round after which these standings hold. */
  roundId: string;
  cup: Cup;
  rows: OfficialStandingRow[];
  /** True when the source states the whole table; false when it names only the leaders. */
  complete: boolean;
  note?: string;
  source: OfficialSource;
}

/** The champion of a cup, as a source states it. */
export interface OfficialChampion {
  cup: Cup;
  entryId: string;
  source: OfficialSource;
}

/** A championship season: calendar, people and entry lists. */
export interface Season {
  id: string;
  name: string;
  year: number;
  rounds: Round[];
  drivers: Driver[];
  teams: Team[];
  entryLists: EntryLists;
  /** Official results shipped with the season (built-in seasons), each with its source. */
  results?: OfficialResult[];
  /** Championship standings the sources state, in calendar order. */
  standings?: OfficialStandings[];
  champions?: OfficialChampion[];
}

/** How a row of a classification ended. `dns` scores nothing; `dnf`/`dsq` score by listed position. */
export type FinishStatus = 'finished' | 'dnf' | 'dsq' | 'dns';

/** One line of an official classification. */
export interface ResultRow {
  position: number;
  /**
   * Entry id: driver id (Nations Cup) or team id (Manufacturers Cup). Files
   * (season files, league files) write a Manufacturers Cup row's entry as
   * `teamId`; their readers and writers map it to and from this field.
   */
  driverId: string;
  status: FinishStatus;
  /** Original text as printed, e.g. `44'25.829` or `+00.287`. */
  time?: string | null;
  timeMs?: number | null;
  gapMs?: number | null;
  points?: number | null;
}

export interface FastestLap {
  driverId: string | null;
  driver: string;
  time: string;
  timeMs: number | null;
}

/** Where a stored result came from. */
export interface ResultSource {
  fileName: string;
  sha256: string;
  importedAt: string;
  /** Report URLs of a result that came from the season's official data rather than a file. */
  urls?: string[];
}

/** The official classification of one race. */
export interface RaceResult {
  raceId: string;
  classification: ResultRow[];
  fastestLap?: FastestLap | null;
  source?: ResultSource | null;
  /**
   * Only the first positions are known (podium only, winner only, a podium
   * entered by hand). Entries not listed count as not classified until a full
   * classification replaces it.
   */
  partial?: boolean;
  /**
   * When this result was first stored (UTC ISO). In a replay league a pick
   * made at or after this instant never counts for the race.
   */
  storedAt?: string;
}

/** A league member: a local profile. */
export interface Member {
  id: string;
  name: string;
  /** CSS colour used in tables and charts. */
  color?: string;
  /** Ed25519 public key (hex) of the key this member signs picks with, made on their own computer. */
  publicKey?: string;
}

/** A predicted podium: three distinct entry ids, P1 first. */
export type Podium = [string, string, string];

/** One member's pick for one race. */
export interface Pick {
  memberId: string;
  raceId: string;
  podium: Podium;
  /** When the pick was made, UTC ISO. Picks made at or after the race start are invalid. */
  madeAt: string;
  /** Set on the picks of the round the member plays their joker on (doubles that round). */
  joker?: boolean;
  /** The member's Ed25519 signature (hex) over the pick, when it came from or goes to another computer. */
  sig?: string;
}

/** A prediction league on one season. */
export interface League {
  id: string;
  name: string;
  seasonId: string;
  rules: ScoringRules;
  createdAt: string;
  /** Replay mode: a past season played for fun; locks are ignored and the UI says so. */
  replay?: boolean;
}
