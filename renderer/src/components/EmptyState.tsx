import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** What a screen shows when it has nothing yet: what is missing and the next step. */
export function EmptyState({
  title,
  children,
  action,
  link,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  /** The next step when it is another screen: shown as the primary button. */
  link?: { to: string; label: string };
}) {
  return (
    <section className="empty" aria-label={title}>
      <h2>{title}</h2>
      {children && <p>{children}</p>}
      {link && (
        <Link className="button primary" to={link.to}>
          {link.label}
        </Link>
      )}
      {action}
    </section>
  );
}
