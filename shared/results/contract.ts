/**
 * The exact `podium parse --json` shape, a fixed contract for scripts. `ParseOutcome`
 * carries extra fields for the Results screen; this projection drops them so
 * the printed JSON is the contract and nothing more.
 */
import type { Cup, SessionKind } from '../domain/types';
import type { RaceDetection } from './detect';
import type {
  ContractRow,
  IssueSeverity,
  ParseIssueCode,
  ParseOutcome,
  ParsedRow,
  ResultFormat,
} from './types';

/**
 * A printed row. Nations Cup rows name their driver (`driverId`); Manufacturers
 * Cup rows name their team (`teamId`, with `team` as printed) and keep
 * `driver` for the driver(s) printed next to it, `driverId` null.
 */
export type ContractRowJson = ContractRow & { teamId?: string | null; team?: string | null };

export interface ContractOutcome {
  format: ResultFormat | null;
  races: {
    title: string | null;
    session: SessionKind | null;
    track: string | null;
    car: string | null;
    laps: number | null;
    rows: ContractRowJson[];
    fastestLap: { driver: string; driverId: string | null; time: string; timeMs: number | null } | null;
    /** Detected season of the table (null when nothing in the file says). Present when detections were given. */
    seasonId?: string | null;
    /** Detected race (null when no race fits, or several fit equally). */
    raceId?: string | null;
    /** Cup of the detected race; without one, `manufacturers` for a table of teams, else the title's cup or null. */
    cup?: Cup | null;
  }[];
  /** `code` is the stable kind of the problem (see `PARSE_ISSUE_CODES`); scripts test it, not the English message. */
  issues: { severity: IssueSeverity; line: number; message: string; code: ParseIssueCode }[];
}

function contractRow(row: ParsedRow, teams: boolean): ContractRowJson {
  const base: ContractRow = {
    position: row.position,
    country: row.country,
    driver: row.driver,
    driverId: teams ? null : row.driverId,
    time: row.time,
    timeMs: row.timeMs,
    gapMs: row.gapMs,
    points: row.points,
    status: row.status,
  };
  // Inside the app a team row's entry id is its driverId; in files it is its teamId.
  return teams ? { ...base, teamId: row.driverId, team: row.team } : base;
}

/** The printed JSON; with `detections` (one per table) each race also says where it belongs. */
export function toContractJson(
  outcome: ParseOutcome,
  detections?: readonly Pick<RaceDetection, 'seasonId' | 'raceId' | 'cup'>[],
): ContractOutcome {
  return {
    format: outcome.format,
    races: outcome.races.map((race, k) => {
      const teams = race.cup === 'manufacturers';
      return {
        title: race.title,
        session: race.session,
        track: race.track,
        car: race.car,
        laps: race.laps,
        rows: race.rows.map((row) => contractRow(row, teams)),
        fastestLap: race.fastestLap
          ? {
              driver: race.fastestLap.driver,
              driverId: race.fastestLap.driverId,
              time: race.fastestLap.time,
              timeMs: race.fastestLap.timeMs,
            }
          : null,
        ...(detections
          ? {
              seasonId: detections[k]?.seasonId ?? null,
              raceId: detections[k]?.raceId ?? null,
              cup: detections[k]?.cup ?? null,
            }
          : {}),
      };
    }),
    issues: outcome.issues.map((issue) => ({
      severity: issue.severity,
      line: issue.line,
      message: issue.message,
      code: issue.code,
    })),
  };
}
