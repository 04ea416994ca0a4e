import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Season } from '../../../../shared/domain/types';
import type { LeagueRecord } from '../../db/records';
import { OfficialStandings } from './OfficialStandings';
import { SeasonCalendar } from './SeasonCalendar';
import { hidesAnything, NOTHING_HIDDEN, useSpoilerGuard } from './spoiler-guard';

/**
 * The official standings and the calendar with its results. In a blind replay
 * they hold back what the league has not seen, unless the user asks to see it
 * for this visit (nothing is revealed to the league by looking).
 */
export function SeasonResults({
  season,
  league,
}: {
  season: Season;
  league: LeagueRecord | null | undefined;
}) {
  const { t } = useTranslation('season');
  const [showAnyway, setShowAnyway] = useState(false);
  const loaded = useSpoilerGuard(league, season);
  // Until the guard is known nothing official is shown, so a replay never flashes a result.
  if (loaded === undefined) return <div aria-busy="true" />;
  const guard = showAnyway ? NOTHING_HIDDEN : loaded.guard;
  return (
    <>
      {league && hidesAnything(guard) && (
        <p className="notice row spoiler-note" role="note">
          <span>{t('season:spoiler.note', { league: league.name })}</span>
          <button type="button" className="small" onClick={() => setShowAnyway(true)}>
            {t('season:spoiler.showAnyway')}
          </button>
        </p>
      )}
      <OfficialStandings season={season} guard={guard} />
      <SeasonCalendar season={season} results={loaded.results} hidden={guard.races} />
    </>
  );
}
