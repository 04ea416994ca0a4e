import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { useActiveLeague } from '../../hooks/useActiveLeague';

export function LeagueScreen() {
  const { league, members, loading } = useActiveLeague();
  return (
    <div className="page" aria-busy={loading}>
      <PageHeader eyebrow="Friends" title="League" description="Members, scoring rules and sharing." />
      {!loading && !league && (
        <EmptyState title="No league yet">
          A league is a group of friends picking podiums on one season with one set of scoring rules.
        </EmptyState>
      )}
      {league && (
        <section className="panel" aria-labelledby="members-title">
          <h2 id="members-title">Members</h2>
          <ul>
            {members.map((m) => (
              <li key={m.id}>{m.name}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
