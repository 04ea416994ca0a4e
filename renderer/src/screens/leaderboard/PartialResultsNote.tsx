import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { PresetId } from '../../../../shared/scoring';
import { isGradable } from '../../../../shared/scoring';
import type { RaceResult, Season } from '../../../../shared/domain/types';
import { useChampionshipLabels } from '../../lib/championship-labels';
import { marked } from './marked';

/** What may still change for a partially graded race, by how the preset reads the classification. */
function mayChange(t: TFunction, preset: PresetId): string {
  switch (preset) {
    case 'classic':
      return t('leaderboard:partial.mayChange.classic');
    case 'proximity':
      return t('leaderboard:partial.mayChange.proximity');
    case 'distance':
      return t('leaderboard:partial.mayChange.distance');
  }
}

/** Which races are graded from a partial result (and may change), and which wait for P1–P3. */
export function PartialResultsNote({
  season,
  results,
  preset,
}: {
  season: Season;
  results: readonly RaceResult[];
  preset: PresetId;
}) {
  const { t } = useTranslation('leaderboard');
  const labels = useChampionshipLabels();
  const byId = new Map(results.map((r) => [r.raceId, r] as const));
  const partial = season.rounds.flatMap((round) =>
    round.races.flatMap((race) => {
      const result = byId.get(race.id);
      return race.pickable && result?.partial ? [{ round, race, result }] : [];
    }),
  );
  if (partial.length === 0) return null;
  const name = ({ round, race, result }: (typeof partial)[number]) =>
    `${round.name} · ${race.name} (${labels.partial(result)})`;
  const graded = partial.filter((p) => isGradable(p.result));
  const waiting = partial.filter((p) => !isGradable(p.result));
  const strong = (label: string) => <strong>{label}</strong>;
  return (
    <div className="notice partial-results-note" role="note">
      {graded.length > 0 && (
        <p>
          {marked(t('leaderboard:partial.graded', { races: graded.map(name).join('; ') }), strong)}{' '}
          {mayChange(t, preset)}
        </p>
      )}
      {waiting.length > 0 && (
        <p>{marked(t('leaderboard:partial.waiting', { races: waiting.map(name).join('; ') }), strong)}</p>
      )}
    </div>
  );
}
