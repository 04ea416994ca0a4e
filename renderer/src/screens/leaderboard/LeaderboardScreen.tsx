import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { NoLeagueState } from '../../components/NoLeagueState';
import { useOwnerMember } from '../../hooks/useOwnerMember';
import { useActiveLeague } from '../../hooks/useActiveLeague';
import { useStandings, type LeagueStandings } from '../../hooks/useStandings';
import { useNow } from '../../hooks/useNow';
import { StandingsTable } from './StandingsTable';
import { AcceptedLatePicksNote } from '../../sharing/AcceptedLatePicksNote';
import { PartialResultsNote } from './PartialResultsNote';
import { MemberBreakdown } from './MemberBreakdown';
import { RaceView } from './RaceView';
import { WhatIfs } from './WhatIfs';
import { Tabs, type TabInfo } from './Tabs';
import { ShareButtons } from './ShareButtons';
import { formatPoints } from './model';
import { marked } from './marked';
import './leaderboard.css';

// Charts are the heaviest part of the screen and not the first thing people look at.
const ChartsPanel = lazy(() => import('./ChartsPanel'));

const TAB_IDS = ['table', 'races', 'charts', 'whatifs'] as const;

type TabId = (typeof TAB_IDS)[number];

function tabLabel(t: TFunction, id: TabId): string {
  switch (id) {
    case 'table':
      return t('leaderboard:tab.table');
    case 'races':
      return t('leaderboard:tab.races');
    case 'charts':
      return t('leaderboard:tab.charts');
    case 'whatifs':
      return t('leaderboard:tab.whatifs');
  }
}

export function LeaderboardScreen() {
  // Every catalogue the table view uses, loaded together while the league is read: 'round' and
  // 'picker' are the partial-results note's (useChampionshipLabels). Asked for only when the
  // standings arrive, they would hide the whole screen behind the loading fallback, which React
  // takes away again only after a throttle.
  const { t } = useTranslation(['leaderboard', 'round', 'picker']);
  const { league, member, loading } = useActiveLeague();
  const youId = useOwnerMember(league?.id);
  const ls = useStandings(league?.id);
  const busy = loading || (league != null && ls === undefined);
  return (
    <div className="page lb-page" aria-busy={busy}>
      <PageHeader
        eyebrow={league?.name}
        title={t('leaderboard:title')}
        description={ls ? describe(t, ls) : t('leaderboard:description')}
        actions={ls && ls.standings.rows.length > 0 ? <ShareButtons ls={ls} /> : undefined}
      />
      {!loading && !league && <NoLeagueState why={t('leaderboard:noLeague')} />}
      {league && ls === null && (
        <EmptyState title={t('leaderboard:seasonMissing.title')}>
          {t('leaderboard:seasonMissing.body')}
        </EmptyState>
      )}
      {ls && <Leaderboard ls={ls} activeMemberId={member?.id ?? null} youId={youId ?? null} />}
    </div>
  );
}

function describe(t: TFunction, ls: LeagueStandings): string {
  const graded = ls.rounds.filter((round) => round.graded);
  const last = graded[graded.length - 1];
  const season = ls.data.season.name;
  const text = last
    ? t('leaderboard:describe.after', { season, round: last.name })
    : t('leaderboard:describe.noResults', { season });
  return ls.data.league.replay ? `${text} ${t('leaderboard:describe.replay')}` : text;
}

/** `activeMemberId` is who is picking (their own picks show before the lock); `youId` is this computer's member, marked YOU. */
function Leaderboard({
  ls,
  activeMemberId,
  youId,
}: {
  ls: LeagueStandings;
  activeMemberId: string | null;
  youId: string | null;
}) {
  const { t } = useTranslation('leaderboard');
  const [params, setParams] = useSearchParams();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const now = useNow(30_000);
  const tabParam = params.get('view');
  const tab: TabId = TAB_IDS.find((id) => id === tabParam) ?? 'table';
  const tabs: TabInfo[] = TAB_IDS.map((id) => ({ id, label: tabLabel(t, id) }));
  const { standings, data } = ls;

  if (data.members.length === 0)
    return (
      <EmptyState
        title={t('leaderboard:noMembers.title')}
        link={{ to: '/league', label: t('leaderboard:noMembers.action') }}
      >
        {t('leaderboard:noMembers.body', { league: data.league.name })}
      </EmptyState>
    );

  const leader = standings.rows[0];
  const selected =
    selectedId && standings.rows.some((row) => row.memberId === selectedId) ? selectedId : null;

  return (
    <>
      {standings.gradedRaceIds.length === 0 ? (
        <p className="notice" role="status">
          {marked(t('leaderboard:notice.noResults'), (label) => (
            <Link to="/results">{label}</Link>
          ))}
        </p>
      ) : data.picks.length === 0 ? (
        <p className="notice" role="status">
          {marked(t('leaderboard:notice.noPicks'), (label) => (
            <Link to="/round">{label}</Link>
          ))}
        </p>
      ) : (
        leader && (
          <p className="lb-leader" role="status">
            <span className="pos p1">1</span>{' '}
            {marked(
              t('leaderboard:leader', {
                name: leader.name,
                count: leader.points,
                points: formatPoints(leader.points),
              }),
              (label) => (
                <strong>{label}</strong>
              ),
            )}
          </p>
        )
      )}
      <PartialResultsNote season={data.season} results={data.results} preset={data.league.rules.preset} />
      <AcceptedLatePicksNote season={data.season} members={data.members} picks={data.picks} />
      <Tabs
        label={t('leaderboard:tab.label')}
        tabs={tabs}
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
              activeMemberId={youId}
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
        {tab === 'races' && <RaceView ls={ls} activeMemberId={activeMemberId} youId={youId} now={now} />}
        {tab === 'charts' && (
          <Suspense fallback={<p className="muted">{t('leaderboard:loadingCharts')}</p>}>
            <ChartsPanel ls={ls} selectedId={selected} activeMemberId={youId} />
          </Suspense>
        )}
        {tab === 'whatifs' && <WhatIfs ls={ls} />}
      </Tabs>
    </>
  );
}
