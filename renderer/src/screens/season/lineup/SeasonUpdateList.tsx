import type { Season } from '../../../../../shared/domain/types';
import type { SeasonUpdatePlan } from '../../../../../shared/seasons/update-diff';
import { useTranslation } from 'react-i18next';
import { useUpdateWords } from './update-words';

/** Display names of a season's drivers, teams and races, for messages that carry ids. */
export function seasonNames(season: Season): (id: string) => string {
  const names = new Map<string, string>();
  for (const d of season.drivers) names.set(d.id, d.name);
  for (const t of season.teams) names.set(t.id, t.name);
  for (const round of season.rounds)
    for (const race of round.races) names.set(race.id, `${round.name} · ${race.name}`);
  return (id) => names.get(id) ?? id;
}

/**
 * What a season update changes, what it keeps as it was (things picks,
 * results or locks rely on) and why it is refused, if it is.
 */
export function SeasonUpdateList({ plan, label }: { plan: SeasonUpdatePlan; label: string }) {
  const { t } = useTranslation('season');
  const words = useUpdateWords();
  const nameOf = seasonNames(plan.season);
  const nothing = plan.changes.length === 0 && plan.kept.length === 0 && plan.refused.length === 0;
  return (
    <div className="season-update" aria-label={label}>
      {nothing && <p className="muted">{t('season:update.nothing')}</p>}
      {plan.refused.length > 0 && (
        <div className="notice error" role="alert">
          <strong>{t('season:update.refused')}</strong>
          <ul>
            {plan.refused.map((r) => (
              <li key={`${r.code}-${'raceId' in r ? r.raceId : r.got}`}>{words.refusal(r)}</li>
            ))}
          </ul>
        </div>
      )}
      {plan.changes.length > 0 && (
        <>
          <h4>{t('season:update.changes')}</h4>
          <ul>
            {plan.changes.map((change, i) => (
              <li key={i}>{words.change(change, nameOf)}</li>
            ))}
          </ul>
        </>
      )}
      {plan.kept.length > 0 && (
        <>
          <h4>{t('season:update.keptTitle')}</h4>
          <ul>
            {plan.kept.map((kept, i) => (
              <li key={i}>{words.kept(kept, nameOf)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
