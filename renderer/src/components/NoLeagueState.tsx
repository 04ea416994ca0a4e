import { Link } from 'react-router';
import { EmptyState } from './EmptyState';

/** "No league yet", with the way to create one; `why` says what this screen needs a league for. */
export function NoLeagueState({ why }: { why: string }) {
  return (
    <EmptyState
      title="No league yet"
      action={
        <Link className="button primary" to="/league">
          Create a league
        </Link>
      }
    >
      {why}
    </EmptyState>
  );
}
