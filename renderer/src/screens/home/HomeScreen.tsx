import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { NoLeagueState } from '../../components/NoLeagueState';
import { Countdown } from '../../components/Countdown';
import { useCurrentChampionshipId, useCurrentSeason, useSeasonList } from '../../hooks/useSeason';
import { useActiveLeague } from '../../hooks/useActiveLeague';
import { useNow } from '../../hooks/useNow';
import { nextRound } from '../../lib/season-lookup';
import { formatDateRange, formatDateTime, formatPlace } from '../../lib/format';
import { db } from '../../db';
import { LatestResults } from './LatestResults';
import { ResultsAwaited } from './ResultsAwaited';
import { PickStatus } from './PickStatus';
import { DemoOffer } from '../../demo/DemoOffer';
import { LineUpPending } from '../../components/LineUpPending';
import { StatusBadge } from '../../components/ChampionshipBadges';

export function HomeScreen() {
  const season = useCurrentSeason();
  const currentId = useCurrentChampionshipId();
  const current = useSeasonList()?.find((s) => s.id === currentId);
  const { league, member } = useActiveLeague();
  const now = useNow(30_000);
  const resultCount = useLiveQuery(() => db.results.count(), []);

  if (season === undefined) return <div className="page" aria-busy="true" />;
  if (season === null) {
    return (
      <div className="page">
        <PageHeader title="Home" />
        <EmptyState
          title="No season yet"
          action={
            <Link className="button primary" to="/season">
              Open Season
            </Link>
          }
        >
          Add a season (calendar and entry list) to start a league.
        </EmptyState>
      </div>
    );
  }

  const next = nextRound(season, now);
  return (
    <div className="page">
      <PageHeader
        eyebrow={season.name}
        title="Home"
        description={league ? `League: ${league.name}` : 'Predict the podium of every GT World Series race.'}
      />
      <DemoOffer />
      {next && (
        <section className="hero" aria-labelledby="next-round-title">
          <div>
            <div className="eyebrow muted">{next.race ? 'Next event' : 'Season complete'}</div>
            <h2 id="next-round-title">
              {next.round.name} <StatusBadge status={next.round.status} />
            </h2>
            <p className="muted">
              {formatPlace(next.round)} · {formatDateRange(next.round.date, next.round.endDate)}
            </p>
            {next.race ? (
              <p>
                Picks for <strong>{next.race.name}</strong>
                {next.race.track ? ` (${next.race.track})` : ''} lock at{' '}
                <strong>{formatDateTime(next.race.startsAt)}</strong>
                {next.race.startsAtEstimate && (
                  <span className="faint"> (estimated: the schedule is not published yet)</span>
                )}
              </p>
            ) : (
              <p className="muted">
                Every race of {season.name} has started.{' '}
                {current && current.id !== season.id ? (
                  <>
                    The current championship is <strong>{current.name}</strong>:{' '}
                    <Link to="/league">start a league on it</Link>.
                  </>
                ) : (
                  'Replay it with friends in a replay league, or add the next season on the Season screen.'
                )}
              </p>
            )}
            <ResultsAwaited round={next.round} now={now} />
          </div>
          {next.race && <Countdown to={next.race.startsAt} label="Time until picks lock" />}
        </section>
      )}
      {next?.race && <LineUpPending season={season} cup={next.race.cup} eventName={next.round.name} />}
      <div className="grid">
        <section className="panel" aria-labelledby="pick-status-title">
          <div className="panel-header">
            <h2 id="pick-status-title">Your picks</h2>
            {league && (
              <Link to="/round" className="button small">
                Open round
              </Link>
            )}
          </div>
          {!league ? (
            <NoLeagueState why="A league is you and your friends picking podiums on one season." />
          ) : !member ? (
            <EmptyState
              title="No members yet"
              action={
                <Link className="button primary" to="/league">
                  Add members
                </Link>
              }
            >
              Add yourself and your friends to {league.name}.
            </EmptyState>
          ) : next ? (
            <PickStatus leagueId={league.id} member={member} round={next.round} />
          ) : null}
        </section>
        <section className="panel" aria-labelledby="latest-results-title">
          <div className="panel-header">
            <h2 id="latest-results-title">Latest results</h2>
            <Link to="/results" className="button small">
              Import results
            </Link>
          </div>
          {resultCount === 0 ? (
            <EmptyState title="No results imported">
              Paste the tables of an official race report or drop a CSV/JSON file on the Results screen.
            </EmptyState>
          ) : (
            <LatestResults season={season} />
          )}
        </section>
      </div>
    </div>
  );
}
