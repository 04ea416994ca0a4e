/**
 * Parsing a file for the preview: the shared/ byte pipeline (decode, parse)
 * plus the hash of the file's bytes — the same steps and the same hash as
 * `podium import`.
 * Runs in a Web Worker when the platform has one (the app), inline after a
 * paint otherwise (tests), so either way the progress indicator shows first.
 */
import type { Season } from '../../../../shared/domain/types';
import { sha256Hex } from '../../../../shared/hash/sha256';
import { parseResultsBytes, type ParseOutcome } from '../../../../shared/results';

export interface ParseJob {
  bytes: Uint8Array;
  fileName: string;
  season: Season;
}

export interface ParsedFile {
  outcome: ParseOutcome;
  sha256: string;
}

export function parseJob(job: ParseJob): ParsedFile {
  return {
    outcome: parseResultsBytes(job.bytes, { fileName: job.fileName, season: job.season }),
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
