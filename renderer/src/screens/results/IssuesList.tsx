import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ParseIssueCode } from '../../../../shared/results/types';
import type { RowProblem } from '../../../../shared/results/rows';
import { fileProblemText, jsonSyntaxText } from '../../lib/file-problem-text';
import { countryName } from '../../lib/format';
import type { JsonSyntaxCode } from '../../../../shared/results/json-lines';
import type { PreviewIssue } from './preview-model';

function stateNote(t: TFunction, state: PreviewIssue['state']): string | null {
  switch (state) {
    case 'open':
      return null;
    case 'resolved':
      return t('results:issues.resolved');
    case 'skipped':
      return t('results:issues.tableSkipped');
  }
}

type Params = Record<string, string | number>;

/** Why a row could not be read, from the reader's `why` and params; a reader without one keeps its own detail. */
function rowProblemText(t: TFunction, p: Params): string {
  const text = String(p.text ?? '');
  switch (p.why as RowProblem | undefined) {
    case 'no-position':
      return t('results:rowProblem.no-position');
    case 'empty-position':
      return t('results:rowProblem.empty-position');
    case 'not-position':
      return t('results:rowProblem.not-position', { text });
    case 'bad-position':
      return t('results:rowProblem.bad-position', { text, max: Number(p.max) });
    case 'no-driver':
      return t('results:rowProblem.no-driver');
    case 'empty-driver':
      return t('results:rowProblem.empty-driver');
    case 'country-unclear':
      return t('results:rowProblem.country-unclear', { text });
    case 'too-few-cells':
      return t('results:rowProblem.too-few-cells');
    case 'not-time':
      return t('results:rowProblem.not-time', { text });
    case 'not-gap':
      return t('results:rowProblem.not-gap', { text });
    case 'not-points':
      return t('results:rowProblem.not-points', { text });
    case 'not-status':
      return t('results:rowProblem.not-status', { text });
    default:
      return String(p.detail ?? '');
  }
}

/** One sentence per parser code, with literal keys so the catalogue check sees every one. */
const WORDING: Record<ParseIssueCode, (t: TFunction, p: Params) => string> = {
  'file-too-large': (t, p) => t('results:parseIssue.file-too-large', p),
  'binary-signature': (t, p) => t('results:parseIssue.binary-signature', p),
  'binary-data': (t, p) => t('results:parseIssue.binary-data', p),
  utf32: (t, p) => t('results:parseIssue.utf32', p),
  'utf16-without-bom': (t, p) =>
    p.endian === 'little'
      ? t('results:parseIssue.utf16-without-bom-little', p)
      : t('results:parseIssue.utf16-without-bom-big', p),
  'unknown-encoding': (t, p) => t('results:parseIssue.unknown-encoding', p),
  'read-as-windows-1252': (t, p) => t('results:parseIssue.read-as-windows-1252', p),
  'invalid-utf8-bom': (t, p) => t('results:parseIssue.invalid-utf8-bom', p),
  'invalid-utf8': (t, p) => t('results:parseIssue.invalid-utf8', p),
  'invalid-utf16': (t, p) => t('results:parseIssue.invalid-utf16', p),
  'empty-file': (t, p) => t('results:parseIssue.empty-file', p),
  'no-table': (t, p) => t('results:parseIssue.no-table', p),
  'json-invalid': (t, p) => t('results:parseIssue.json-invalid', p),
  'json-schema': (t, p) => t('results:parseIssue.json-schema', p),
  'csv-header-missing': (t, p) => t('results:parseIssue.csv-header-missing', p),
  'csv-extra-cells': (t, p) => t('results:parseIssue.csv-extra-cells', p),
  'csv-open-quote': (t, p) => t('results:parseIssue.csv-open-quote', p),
  'row-unreadable': (t, p) => t('results:parseIssue.row-unreadable', { detail: rowProblemText(t, p) }),
  'fastest-lap-unreadable': (t, p) => t('results:parseIssue.fastest-lap-unreadable', p),
  'fastest-lap-repeated': (t, p) => t('results:parseIssue.fastest-lap-repeated', p),
  'headerless-table': (t, p) => t('results:parseIssue.headerless-table', p),
  'headerless-table-time-gap': (t, p) => t('results:parseIssue.headerless-table-time-gap', p),
  'numbered-list': (t, p) => t('results:parseIssue.numbered-list', p),
  'dash-list': (t, p) => t('results:parseIssue.dash-list', p),
  'empty-table': (t, p) => t('results:parseIssue.empty-table', p),
  'duplicate-position': (t, p) => t('results:parseIssue.duplicate-position', p),
  'missing-position': (t, p) => t('results:parseIssue.missing-position', p),
  'missing-positions': (t, p) => t('results:parseIssue.missing-positions', p),
  'time-order': (t, p) => t('results:parseIssue.time-order', p),
  'unknown-country': (t, p) => t('results:parseIssue.unknown-country', p),
  'duplicate-driver': (t, p) => t('results:parseIssue.duplicate-driver', p),
  'ambiguous-initial': (t, p) => t('results:parseIssue.ambiguous-initial', p),
  'unknown-driver': (t, p) => t('results:parseIssue.unknown-driver', p),
  'country-mismatch': (t, p) => t('results:parseIssue.country-mismatch', p),
  'unknown-fastest-lap-driver': (t, p) => t('results:parseIssue.unknown-fastest-lap-driver', p),
  'unknown-team': (t, p) => t('results:parseIssue.unknown-team', p),
  'unclear-team': (t, p) => t('results:parseIssue.unclear-team', p),
  'points-mismatch': (t, p) => t('results:parseIssue.points-mismatch', p),
  'points-unpaid': (t, p) => t('results:parseIssue.points-unpaid', p),
  'title-other-race': (t, p) => t('results:parseIssue.title-other-race', p),
  'race-table-missing': (t, p) => t('results:parseIssue.race-table-missing', p),
  'more-problems': (t, p) => t('results:parseIssue.more-problems', p),
  'internal-error': (t, p) => t('results:parseIssue.internal-error', p),
};

