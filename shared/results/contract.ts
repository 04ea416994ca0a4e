/**
 * The exact `podium parse --json` shape, a fixed contract for scripts. `ParseOutcome`
 * carries extra fields for the Results screen; this projection drops them so
 * the printed JSON is the contract and nothing more.
 */
import type { Cup, FinishStatus, SessionKind } from '../domain/types';
import type { RaceDetection } from './detect';
import type { IssueSeverity, ParseOutcome, ResultFormat } from './types';

export interface ContractOutcome {
  format: ResultFormat | null;
  races: {
    title: string | null;
    session: SessionKind | null;
    track: string | null;
    car: string | null;
    laps: number | null;
    rows: {
      position: number;
      country: string | null;
      driver: string;
      driverId: string | null;
      time: string | null;
      timeMs: number | null;
      gapMs: number | null;
      points: number | null;
      status: FinishStatus;
    }[];
    fastestLap: { driver: string; driverId: string | null; time: string; timeMs: number | null } | null;
    /** Detected season of the table (null when nothing in the file says). Present when detections were given. */
    seasonId?: string | null;
    /** Detected race (null when no race fits, or several fit equally). */
    raceId?: string | null;
    cup?: Cup | null;
  }[];
  issues: { severity: IssueSeverity; line: number; message: string }[];
}

/** The printed JSON; with `detections` (one per table) each race also says where it belongs. */
export function toContractJson(
  outcome: ParseOutcome,
  detections?: readonly Pick<RaceDetection, 'seasonId' | 'raceId' | 'cup'>[],
): ContractOutcome {
  return {
    format: outcome.format,
    races: outcome.races.map((race, k) => ({
      title: race.title,
      session: race.session,
      track: race.track,
      car: race.car,
      laps: race.laps,
      rows: race.rows.map((row) => ({
        position: row.position,
        country: row.country,
        driver: row.driver,
        driverId: row.driverId,
        time: row.time,
        timeMs: row.timeMs,
        gapMs: row.gapMs,
        points: row.points,
        status: row.status,
      })),
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
    })),
    issues: outcome.issues.map((issue) => ({
      severity: issue.severity,
      line: issue.line,
      message: issue.message,
    })),
  };
}
