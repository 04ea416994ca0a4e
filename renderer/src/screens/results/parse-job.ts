/**
 * Parsing a file for the preview: the shared/ byte pipeline and import plan
 * (the same ones the CLI uses: decoding, detection across every known season)
 * plus the SHA-256 of the file's bytes, equal to `podium import`'s.
 * Runs in a Web Worker when the platform has one (the app), inline after a
 * paint otherwise (tests), so either way the progress indicator shows first.
 */
import type { Season } from '../../../../shared/domain/types';
import { sha256Hex } from '../../../../shared/hash/sha256';
import { planResultsBytes, type ResultsPlan } from '../../../../shared/results';

export interface ParseJob {
  bytes: Uint8Array;
  fileName: string;
  /** Every season the app knows: the file's season and races are detected among them. */
  seasons: Season[];
  /** Names are matched in this season when the file does not say which season it is (the active league's). */
  fallbackSeasonId: string;
  /** The user chose the season: only it is considered. */
  seasonId?: string;
}

export interface ParsedFile {
  plan: ResultsPlan;
  sha256: string;
}

export function parseJob(job: ParseJob): ParsedFile {
  const byId = (id: string | undefined) => job.seasons.find((s) => s.id === id);
  return {
    plan: planResultsBytes(job.bytes, job.seasons, {
      fileName: job.fileName,
      season: byId(job.seasonId),
      fallbackSeason: byId(job.fallbackSeasonId),
    }),
    sha256: sha256Hex(job.bytes),
  };
}

function inline(job: ParseJob): Promise<ParsedFile> {
  // Two timer turns let React commit and the browser paint the progress indicator before the synchronous parse.
  return new Promise((resolve) => setTimeout(() => setTimeout(() => resolve(parseJob(job)), 0), 16));
}

function inWorker(job: ParseJob): Promise<ParsedFile> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ParsedFile>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(job);
  });
}

/** Parses without blocking the UI; falls back to inline parsing when no worker can start. */
export async function parseInBackground(job: ParseJob): Promise<ParsedFile> {
  if (typeof Worker === 'undefined') return inline(job);
  try {
    return await inWorker(job);
  } catch {
    return inline(job);
  }
}
