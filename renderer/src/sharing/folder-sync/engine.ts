/**
 * The shared-folder exchange for one league, without React: write this
 * computer's member's slip, read everyone else's and merge them with the same
 * code as a manual slip import (previewSlip → importSlip, so the merge rule,
 * the lock check and idempotence are the ones of a manual import).
 */
import { parseSlip, serializeSlip } from '../../../../shared/exchange';
import type { RefusedPick } from '../../../../shared/exchange/merge';
import type { PodiumDatabase } from '../../db/schema';
import type { FolderSyncPlatform } from '../../platform/types';
import { nowIso } from '../../app/clock';
import { buildSlip, importSlip, previewSlip } from '../slip-io';
import { slipFileName, type SyncFolderConfig } from './config';
import { problemsOf, ProblemsError, thrownProblem } from '../../lib/problems-error';
import { fileProblem, type FileProblem } from '../../../../shared/files/problems';
import { SYNC_LIMITS } from '../../../../shared/ipc/contract';

export interface MemberSlipStatus {
  memberId: string;
  name: string;
  fileName: string;
  /** Picks in their slip. */
  picks: number;
  /** Picks the last read added or replaced here. */
  imported: number;
}

export interface FolderSyncStatus {
  lastWrite: { at: string; fileName: string; picks: number } | null;
  /** Why the last write failed (the system's error code as `fs`), worded by the panel. */
  writeError: FileProblem[] | null;
  lastRead: { at: string; files: number } | null;
  readError: FileProblem[] | null;
  /** Other members' slips seen in the last read. */
  members: MemberSlipStatus[];
  /** Picks the merge rule refused (late, unknown race, driver not entered), with the member's name. */
  refused: (Pick<RefusedPick, 'reason' | 'params' | 'message'> & { member: string })[];
  /** Picks that arrived after their race's lock: kept aside until the group accepts them. */
  late: { member: string; raceId: string; receivedAt: string }[];
  /** Files not complete yet (a sync tool still copying them); read again shortly. */
  incomplete: FileProblem[];
  /**
   * Files that are not usable slips (invalid, too large, unreadable) and per-read limits reached;
   * not retried. A file's problems carry its name as their `file` param; an unexpected error
   * while merging a file is an `unexpected` problem, its English message only as the `detail`.
   */
  problems: FileProblem[];
}

/** A file's problems in the folder's list: each names its file, and its English says which. */
function ofFile(fileName: string, problems: readonly FileProblem[]): FileProblem[] {
  return problems.map((p) => ({
    ...p,
    params: { ...p.params, file: fileName },
    message: `${fileName}: ${p.message}`,
  }));
}

export const EMPTY_STATUS: FolderSyncStatus = {
  lastWrite: null,
  writeError: null,
  lastRead: null,
  readError: null,
  members: [],
  refused: [],
  late: [],
  incomplete: [],
  problems: [],
};

/** Writes this computer's member's slip into the folder (main makes it atomic). */
export async function writeOwnSlip(
  db: PodiumDatabase,
  fs: FolderSyncPlatform,
  leagueId: string,
  config: SyncFolderConfig,
): Promise<NonNullable<FolderSyncStatus['lastWrite']>> {
  const slip = await buildSlip(db, leagueId, config.memberId);
  const fileName = slipFileName(leagueId, config.memberId);
  const written = await fs.writeSlip(config.folder, fileName, serializeSlip(slip));
  if (!written.ok) throw new ProblemsError(written.problems);
  return { at: nowIso(), fileName, picks: slip.picks.length };
}

export type ReadOutcome = Pick<
  FolderSyncStatus,
  'lastRead' | 'members' | 'refused' | 'late' | 'incomplete' | 'problems'
> & {
  /** This computer's own file was not in the folder (deleted by someone): write it again. */
  ownFileMissing: boolean;
};

/**
 * Reads every slip in the folder and merges the other members' slips of this
 * league. Files of other leagues are ignored (one folder can serve several);
 * this member's own file is never merged, only written.
 */
