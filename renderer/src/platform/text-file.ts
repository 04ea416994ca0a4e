/**
 * Text files for the pickers (league file, slip, backup, season file): the
 * platform hands over bytes, the shared decoder makes them text, so every
 * picker reads every encoding the result parser reads.
 */
import { fail } from '../../../shared/common/result';
import { decodeProblem } from '../../../shared/files/versioned';
import type { Result } from '../../../shared/ipc/contract';
import { decodeTextBytes, MAX_BACKUP_BYTES, MAX_FILE_BYTES } from '../../../shared/results/decode';
import type { TextEncodingName } from '../../../shared/results/types';
import { platform } from './index';
import type { OpenFileOptions, PlatformFile } from './types';

export interface TextFile {
  name: string;
  text: string;
  encoding: TextEncodingName;
  bytes: Uint8Array;
}

/** Decodes a chosen or dropped file; a problem names the file. */
export function decodeFile(file: PlatformFile, maxBytes: number = MAX_FILE_BYTES): Result<TextFile> {
  const decoded = decodeTextBytes(file.bytes, maxBytes);
  if (!decoded.ok) {
    const limitMb = maxBytes / (1024 * 1024);
    return fail(
      ...decoded.problems.map((p) => {
        const problem = decodeProblem(p, limitMb);
        return {
          ...problem,
          params: { ...problem.params, file: file.name },
          message: `“${file.name}”: ${p.message}`,
        };
      }),
    );
  }
  return {
    ok: true,
    value: { name: file.name, text: decoded.value.text, encoding: decoded.value.encoding, bytes: file.bytes },
  };
}

/** Asks for a file and decodes it; `null` when the user cancelled. */
export async function chooseTextFile(options: OpenFileOptions): Promise<Result<TextFile | null>> {
  const chosen = await platform.openFile(options);
  if (!chosen.ok || chosen.value === null) return chosen.ok ? { ok: true, value: null } : chosen;
  return decodeFile(chosen.value, options.kind === 'backup' ? MAX_BACKUP_BYTES : MAX_FILE_BYTES);
}
