/**
 * The one reader of the app's versioned JSON files — league files, pick
 * slips, backups and season files all start with
 * `{ "format": "<name>", "version": <n>, … }`.
 *
 * It takes the file's bytes (any encoding the result parser reads: BOM,
 * UTF-16, Windows-1252) or text, refuses files over 5 MB (backups have their
 * own, larger limit), parses the JSON without letting a `"__proto__"` key
 * reach a prototype, and checks the envelope: the right `format`, a
 * `version` that is present, whole, and not newer than this app reads.
 * Every problem is a {@link FileProblem}: a code with params, and its
 * English message; schema problems carry the line they are on.
 */
import { fail, type Result } from '../common/result';
import { decodeTextBytes, MAX_FILE_BYTES } from '../results/decode';
import { readJsonWithLines, type JsonValue } from '../results/json-lines';
import { fileProblem, type FileProblem } from './problems';

export { lineOf, problemAt, schemaProblems, type FileProblem } from './problems';

/** What a reader expects of a file's envelope. */
export interface VersionedFormat {
  /** The `format` value, e.g. `podium-slip`. */
  format: string;
  /** Newest `version` this app reads (and writes). */
  version: number;
  /** Oldest `version` this app still reads; 1 unless a format dropped old versions. */
  oldest?: number;
  /** What people call the file, for messages: "league file", "pick slip". */
  noun: string;
  /** Largest file read; MAX_FILE_BYTES unless the format holds more (backups). */
  maxBytes?: number;
}

/** A file whose envelope checked out: its JSON, its version, and the line each value starts on. */
export interface VersionedFile {
  data: { [key: string]: JsonValue };
  version: number;
  /** Line of each value by path (`picks.3.podium.1`); see {@link lineOf}. */
  lines: ReadonlyMap<string, number>;
}

/** Why bytes could not be decoded as text, as a file problem (`limitMb`: the size limit that applied). */
export function decodeProblem(
  issue: { code: string; message: string; params?: Readonly<Record<string, string | number>> },
  limitMb: number,
): FileProblem {
  return issue.code === 'file-too-large'
    ? fileProblem('too-large', issue.message, { limitMb })
    : fileProblem('not-text', issue.message, { ...issue.params, reason: issue.code });
}

/** Reads and checks the envelope of a versioned file. Never throws. */
export function readVersionedFile(
  input: Uint8Array | string,
  spec: VersionedFormat,
): Result<VersionedFile, FileProblem> {
  let text: string;
  const maxBytes = spec.maxBytes ?? MAX_FILE_BYTES;
  const limitMb = maxBytes / (1024 * 1024);
  const kind = spec.format;
  if (typeof input === 'string') {
    // A UTF-8 file is at least as many bytes as characters: this never refuses a file within the limit.
    if (input.length > maxBytes)
      return fail(fileProblem('too-large', `The ${spec.noun} is larger than ${limitMb} MB.`, { limitMb }));
    text = input;
  } else {
    const decoded = decodeTextBytes(input, maxBytes);
    if (!decoded.ok) return fail(...decoded.problems.map((p) => decodeProblem(p, limitMb)));
    text = decoded.value.text;
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail(fileProblem('empty', `The ${spec.noun} is empty.`));

  const json = readJsonWithLines(text);
  if (!json.ok)
    return fail(
      fileProblem('not-json', `line ${json.line}: the ${spec.noun} is not valid JSON: ${json.message}.`, {
        ...json.params,
        syntax: json.syntax,
        line: json.line,
      }),
    );
  const data = json.value;
  const expected = `(expected "format": "${spec.format}")`;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || data.format !== spec.format) {
    return fail(
      fileProblem('wrong-format', `This is not a Podium League ${spec.noun} ${expected}.`, { kind }),
    );
  }
  const version = data.version;
  if (version === undefined) {
    return fail(
      fileProblem(
        'missing-version',
        `This ${spec.noun} has "format": "${spec.format}" but no "version"; add "version": ${spec.version} if the file was written by hand for this app.`,
        { kind, version: spec.version },
      ),
    );
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > spec.version) {
    return fail(
      fileProblem(
        'newer-version',
        `This ${spec.noun} was made by a newer version of Podium League (format version ${version}); this app reads version ${spec.version}. Update the app to open it.`,
        { found: version, reads: spec.version },
      ),
    );
  }
  const oldest = spec.oldest ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < oldest) {
    const reads = oldest === spec.version ? `version ${oldest}` : `versions ${oldest} to ${spec.version}`;
    return fail(
      fileProblem(
        'unsupported-version',
        `"version": ${JSON.stringify(version)} is not a ${spec.noun} version this app reads (${reads}).`,
        { found: JSON.stringify(version), oldest, newest: spec.version },
      ),
    );
  }
  return { ok: true, value: { data, version, lines: json.lines } };
}
