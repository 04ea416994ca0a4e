import type { Season } from '../../../../../shared/domain/types';
import type { SeasonUpdatePlan } from '../../../../../shared/seasons/update-diff';
import { changeText, keptText, refusalText } from './update-words';

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
  const nameOf = seasonNames(plan.season);
  const nothing = plan.changes.length === 0 && plan.kept.length === 0 && plan.refused.length === 0;
  return (
    <div className="season-update" aria-label={label}>
      {nothing && <p className="muted">Nothing changes: this is the season as you have it.</p>}
      {plan.refused.length > 0 && (
        <div className="notice error" role="alert">
          <strong>This update cannot be applied:</strong>
          <ul>
            {plan.refused.map((r) => (
              <li key={`${r.code}-${'raceId' in r ? r.raceId : r.got}`}>{refusalText(r)}</li>
            ))}
          </ul>
        </div>
      )}
      {plan.changes.length > 0 && (
        <>
          <h4>Changes</h4>
          <ul>
            {plan.changes.map((change, i) => (
              <li key={i}>{changeText(change, nameOf)}</li>
            ))}
          </ul>
        </>
      )}
      {plan.kept.length > 0 && (
        <>
          <h4>Kept as it is (picks, results or locks rely on it)</h4>
          <ul>
            {plan.kept.map((kept, i) => (
              <li key={i}>{keptText(kept, nameOf)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