export async function readAndMerge(
  db: PodiumDatabase,
  fs: FolderSyncPlatform,
  leagueId: string,
  config: SyncFolderConfig,
): Promise<ReadOutcome> {
  const listing = await fs.readSlips(config.folder);
  if (!listing.ok) throw new ProblemsError(listing.problems);
  const outcome: ReadOutcome = {
    lastRead: { at: nowIso(), files: listing.value.entries.length },
    members: [],
    refused: [],
    late: [],
    incomplete: [],
    problems: [],
    ownFileMissing: !listing.value.entries.some(
      (entry) => entry.fileName === slipFileName(leagueId, config.memberId),
    ),
  };
  if (listing.value.skipped) {
    const { files, reason, problem } = listing.value.skipped;
    outcome.problems.push({ ...problem, message: files > 0 ? `${reason} (${files} not read)` : reason });
  }
  for (const entry of listing.value.entries) {
    if (entry.status === 'incomplete') {
      outcome.incomplete.push(
        fileProblem('incomplete', `${entry.fileName}: ${entry.reason}; will retry.`, {
          file: entry.fileName,
        }),
      );
      continue;
    }
    if (entry.status === 'too-large') {
      outcome.problems.push(
        fileProblem('too-large', `${entry.fileName} is too large (${entry.bytes} bytes) to be a pick slip.`, {
          file: entry.fileName,
          limitMb: SYNC_LIMITS.maxSlipBytes / (1024 * 1024),
        }),
      );
      continue;
    }
    if (entry.status === 'invalid') {
      // Not read again until the file changes: no retry loop over a file that will never parse.
      outcome.problems.push(...ofFile(entry.fileName, entry.problems));
      continue;
    }
    if (entry.status === 'unreadable') {
      outcome.problems.push(...ofFile(entry.fileName, entry.problems));
      continue;
    }
    const parsed = parseSlip(entry.text);
    if (!parsed.ok) {
      outcome.problems.push(...ofFile(entry.fileName, parsed.problems.slice(0, 3)));
      continue;
    }
    const slip = parsed.value;
    if (slip.leagueId !== leagueId || slip.member.id === config.memberId) continue;
    try {
      const preview = await previewSlip(db, leagueId, slip, null);
      if (preview.newMember) {
        // Never add members behind the host's back: a removed member's old file would bring them back.
        outcome.problems.push(
          fileProblem(
            'not-a-member',
            `${entry.fileName}: ${slip.member.name} is not a member of this league here. Import their slip by hand (Pick slips) to add them.`,
            { file: entry.fileName, member: slip.member.name },
          ),
        );
        continue;
      }
      const changes = preview.merge.accepted.length + preview.merge.late.length;
      const imported = changes > 0 ? await importSlip(db, leagueId, preview, 'folder') : 0;
      outcome.members.push({
        memberId: slip.member.id,
        name: slip.member.name,
        fileName: entry.fileName,
        picks: slip.picks.length,
        imported,
      });
      for (const refused of preview.merge.refused) {
        outcome.refused.push({
          member: slip.member.name,
          reason: refused.reason,
          params: refused.params,
          message: `${slip.member.name}: ${refused.message}`,
        });
      }
      for (const late of preview.merge.late) {
        outcome.late.push({
          member: slip.member.name,
          raceId: late.pick.raceId,
          receivedAt: late.pick.receivedAt,
        });
      }
    } catch (error) {
      outcome.problems.push(...ofFile(entry.fileName, [thrownProblem(error)]));
    }
  }
  return outcome;
}

export interface LeagueSyncerOptions {
  db: PodiumDatabase;
  fs: FolderSyncPlatform;
  leagueId: string;
  config: SyncFolderConfig;
  onStatus(status: FolderSyncStatus): void;
  /** Quiet time after the last pick change before writing: picking a podium is three quick edits. */
  writeDebounceMs?: number;
  /** When files were incomplete, read again after this long even without a folder event. */
  retryMs?: number;
}

