import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import type { Season } from '../../../../shared/domain/types';
import { EmptyState } from '../../components/EmptyState';
import { entryName } from '../../lib/season-lookup';

/** Which races of the season have a stored result, with the podium. */
export function StoredResults({ season }: { season: Season }) {
  const races = season.rounds.flatMap((round) => round.races.map((race) => ({ round, race })));
  const results = useLiveQuery(() => db.results.bulkGet(races.map((r) => r.race.id)), [season]);
  if (!results) return null;
  const stored = races.map((entry, i) => ({ ...entry, result: results[i] })).filter((r) => r.result);
  if (stored.length === 0) {
    return (
      <EmptyState title="No results yet">
        No race of {season.name} has a result. Import the tables of an official race report to score picks.
      </EmptyState>
    );
  }
  return (
    <section className="panel" aria-labelledby="stored-results-title">
      <h2 id="stored-results-title">Stored results</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Round</th>
              <th>Race</th>
              <th>Podium</th>
              <th className="num">Rows</th>
              <th>Source</th>
            </tr>
          </thead>
          <tbody>
            {stored.map(({ round, race, result }) => (
              <tr key={race.id}>
                <td>{round.name}</td>
                <td>{race.name}</td>
                <td>
                  {[...result!.classification]
                    .sort((a, b) => a.position - b.position)
                    .slice(0, 3)
                    .map((row) => entryName(season, row.driverId))
                    .join(', ')}
                </td>
                <td className="num">{result!.classification.length}</td>
                <td className="faint">{result!.source?.fileName ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
