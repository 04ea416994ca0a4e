import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { useCurrentSeason } from '../../hooks/useSeason';
import { StoredResults } from './StoredResults';

export function ResultsScreen() {
  const season = useCurrentSeason();
  return (
    <div className="page">
      <PageHeader
        eyebrow={season?.name}
        title="Results"
        description="Official classifications of the season's races."
      />
      {season ? <StoredResults season={season} /> : season === null && <EmptyState title="No season" />}
    </div>
  );
}
