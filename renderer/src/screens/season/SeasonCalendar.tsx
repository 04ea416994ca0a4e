import { useLiveQuery } from 'dexie-react-hooks';
import type { RaceResult, Season } from '../../../../shared/domain/types';
import { isGradable } from '../../../../shared/scoring';
import { db } from '../../db';
import { formatDateRange, formatDateTime, formatPlace } from '../../lib/format';
import { entryName } from '../../lib/season-lookup';
import { nothingToPickReason } from '../../lib/championship-labels';
import { PartialBadge, StatusBadge } from '../../components/ChampionshipBadges';

const SESSION_LABEL: Record<string, string> = {
  quali: 'Qualifying',
  sprint: 'Sprint',
  race1: 'Race 1',
  race2: 'Race 2',
  race3: 'Race 3',
  gf: 'Grand Final',
};

/** Stored results of the season's races (imported, entered or built in), by race id. */
function useSeasonResults(season: Season): Map<string, RaceResult> | undefined {
  return useLiveQuery(async () => {
    const ids = season.rounds.flatMap((round) => round.races.map((race) => race.id));
    const rows = await db.results.bulkGet(ids);
    return new Map(rows.filter((r) => r !== undefined).map((r) => [r.raceId, r] as const));
  }, [season]);
}

function ResultCell({ season, result }: { season: Season; result: RaceResult | undefined }) {
  if (!result) return <span className="faint">—</span>;
  const winner = [...result.classification].sort((a, b) => a.position - b.position)[0];
  return (
    <span>
      {winner ? `P1 ${entryName(season, winner.driverId)}` : 'empty'} <PartialBadge result={result} />
      {!isGradable(result) && <span className="faint"> · not graded yet</span>}
    </span>
  );
}

export function SeasonCalendar({ season }: { season: Season }) {
  const results = useSeasonResults(season);
  const races = season.rounds.flatMap((r) => r.races);
  return (
    <section className="panel" aria-labelledby="calendar-title">
      <div className="panel-header">
        <h2 id="calendar-title">Calendar</h2>
        <span className="muted">
          {season.rounds.length} rounds · {races.filter((r) => r.pickable).length} pickable races
        </span>
      </div>
      {season.rounds.map((round) => (
        <article
          key={round.id}
          aria-label={round.name}
          className={round.status ? `round-${round.status}` : undefined}
        >
          <h3>
            {round.name}{' '}
            {(round.venue || round.city) && <span className="muted">· {formatPlace(round)}</span>}{' '}
            <StatusBadge status={round.status} />
          </h3>
          <p className="faint" style={{ margin: '0.2rem 0 0.5rem' }}>
            {formatDateRange(round.date, round.endDate)}
            {round.date !== undefined && ` · venue time zone ${round.timeZone}`}
          </p>
          {round.races.length === 0 ? (
            <p className="muted">{nothingToPickReason(round)}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>Session</th>
                    <th>Track</th>
                    <th>Car</th>
                    <th className="num">Laps</th>
                    <th>Starts (your time)</th>
                    <th>Points</th>
                    <th>Picks</th>
                    <th>Result</th>
                  </tr>
                </thead>
                <tbody>
                  {round.races.map((race) => (
                    <tr key={race.id}>
                      <td>
                        {SESSION_LABEL[race.session] ?? race.session}
                        {race.cup === 'manufacturers' && <span className="faint"> · Manufacturers</span>}
                      </td>
                      <td>{race.track || <span className="faint">not known</span>}</td>
                      <td>{race.car || <span className="faint">not known</span>}</td>
                      <td className="num">{race.laps ?? '—'}</td>
                      <td>
                        {formatDateTime(race.startsAt)}
                        {race.startsAtEstimate && <span className="faint"> (estimated)</span>}
                      </td>
                      <td className="faint">
                        {race.pointsTable.length ? race.pointsTable.join('-') : 'none'}
                      </td>
                      <td>
                        {race.status ? (
                          <StatusBadge status={race.status} />
                        ) : race.pickable ? (
                          <span className="badge ok">Pickable</span>
                        ) : (
                          <span className="faint">—</span>
                        )}
                      </td>
                      <td>
                        <ResultCell season={season} result={results?.get(race.id)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </article>
      ))}
    </section>
  );
}
