/**
 * Row types of the IndexedDB database. They are the shared/ domain types,
 * flattened where a table needs its own index (rounds, races, drivers) and
 * scoped by league where data belongs to one league (members, picks).
 */
import type {
  Driver,
  OfficialChampion,
  OfficialResult,
  OfficialStandings,
  EntryLists,
  League,
  Member,
  Pick,
  RaceResult,
  Race,
  Round,
  Team,
} from '../../../shared/domain/types';
import type { TextEncodingName } from '../../../shared/results/types';

/** A season without its nested rounds and drivers (those have their own tables). */
export interface SeasonRecord {
  id: string;
  name: string;
  year: number;
  teams: Team[];
  entryLists: EntryLists;
  /** True for seasons shipped with the app; users cannot delete those. */
  builtIn: boolean;
  /** Revision of the shipped data a built-in season was written from; absent for the first release. */
  dataRevision?: number;
  /** Official results, standings and champions the season ships (see shared/domain/types.ts). */
  results?: OfficialResult[];
  standings?: OfficialStandings[];
  champions?: OfficialChampion[];
}

export type RoundRecord = Omit<Round, 'races'>;

export interface RaceRecord extends Race {
  seasonId: string;
  /** Position in the round as the season lists it. */
  order: number;
}

/** Drivers are stored per season: PSN IDs and entry lists change between seasons. */
export interface DriverRecord extends Driver {
  seasonId: string;
  /** Position in the season's driver list. */
  order: number;
}

export type LeagueRecord = League;

export interface MemberRecord extends Member {
  leagueId: string;
  createdAt: string;
}

export interface PickRecord extends Pick {
  leagueId: string;
  /** When a pick made on another computer reached this one (this computer's clock); absent for picks made here. */
  receivedAt?: string;
  /** When the group accepted this pick although it arrived after its race's lock. */
  acceptedLate?: string;
}

/** Every change to a pick, oldest first, so a member can see and undo their last change. */
export interface PickHistoryRecord {
  seq?: number;
  leagueId: string;
  memberId: string;
  raceId: string;
  /** The podium after the change; null when the pick was cleared. */
  podium: Pick['podium'] | null;
  /** The podium before the change; null when there was none. */
  previous: Pick['podium'] | null;
  /** Whether the joker was on after the change. */
  joker: boolean;
  /** Whether the joker was on before the change; absent on rows written before it was recorded. */
  previousJoker?: boolean;
  changedAt: string;
  /** Set on an undo: the `seq` of the change it took back (an undo itself is never undone, see db/picks.ts). */
  undoOf?: number;
}

export type ResultRecord = RaceResult;

/** One committed import, kept with what it replaced so the last one can be undone. */
export interface ImportRecord {
  seq?: number;
  raceId: string;
  fileName: string;
  sha256: string;
  importedAt: string;
  format: string;
  /** How the file's bytes were decoded; absent on rows written before it was recorded and for league files. */
  encoding?: TextEncodingName;
  rowCount: number;
  /** The result this import replaced, or null if the race had none. */
  replaced: RaceResult | null;
  /** Set when the import was undone. */
  undoneAt?: string | null;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
