import { Link } from 'react-router';
import type { Cup, Season } from '../../../shared/domain/types';
import { entryListPending } from '../../../shared/seasons';

/**
 * Where to paste a line-up: the Season screen opens its paste panel for the
 * cup named in `?lineup=<cup>`, on the season named in `&season=<id>`.
 */
export function lineUpPastePath(cup: Cup, seasonId: string): string {
  return `/season?lineup=${cup}&season=${encodeURIComponent(seasonId)}`;
}

/** Says that the cup's line-up is not known yet and offers to paste it; nothing once it is known. */
export function LineUpPending({ season, cup, eventName }: { season: Season; cup: Cup; eventName: string }) {
  if (!entryListPending(season, cup)) return null;
  const cupName = cup === 'nations' ? 'Nations Cup' : 'Manufacturers Cup';
  return (
    <div className="notice warn lineup-pending" role="note">
      <p>
        <strong>The line-up for {eventName} is not known yet.</strong> The {cupName} entry list of{' '}
        {season.name} is empty, so there is no one to pick. Paste it from the official announcement as soon as
        it is published.
      </p>
      <Link className="button primary" to={lineUpPastePath(cup, season.id)}>
        Paste the line-up
      </Link>
    </div>
  );
}
