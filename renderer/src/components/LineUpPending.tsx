import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { cupName } from '../i18n/terms';
import type { Cup, Season } from '../../../shared/domain/types';
import { entryListPending } from '../../../shared/seasons/lookup';

/**
 * Where to paste a line-up: the Season screen opens its paste panel for the
 * cup named in `?lineup=<cup>`, on the season named in `&season=<id>`.
 */
export function lineUpPastePath(cup: Cup, seasonId: string): string {
  return `/season?lineup=${cup}&season=${encodeURIComponent(seasonId)}`;
}

/** Says that the cup's line-up is not known yet and offers to paste it; nothing once it is known. */
export function LineUpPending({ season, cup, eventName }: { season: Season; cup: Cup; eventName: string }) {
  const { t } = useTranslation('picker');
  if (!entryListPending(season, cup)) return null;
  return (
    <div className="notice warn lineup-pending" role="note">
      <p>
        <strong>{t('picker:lineUp.title', { event: eventName })}</strong>{' '}
        {t('picker:lineUp.body', { cup: cupName(t, cup), season: season.name })}
      </p>
      <Link className="button primary" to={lineUpPastePath(cup, season.id)}>
        {t('picker:lineUp.paste')}
      </Link>
    </div>
  );
}
