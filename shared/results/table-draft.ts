import type { Cup, SessionKind } from '../domain/types';
import type { RowDraft } from './rows';
import type { TimeToken } from './time';

/** A table found in a file, before rows are finished, matched and validated. */
export interface TableDraft {
  title: string | null;
  session: SessionKind | null;
  track: string | null;
  car: string | null;
  laps: number | null;
  /** Line of the header (or of the first row for headerless tables). */
  line: number;
  rows: RowDraft[];
  fastestLap: FastestLapDraft | null;
  /** Race id named by the file itself (JSON `raceId`). */
  raceId?: string | null;
  /** The file says only the first positions are known (JSON `partial`). */
  partial?: boolean;
  /** `manufacturers` when the header, the rows or the file say the table lists teams. */
  cup?: Cup;
}

export interface FastestLapDraft {
  line: number;
  country: string | null;
  driver: string;
  time: TimeToken;
}
