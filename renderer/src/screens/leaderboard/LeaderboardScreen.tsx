import { lazy, Suspense, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { NoLeagueState } from '../../components/NoLeagueState';
import { useActiveLeague } from '../../hooks/useActiveLeague';
import { useStandings, type LeagueStandings } from '../../hooks/useStandings';
import { useNow } from '../../hooks/useNow';
import { StandingsTable } from './StandingsTable';
import { PartialResultsNote } from './PartialResultsNote';
import { MemberBreakdown } from './MemberBreakdown';
import { RaceView } from './RaceView';
import { WhatIfs } from './WhatIfs';
import { Tabs, type TabInfo } from './Tabs';
import { ShareButtons } from './ShareButtons';
import { formatPoints } from './model';
import './leaderboard.css';

// Charts are the heaviest part of the screen and not the first thing people look at.
const ChartsPanel = lazy(() => import('./ChartsPanel'));

const TABS = [
  { id: 'table', label: 'Standings' },
  { id: 'races', label: 'Race view' },
  { id: 'charts', label: 'Charts & stats' },
  { id: 'whatifs', label: 'What-ifs' },
] as const satisfies readonly TabInfo[];

type TabId = (typeof TABS)[number]['id'];

export function LeaderboardScreen() {
  const { league, member, loading } = useActiveLeague();
  const ls = useStandings(league?.id);
  const busy = loading || (league != null && ls === undefined);
  return (
    <div className="page lb-page" aria-busy={busy}>
      <PageHeader
        eyebrow={league?.name}
        title="Leaderboard"
        description={ls ? describe(ls) : 'Your league’s season table.'}
        actions={ls && ls.standings.rows.length > 0 ? <ShareButtons ls={ls} /> : undefined}
      />
      {!loading && !league && (
        <NoLeagueState why="The leaderboard ranks the members of a league once results are imported." />
      )}
      {league && ls === null && (
        <EmptyState title="Season missing">
          This league’s season is not in the database. Import the season file on the Season screen.
        </EmptyState>
      )}
      {ls && <Leaderboard ls={ls} activeMemberId={member?.id ?? null} />}
    </div>
  );
}

function describe(ls: LeagueStandings): string {
  const graded = ls.rounds.filter((round) => round.graded);
  const last = graded[graded.length - 1];
  const replay = ls.data.league.replay ? ' Replay league: picks count whenever they were made.' : '';
  return last
    ? `${ls.data.season.name} · after ${last.name}.${replay}`
    : `${ls.data.season.name} · no results yet.${replay}`;
}

function Leaderboard({ ls, activeMemberId }: { ls: LeagueStandings; activeMemberId: string | null }) {
  const [params, setParams] = useSearchParams();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const now = useNow(30_000);
  const tabParam = params.get('view');
  const tab: TabId = TABS.some((t) => t.id === tabParam) ? (tabParam as TabId) : 'table';
  const { standings, data } = ls;

  if (data.members.length === 0)
    return (
      <EmptyState
        title="No members yet"
        action={
          <Link className="button primary" to="/league">
            Add members
          </Link>
        }
      >
        Add the friends who play in {data.league.name} to see them ranked here.
      </EmptyState>
    );

  const leader = standings.rows[0];
  const selected =
    selectedId && standings.rows.some((row) => row.memberId === selectedId) ? selectedId : null;

  return (
    <>
      {standings.gradedRaceIds.length === 0 ? (
        <p className="notice" role="status">
          No results yet: everyone is on 0 points. The table fills in once a race result is imported on the{' '}
          <Link to="/results">Results</Link> screen.
        </p>
      ) : data.picks.length === 0 ? (
        <p className="notice" role="status">
          No picks yet: make them on the <Link to="/round">Round</Link> screen before each race starts.
        </p>
      ) : (
        leader && (
          <p className="lb-leader" role="status">
            <span className="pos p1">1</span> <strong>{leader.name}</strong> leads with{' '}
            <strong>{formatPoints(leader.points)} points</strong>
          </p>
        )
      )}
      <PartialResultsNote season={data.season} results={data.results} preset={data.league.rules.preset} />
      <Tabs
        label="Leaderboard views"
        tabs={TABS}
        current={tab}
        onChange={(id) =>
          setParams(
            (prev) => {
              const next = new URLSearchParams(prev);
              next.set('view', id);
              return next;
            },
            { replace: true },
          )
        }
      >
        {tab === 'table' && (
          <div className={`lb-layout${selected ? ' with-detail' : ''}`}>
            <StandingsTable
              ls={ls}
              selectedId={selected}
              activeMemberId={activeMemberId}
              onSelect={(id) => setSelectedId((current) => (current === id ? null : id))}
            />
            {selected && (
              <MemberBreakdown
                ls={ls}
                memberId={selected}
                activeMemberId={activeMemberId}
                now={now}
                onClose={() => setSelectedId(null)}
              />
            )}
          </div>
        )}
        {tab === 'races' && <RaceView ls={ls} activeMemberId={activeMemberId} now={now} />}
        {tab === 'charts' && (
          <Suspense fallback={<p className="muted">Loading charts…</p>}>
            <ChartsPanel ls={ls} selectedId={selected} activeMemberId={activeMemberId} />
          </Suspense>
        )}
        {tab === 'whatifs' && <WhatIfs ls={ls} />}
      </Tabs>
    </>
  );
}
