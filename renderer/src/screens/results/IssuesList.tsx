import type { PreviewIssue } from './preview-model';

const STATE_NOTE = { open: null, resolved: 'resolved', skipped: 'table skipped' } as const;

/** Every problem the parser and the preview found, by line, with what became of it. */
export function IssuesList({ issues }: { issues: PreviewIssue[] }) {
  const errors = issues.filter((i) => i.severity === 'error' && i.state === 'open').length;
  const warnings = issues.filter((i) => i.severity === 'warning' && i.state === 'open').length;
  return (
    <section className="rs-issues" aria-labelledby="rs-issues-title">
      <h3 id="rs-issues-title">
        Issues{' '}
        <span className="muted">
          {issues.length === 0
            ? '— none: every row was read and matched'
            : `— ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`}
        </span>
      </h3>
      {issues.length > 0 && (
        <ol className="rs-issue-list">
          {issues.map((issue, k) => (
            <li key={k} className={issue.state === 'open' ? undefined : 'rs-settled'}>
              <span
                className={`badge ${issue.severity === 'error' ? 'error' : issue.severity === 'warning' ? 'warn' : ''}`}
              >
                {issue.severity}
              </span>
              <span className="rs-line">line {issue.line}</span>
              <span>{issue.message}</span>
              {STATE_NOTE[issue.state] && <span className="badge ok">{STATE_NOTE[issue.state]}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
