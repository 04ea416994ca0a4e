import type { PresetId } from '../../../../shared/scoring';
import { isGradable } from '../../../../shared/scoring';
import type { RaceResult, Season } from '../../../../shared/domain/types';
import { partialLabel } from '../../lib/championship-labels';

const MAY_CHANGE: Record<PresetId, string> = {
  classic:
    'Classic scoring reads only the podium, so these points change only if the podium itself is corrected.',
  proximity:
    'Points may still change when the full classification arrives: a P3 pick who finished P4 earns its point then.',
  distance:
    'Points may still change when the full classification arrives: picks who finished off the podium earn their distance points then.',
};

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
  const byId = new Map(results.map((r) => [r.raceId, r] as const));
  const partial = season.rounds.flatMap((round) =>
    round.races.flatMap((race) => {
      const result = byId.get(race.id);
      return race.pickable && result?.partial ? [{ round, race, result }] : [];
    }),
  );
  if (partial.length === 0) return null;
  const name = ({ round, race, result }: (typeof partial)[number]) =>
    `${round.name} · ${race.name} (${partialLabel(result)})`;
  const graded = partial.filter((p) => isGradable(p.result));
  const waiting = partial.filter((p) => !isGradable(p.result));
  return (
    <div className="notice partial-results-note" role="note">
      {graded.length > 0 && (
        <p>
          <strong>Graded from a partial result:</strong> {graded.map(name).join('; ')}. {MAY_CHANGE[preset]}
        </p>
      )}
      {waiting.length > 0 && (
        <p>
          <strong>Not graded until P1–P3 are known:</strong> {waiting.map(name).join('; ')}. Nobody scores or
          misses these races yet.
        </p>
      )}
    </div>
  );
}
