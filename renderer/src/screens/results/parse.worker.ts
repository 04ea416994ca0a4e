/**
 * Parses a results file off the main thread, so a large file does not freeze
 * the progress indicator. Same shared/ parser as the inline fallback.
 */
import { parseJob, type ParseJob } from './parse-job';

self.onmessage = (event: MessageEvent<ParseJob>) => {
  self.postMessage(parseJob(event.data));
};
