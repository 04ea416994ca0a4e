import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { useSeason, useSeasonList } from '../../hooks/useSeason';
import { useActiveLeague } from '../../hooks/useActiveLeague';
import { SeasonCalendar } from './SeasonCalendar';
import { EntryList } from './EntryList';

export function SeasonScreen() {
  const seasons = useSeasonList();
  const { league } = useActiveLeague();
  const [chosen, setChosen] = useState<string | null>(null);
  const seasonId = chosen ?? league?.seasonId ?? seasons?.[0]?.id ?? null;
  const season = useSeason(seasonId);

  return (
    <div className="page">
      <PageHeader
        eyebrow="Championship"
        title="Season"
        description="Calendar, races and entry lists."
        actions={
          seasons && seasons.length > 0 ? (
            <div className="field">
              <label htmlFor="season-select">Season</label>
              <select id="season-select" value={seasonId ?? ''} onChange={(e) => setChosen(e.target.value)}>
                {seasons.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          ) : undefined
        }
      />
      {season === null && <EmptyState title="No season">There is no season in the database.</EmptyState>}
      {season && (
        <>
          <SeasonCalendar season={season} />
          <EntryList season={season} />
        </>
      )}
    </div>
  );
}
