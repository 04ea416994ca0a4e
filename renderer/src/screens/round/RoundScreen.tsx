import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { useCurrentSeason } from '../../hooks/useSeason';
import { useActiveLeague } from '../../hooks/useActiveLeague';
import { useNow } from '../../hooks/useNow';
import { nextRound } from '../../lib/season-lookup';
import { formatDateRange, formatDateTime, formatTime } from '../../lib/format';
import { formatDuration } from '../../components/Countdown';

export function RoundScreen() {
  const season = useCurrentSeason();
  const { league } = useActiveLeague();
  const now = useNow(1000);
  const [chosen, setChosen] = useState<string | null>(null);
  if (!season) return <div className="page" aria-busy={season === undefined} />;
  const roundId = chosen ?? nextRound(season, now)?.round.id ?? season.rounds[0]?.id;
  const round = season.rounds.find((r) => r.id === roundId);

  return (
    <div className="page">
      <PageHeader
        eyebrow={season.name}
        title="Round"
        description="Pick the podium of every points-paying race before it starts."
        actions={
          <div className="field">
            <label htmlFor="round-select">Round</label>
            <select id="round-select" value={roundId ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {season.rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        }
      />
      {!league && (
        <EmptyState
          title="No league yet"
          action={
            <Link className="button primary" to="/league">
              Create a league
            </Link>
          }
        >
          Picks belong to a league. Create one with your friends first.
        </EmptyState>
      )}
      {round && (
        <section className="panel" aria-labelledby="round-title">
          <h2 id="round-title">{round.name}</h2>
          <p className="muted">
            {round.venue}, {round.city} · {formatDateRange(round.date, round.endDate)}
          </p>
          <div className="grid">
            {round.races
              .filter((race) => race.pickable)
              .map((race) => {
                const left = Date.parse(race.startsAt) - now;
                return (
                  <article key={race.id} className="panel" aria-label={race.name}>
                    <div className="panel-header">
                      <h3>{race.name}</h3>
                      {left > 0 ? (
                        <span className="badge ok">Locks in {formatDuration(left)}</span>
                      ) : (
                        <span className="badge">Locked</span>
                      )}
                    </div>
                    <p className="muted">
                      {race.track} · {race.car}
                      {race.laps != null && ` · ${race.laps} laps`}
                    </p>
                    <p className="faint">
                      {formatDateTime(race.startsAt)} · {formatTime(race.startsAt, round.timeZone)} at the
                      venue
                    </p>
                  </article>
                );
              })}
          </div>
        </section>
      )}
    </div>
  );
}
