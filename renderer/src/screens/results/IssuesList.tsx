import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
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

/** The issue in the active language where the screen knows its data; the parser's words otherwise. */
function issueText(t: TFunction, issue: PreviewIssue): string {
  return issue.listedPoints ? t('results:issue.listedPoints', issue.listedPoints) : issue.message;
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
  const { t } = useTranslation('results');
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
