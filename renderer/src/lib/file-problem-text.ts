import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileProblem, FileProblemParams } from '../../../shared/files/problems';
import type { JsonSyntaxCode } from '../../../shared/results/json-lines';
import { cupName } from '../i18n/terms';
import { formatDateTime } from './format';
import { thrownProblem } from './problems-error';

/*
 * File problems (shared/files/problems.ts) in the active language, from their
 * code and params. Each code maps to a literal key so the catalogue test sees
 * every key in use. Components word them through {@link useProblemText},
 * which loads the `files` namespace.
 */

type Params = FileProblemParams;

const text = (p: Params, key: string): string => {
  const value = p[key];
  return value === undefined ? '' : String(value);
};
const num = (p: Params, key: string): number => Number(p[key] ?? 0);

/** The file's kind with its article: "a league file", "un fichier de ligue"… */
function kindName(t: TFunction, kind: string): string {
  switch (kind) {
    case 'podium-league':
      return t('files:kind.league');
    case 'podium-slip':
      return t('files:kind.slip');
    case 'podium-backup':
      return t('files:kind.backup');
    case 'podium-season':
      return t('files:kind.season');
    default:
      return kind;
  }
}

/** What an id names: "driver", "piloto"… */
function whatName(t: TFunction, what: string): string {
  switch (what) {
    case 'season':
      return t('files:what.season');
    case 'league':
      return t('files:what.league');
    case 'member':
      return t('files:what.member');
    case 'race':
      return t('files:what.race');
    case 'round':
      return t('files:what.round');
    case 'driver':
      return t('files:what.driver');
    case 'team':
      return t('files:what.team');
    case 'entry':
      return t('files:what.entry');
    default:
      return what;
  }
}

/** A JSON value type: "text", "number"… */
function typeName(t: TFunction, type: string): string {
  switch (type) {
    case 'string':
      return t('files:type.string');
    case 'number':
    case 'int':
      return t('files:type.number');
    case 'boolean':
      return t('files:type.boolean');
    case 'object':
      return t('files:type.object');
    case 'array':
      return t('files:type.array');
    case 'null':
      return t('files:type.null');
    case 'undefined':
      return t('files:type.missing');
    default:
      return type;
  }
}

/** Why JSON text cannot be read, from the reader's syntax code. */
export function jsonSyntaxText(t: TFunction, syntax: JsonSyntaxCode, p: Params): string {
  switch (syntax) {
    case 'too-deep':
      return t('files:syntax.too-deep', { depth: num(p, 'depth') });
    case 'ends-early':
      return t('files:syntax.ends-early');
    case 'unexpected-character':
      return t('files:syntax.unexpected-character', { char: text(p, 'char') });
    case 'key-not-quoted':
      return t('files:syntax.key-not-quoted');
    case 'colon-missing':
      return t('files:syntax.colon-missing');
    case 'comma-missing':
      return t('files:syntax.comma-missing', { close: text(p, 'close') });
    case 'string-not-closed':
      return t('files:syntax.string-not-closed');
    case 'control-in-string':
      return t('files:syntax.control-in-string');
    case 'bad-unicode-escape':
      return t('files:syntax.bad-unicode-escape');
    case 'bad-escape':
      return t('files:syntax.bad-escape');
    case 'bad-number':
      return t('files:syntax.bad-number');
    case 'text-after-end':
      return t('files:syntax.text-after-end');
  }
}

/** How a value misses the format, from the schema issue's kind and params. */
export function schemaText(t: TFunction, p: Params): string {
  const origin = text(p, 'origin');
  switch (text(p, 'issue')) {
    case 'invalid_type':
      return p.received === 'undefined'
        ? t('files:schema.missing', { expected: typeName(t, text(p, 'expected')) })
        : t('files:schema.invalidType', {
            expected: typeName(t, text(p, 'expected')),
            received: typeName(t, text(p, 'received')),
          });
    case 'too_small':
      if (origin === 'string') return t('files:schema.tooShort', { count: num(p, 'minimum') });
      if (origin === 'array' || origin === 'set')
        return t('files:schema.tooFew', { count: num(p, 'minimum') });
      return p.exclusive
        ? t('files:schema.aboveMinimum', { minimum: num(p, 'minimum') })
        : t('files:schema.minimum', { minimum: num(p, 'minimum') });
    case 'too_big':
      if (origin === 'string') return t('files:schema.tooLong', { count: num(p, 'maximum') });
      if (origin === 'array' || origin === 'set')
        return t('files:schema.tooMany', { count: num(p, 'maximum') });
      return p.exclusive
        ? t('files:schema.belowMaximum', { maximum: num(p, 'maximum') })
        : t('files:schema.maximum', { maximum: num(p, 'maximum') });
    case 'invalid_value':
      return t('files:schema.oneOf', { values: text(p, 'values') });
    case 'invalid_format':
      return p.format === 'datetime' ? t('files:schema.dateTime') : t('files:schema.form');
    case 'unrecognized_keys':
      return t('files:schema.unknownKeys', { keys: text(p, 'keys') });
    case 'not_multiple_of':
      return t('files:schema.multipleOf', { divisor: num(p, 'divisor') });
    case 'custom':
      return checkText(t, text(p, 'check'));
    default:
      return t('files:schema.invalid');
  }
}

