import type { Season } from '../../../../shared/domain/types';
import { formatDateRange, formatDateTime, formatPlace } from '../../lib/format';

const SESSION_LABEL: Record<string, string> = {
  quali: 'Qualifying',
  sprint: 'Sprint',
  race1: 'Race 1',
  race2: 'Race 2',
  race3: 'Race 3',
  gf: 'Grand Final',
};

export function SeasonCalendar({ season }: { season: Season }) {
  return (
    <section className="panel" aria-labelledby="calendar-title">
      <div className="panel-header">
        <h2 id="calendar-title">Calendar</h2>
        <span className="muted">
          {season.rounds.length} rounds ·{' '}
          {season.rounds.flatMap((r) => r.races).filter((r) => r.pickable).length} pickable races
        </span>
      </div>
      {season.rounds.map((round) => (
        <article key={round.id} aria-label={round.name}>
          <h3>
            {round.name} <span className="muted">· {formatPlace(round)}</span>
          </h3>
          <p className="faint" style={{ margin: '0.2rem 0 0.5rem' }}>
            {formatDateRange(round.date, round.endDate)} · venue time zone {round.timeZone}
          </p>
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
                </tr>
              </thead>
              <tbody>
                {round.races.map((race) => (
                  <tr key={race.id}>
                    <td>
                      {SESSION_LABEL[race.session] ?? race.session}
                      {race.cup === 'manufacturers' && <span className="faint"> · Manufacturers</span>}
                    </td>
                    <td>{race.track}</td>
                    <td>{race.car}</td>
                    <td className="num">{race.laps ?? '—'}</td>
                    <td>{formatDateTime(race.startsAt)}</td>
                    <td className="faint">{race.pointsTable.length ? race.pointsTable.join('-') : 'none'}</td>
                    <td>
                      {race.pickable ? (
                        <span className="badge ok">Pickable</span>
                      ) : (
                        <span className="faint">—</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </article>
      ))}
    </section>
  );
}
