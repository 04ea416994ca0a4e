import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { useActiveLeague } from '../../hooks/useActiveLeague';

export function LeaderboardScreen() {
  const { league, loading } = useActiveLeague();
  return (
    <div className="page" aria-busy={loading}>
      <PageHeader eyebrow={league?.name} title="Leaderboard" description="Your league's season table." />
      {!loading && !league && (
        <EmptyState
          title="No league yet"
          action={
            <Link className="button primary" to="/league">
              Create a league
            </Link>
          }
        >
          The leaderboard ranks the members of a league once results are imported.
        </EmptyState>
      )}
    </div>
  );
}