/** A named rule a value breaks (a `custom` issue's `check`). */
function checkText(t: TFunction, check: string): string {
  switch (check) {
    case 'instant':
      return t('files:schema.check.instant');
    case 'safe-id':
      return t('files:schema.check.safe-id');
    case 'distinct-podium':
      return t('files:schema.check.distinct-podium');
    case 'driver-or-team':
      return t('files:schema.check.driver-or-team');
    case 'distinct-cups':
      return t('files:schema.check.distinct-cups');
    case 'public-key':
      return t('files:schema.check.public-key');
    case 'signature':
      return t('files:schema.check.signature');
    case 'salt':
      return t('files:schema.check.salt');
    case 'slug':
      return t('files:schema.check.slug');
    case 'country-code':
      return t('files:schema.check.country-code');
    default:
      return t('files:schema.invalid');
  }
}

/** Why the system could not read or write a file, from its error code. */
function fsErrorText(t: TFunction, code: string): string {
  switch (code) {
    case 'ENOENT':
      return t('files:fs.missing');
    case 'EACCES':
    case 'EPERM':
      return t('files:fs.denied');
    case 'EISDIR':
      return t('files:fs.folder');
    case 'EBUSY':
      return t('files:fs.busy');
    case 'ENOSPC':
      return t('files:fs.full');
    case 'EROFS':
      return t('files:fs.readOnly');
    default:
      return t('files:fs.other', { code: code || '?' });
  }
}

/** Which limit stopped a synced folder's scan. */
function scanLimitText(t: TFunction, p: Params): string {
  const values = { max: num(p, 'max'), files: num(p, 'files') };
  switch (p.limit) {
    case 'names':
      return t('files:problem.scan-limit.names', values);
    case 'bytes':
      return t('files:problem.scan-limit.bytes', values);
    default:
      return t('files:problem.scan-limit.slips', values);
  }
}