/** Folders watched by this renderer, counted so two leagues sharing a folder do not stop each other's watch. */
const watchCounts = new Map<string, number>();

/**
 * Drives one league's sync: watch, read on every change (one read at a time,
 * with one more queued when changes arrive meanwhile), write on pick changes.
 */
export class LeagueSyncer {
  private status: FolderSyncStatus = EMPTY_STATUS;
  private stopped = false;
  private unsubscribe: (() => void) | null = null;
  private writeTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private writing: Promise<void> = Promise.resolve();
  private lastWrittenSignature: string | null = null;
  private latestSignature: string | null = null;

  constructor(private readonly options: LeagueSyncerOptions) {}

  /** Also after stop(): React's development mode mounts, unmounts and mounts again. */
  start(): void {
    this.stopped = false;
    const { fs, config } = this.options;
    this.unsubscribe = fs.onChange((change) => {
      if (change.folder === config.folder) this.requestRead();
    });
    watchCounts.set(config.folder, (watchCounts.get(config.folder) ?? 0) + 1);
    void fs.watch(config.folder).then((result) => {
      if (!result.ok) this.update({ readError: result.problems });
    });
    this.requestRead();
    if (this.latestSignature !== null) this.picksChanged(this.latestSignature);
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.writeTimer) clearTimeout(this.writeTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const { fs, config } = this.options;
    const left = (watchCounts.get(config.folder) ?? 1) - 1;
    if (left > 0) watchCounts.set(config.folder, left);
    else {
      watchCounts.delete(config.folder);
      void fs.unwatch(config.folder);
    }
  }

  /**
   * The member's picks (or name) changed; `signature` identifies their
   * content. The first signature is written at once, later ones debounced.
   */
  picksChanged(signature: string): void {
    this.latestSignature = signature;
    if (signature === this.lastWrittenSignature || this.stopped) return;
    if (this.writeTimer) clearTimeout(this.writeTimer);
    const delay = this.lastWrittenSignature === null ? 0 : (this.options.writeDebounceMs ?? 800);
    this.writeTimer = setTimeout(() => {
      this.writeTimer = null;
      void this.write();
    }, delay);
  }

  /** Waits for queued writes and reads; for tests and for "Sync now". */
  async settle(): Promise<void> {
    for (;;) {
      const reading = this.reading;
      await this.writing;
      if (reading) await reading;
      if (!this.reading && !this.writeTimer) return;
      if (this.writeTimer) await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  requestRead(): void {
    if (this.stopped) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = this.readLoop().finally(() => {
      this.reading = null;
    });
  }

  write(): Promise<void> {
    const signature = this.latestSignature;
    this.writing = this.writing.then(async () => {
      if (this.stopped) return;
      const { db, fs, leagueId, config } = this.options;
      try {
        const lastWrite = await writeOwnSlip(db, fs, leagueId, config);
        this.lastWrittenSignature = signature;
        this.update({ lastWrite, writeError: null });
      } catch (error) {
        this.update({ writeError: problemsOf(error) });
      }
    });
    return this.writing;
  }

  private async readLoop(): Promise<void> {
    do {
      this.readAgain = false;
      if (this.stopped) return;
      const { db, fs, leagueId, config } = this.options;
      try {
        const { ownFileMissing, ...outcome } = await readAndMerge(db, fs, leagueId, config);
        if (this.stopped) return;
        this.update({ ...outcome, readError: null });
        if (ownFileMissing && this.lastWrittenSignature !== null) void this.write();
        if (outcome.incomplete.length) this.scheduleRetry();
      } catch (error) {
        this.update({ readError: problemsOf(error) });
        this.scheduleRetry();
      }
    } while (this.readAgain);
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.stopped) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.requestRead();
    }, this.options.retryMs ?? 3000);
  }

  private update(patch: Partial<FolderSyncStatus>): void {
    if (this.stopped) return;
    this.status = { ...this.status, ...patch };
    this.options.onStatus(this.status);
  }
}