/** The issue in the active language, from its code and the data the parser gave. */
export function issueText(t: TFunction, issue: Pick<PreviewIssue, 'code' | 'params'>): string {
  const params: Params = { ...issue.params };
  if (typeof params.table === 'string') {
    params.table = params.table === '' ? t('results:parseIssue.thisTable') : `“${params.table}”`;
  }
  for (const key of ['listed', 'row'] as const) {
    // Country codes are worded by the screen in the active language.
    if (issue.code === 'country-mismatch' && typeof params[key] === 'string') {
      params[key] = countryName(params[key] as string);
    }
  }
  // A JSON file's own problem is worded like the app's files' (the `files` namespace); `detail` is its English.
  if (issue.code === 'json-invalid' && typeof params.syntax === 'string')
    params.detail = jsonSyntaxText(t, params.syntax as JsonSyntaxCode, params);
  if (issue.code === 'json-schema' && typeof params.issue === 'string')
    params.detail = fileProblemText(t, { code: 'schema', params });
  return WORDING[issue.code](t, params);
}

function severityName(t: TFunction, severity: PreviewIssue['severity']): string {
  switch (severity) {
    case 'error':
      return t('results:issues.error');
    case 'warning':
      return t('results:issues.warning');
    case 'info':
      return t('results:issues.info');
  }
}

/** Every problem the parser and the preview found, by line, with what became of it. */
export function IssuesList({ issues }: { issues: PreviewIssue[] }) {
  const { t } = useTranslation(['results', 'files']);
  const errors = issues.filter((i) => i.severity === 'error' && i.state === 'open').length;
  const warnings = issues.filter((i) => i.severity === 'warning' && i.state === 'open').length;
  return (
    <section className="rs-issues" aria-labelledby="rs-issues-title">
      <h3 id="rs-issues-title">
        {t('results:issues.title')}{' '}
        <span className="muted">
          {issues.length === 0
            ? t('results:issues.none')
            : t('results:issues.counts', {
                errors: t('results:issues.errors', { count: errors }),
                warnings: t('results:issues.warnings', { count: warnings }),
              })}
        </span>
      </h3>
      {issues.length > 0 && (
        <ol className="rs-issue-list">
          {issues.map((issue, k) => (
            <li key={k} className={issue.state === 'open' ? undefined : 'rs-settled'}>
              <span
                className={`badge ${issue.severity === 'error' ? 'error' : issue.severity === 'warning' ? 'warn' : ''}`}
              >
                {severityName(t, issue.severity)}
              </span>
              <span className="rs-line">{t('results:table.line', { line: issue.line })}</span>
              <span>{issueText(t, issue)}</span>
              {stateNote(t, issue.state) && <span className="badge ok">{stateNote(t, issue.state)}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