/** The problem itself, without where it is. */
function problemBody(t: TFunction, problem: Pick<FileProblem, 'code' | 'params'>): string {
  const p = problem.params;
  switch (problem.code) {
    case 'too-large':
      return t('files:problem.too-large', { limitMb: num(p, 'limitMb') });
    case 'not-text':
      return t('files:problem.not-text');
    case 'empty':
      return t('files:problem.empty');
    case 'not-json':
      return t('files:problem.not-json', {
        detail: jsonSyntaxText(t, text(p, 'syntax') as JsonSyntaxCode, p),
      });
    case 'wrong-format':
      return t('files:problem.wrong-format', { kind: kindName(t, text(p, 'kind')) });
    case 'missing-version':
      return t('files:problem.missing-version', { version: num(p, 'version') });
    case 'newer-version':
      return t('files:problem.newer-version', { found: num(p, 'found'), reads: num(p, 'reads') });
    case 'unsupported-version':
      return t('files:problem.unsupported-version', {
        found: text(p, 'found'),
        oldest: num(p, 'oldest'),
        newest: num(p, 'newest'),
      });
    case 'newer-database':
      return t('files:problem.newer-database', { found: num(p, 'found') });
    case 'schema':
      return schemaText(t, p);
    case 'unknown-id':
      return t('files:problem.unknown-id', { what: whatName(t, text(p, 'what')), id: text(p, 'id') });
    case 'duplicate-id':
      return t('files:problem.duplicate-id', { what: whatName(t, text(p, 'what')), id: text(p, 'id') });
    case 'second-result':
      return t('files:problem.second-result', { race: text(p, 'race') });
    case 'second-pick':
      return t('files:problem.second-pick', { member: text(p, 'member'), race: text(p, 'race') });
    case 'second-line-up':
      return t('files:problem.second-line-up', { round: text(p, 'round') });
    case 'duplicate-position':
      return t('files:problem.duplicate-position', { position: num(p, 'position') });
    case 'duplicate-round-number':
      return t('files:problem.duplicate-round-number', { number: num(p, 'number') });
    case 'classified-twice':
      return t('files:problem.classified-twice', { entry: text(p, 'entry') });
    case 'not-open-for-picks':
      return t('files:problem.not-open-for-picks', { race: text(p, 'race') });
    case 'not-on-entry-list':
      return t('files:problem.not-on-entry-list', {
        entry: text(p, 'entry'),
        cup: cupName(t, p.cup === 'manufacturers' ? 'manufacturers' : 'nations'),
        race: text(p, 'race'),
      });
    case 'not-race-of-season':
      return t('files:problem.not-race-of-season', { race: text(p, 'race') });
    case 'pick-after-start':
      return t('files:problem.pick-after-start', {
        race: text(p, 'race'),
        // The instant in the user's language and time zone, as refused picks show theirs.
        startsAt: formatDateTime(text(p, 'startsAt')),
      });
    case 'season-mismatch':
      return t('files:problem.season-mismatch', { found: text(p, 'found'), expected: text(p, 'expected') });
    case 'must-be':
      return t('files:problem.must-be', { expected: text(p, 'expected') });
    case 'date-required':
      return t('files:problem.date-required');
    case 'end-before-date':
      return t('files:problem.end-before-date');
    case 'driver-id-required':
      return t('files:problem.driver-id-required');
    case 'not-team-driver':
      return t('files:problem.not-team-driver', { entry: text(p, 'entry') });
    case 'slip-file-name':
      return t('files:problem.slip-file-name', { member: text(p, 'member'), expected: text(p, 'expected') });
    case 'linked-file':
      return t('files:problem.linked-file');
    case 'not-regular-file':
      return t('files:problem.not-regular-file');
    case 'hard-link':
      return t('files:problem.hard-link', { twin: text(p, 'twin') });
    case 'incomplete':
      return t('files:problem.incomplete');
    case 'not-a-member':
      return t('files:problem.not-a-member', { member: text(p, 'member') });
    case 'unreadable':
      return t('files:problem.unreadable', { why: fsErrorText(t, text(p, 'fs')) });
    case 'scan-limit':
      return scanLimitText(t, p);
    case 'more-problems':
      return t('files:problem.more-problems', { count: num(p, 'count') });
    case 'cannot-open':
      return t('files:problem.cannot-open', { why: fsErrorText(t, text(p, 'fs')) });
    case 'cannot-save':
      return t('files:problem.cannot-save', { why: fsErrorText(t, text(p, 'fs')) });
    case 'cannot-write-slip':
      return t('files:problem.cannot-write-slip', { why: fsErrorText(t, text(p, 'fs')) });
    case 'cannot-read-folder':
      return t('files:problem.cannot-read-folder', { why: fsErrorText(t, text(p, 'fs')) });
    case 'folder-not-chosen':
      return t('files:problem.folder-not-chosen');
    case 'slip-not-owned':
      return t('files:problem.slip-not-owned');
    case 'too-many-own-slips':
      return t('files:problem.too-many-own-slips', { max: num(p, 'max') });
    case 'folder-sync-unavailable':
      return t('files:problem.folder-sync-unavailable');
    case 'refused-request':
      return t('files:problem.refused-request');
    case 'unexpected':
      return t('files:problem.unexpected', { detail: text(p, 'detail') });
  }
}

/** The problem with the line and path it is at, when known. */
function placed(t: TFunction, problem: Pick<FileProblem, 'code' | 'params'>): string {
  const body = problemBody(t, problem);
  const { line, path } = problem.params;
  if (line !== undefined && path !== undefined)
    return t('files:where.linePath', { line: Number(line), path: String(path), text: body });
  if (line !== undefined) return t('files:where.line', { line: Number(line), text: body });
  if (path !== undefined) return t('files:where.path', { path: String(path), text: body });
  return body;
}

/** One file problem in the active language: which file (in a list of several), the line and path, and what. */
export function fileProblemText(t: TFunction, problem: Pick<FileProblem, 'code' | 'params'>): string {
  const body = placed(t, problem);
  const { file } = problem.params;
  return file === undefined ? body : t('files:where.file', { file: String(file), text: body });
}

/** A list entry that may be a file problem or a message already in words (a platform or database error). */
export function problemText(t: TFunction, problem: string | Pick<FileProblem, 'code' | 'params'>): string {
  return typeof problem === 'string' ? problem : fileProblemText(t, problem);
}

/** Several problems (a failed platform call's) as one sentence for a toast or a status line. */
export function problemsText(
  t: TFunction,
  problems: readonly (string | Pick<FileProblem, 'code' | 'params'>)[],
): string {
  return problems.map((problem) => problemText(t, problem)).join(' ');
}

/** Words a list entry (file problem or message) in the active language; loads the `files` namespace. */
export function useProblemText(): (problem: string | Pick<FileProblem, 'code' | 'params'>) => string {
  const { t } = useTranslation(['files', 'common']);
  return useCallback((problem) => problemText(t, problem), [t]);
}

/** Words a failed platform call's problems, or anything thrown, as one sentence; loads the `files` namespace. */
export function useProblemsText(): (
  failure: readonly (string | FileProblem)[] | { thrown: unknown },
) => string {
  const { t } = useTranslation(['files', 'common']);
  return useCallback(
    (failure) =>
      'thrown' in failure ? problemText(t, thrownProblem(failure.thrown)) : problemsText(t, failure),
    [t],
  );
}
