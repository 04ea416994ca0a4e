import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { NoLeagueState } from '../../components/NoLeagueState';
import { Countdown } from '../../components/Countdown';
import { useCurrentChampionshipId, useCurrentSeason, useSeasonList } from '../../hooks/useSeason';
import { useActiveLeague } from '../../hooks/useActiveLeague';
import { useNow } from '../../hooks/useNow';
import { nextRound } from '../../lib/season-lookup';
import { entryListPending } from '../../../../shared/seasons/lookup';
import type { Cup } from '../../../../shared/domain/types';
import { formatDateRange, formatDateTime, formatPlace } from '../../lib/format';
import { db } from '../../db';
import { LatestResults } from './LatestResults';
import { ResultsAwaited } from './ResultsAwaited';
import { PickStatus } from './PickStatus';
import { DemoOffer } from '../../demo/DemoOffer';
import { LineUpPending } from '../../components/LineUpPending';
import { StatusBadge } from '../../components/ChampionshipBadges';
import { raceTitle } from '../../components/CupBadge';
import { leagueCups } from '../../../../shared/scoring/rules';

const LINE_UP_ORDER: readonly Cup[] = ['nations', 'manufacturers'];

export function HomeScreen() {
  const { t } = useTranslation('home');
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
        <PageHeader title={t('common:nav.home')} />
        <EmptyState
          title={t('home:noSeason.title')}
          link={{ to: '/season', label: t('home:noSeason.action') }}
        >
          {t('home:noSeason.body')}
        </EmptyState>
      </div>
    );
  }

  const cups = league ? leagueCups(league.rules) : undefined;
  const next = nextRound(season, now, cups);
  return (
    <div className="page">
      <PageHeader
        eyebrow={season.name}
        title={t('common:nav.home')}
        description={
          league ? t('home:description.league', { name: league.name }) : t('home:description.default')
        }
      />
      <DemoOffer />
      {next && (
        <section className="hero" aria-labelledby="next-round-title">
          <div>
            <div className="eyebrow muted">{next.race ? t('home:next.event') : t('home:next.complete')}</div>
            <h2 id="next-round-title">
              {next.round.name} <StatusBadge status={next.round.status} />
            </h2>
            <p className="muted">
              {formatPlace(next.round)} · {formatDateRange(next.round.date, next.round.endDate)}
            </p>
            {next.race ? (
              <p>
                {next.race.track?.trim()
                  ? t('home:next.picksLockWithTrack', {
                      race: raceTitle(t, next.race),
                      track: next.race.track.trim(),
                      date: formatDateTime(next.race.startsAt),
                    })
                  : t('home:next.picksLock', {
                      race: raceTitle(t, next.race),
                      date: formatDateTime(next.race.startsAt),
                    })}
                {next.race.startsAtEstimate && <span className="faint"> {t('home:next.estimated')}</span>}
              </p>
            ) : (
              <p className="muted">
                {t('home:next.allStarted', { season: season.name })}{' '}
                {current && current.id !== season.id ? (
                  <>
                    {t('home:next.currentIs', { name: current.name })}{' '}
                    <Link to="/league">{t('home:next.startLeague')}</Link>
                    {t('home:next.startLeagueEnd')}
                  </>
                ) : (
                  t('home:next.replayHint')
                )}
              </p>
            )}
            <ResultsAwaited round={next.round} now={now} cups={cups} />
          </div>
          {next.race && <Countdown to={next.race.startsAt} label={t('home:next.countdown')} />}
        </section>
      )}
      {next?.race && (
        <LineUpPending
          season={season}
          // The first pending line-up of the league's cups (any cup without a league), Nations Cup first.
          cup={(cups ?? LINE_UP_ORDER).find((cup) => entryListPending(season, cup)) ?? next.race.cup}
          eventName={next.round.name}
        />
      )}
      <div className="grid">
        <section className="panel" aria-labelledby="pick-status-title">
          <div className="panel-header">
            <h2 id="pick-status-title">{t('home:picks.title')}</h2>
            {league && (
              <Link to="/round" className="button small">
                {t('home:picks.openRound')}
              </Link>
            )}
          </div>
          {!league ? (
            <NoLeagueState why={t('home:picks.noLeagueWhy')} />
          ) : !member ? (
            <EmptyState
              title={t('home:noMembers.title')}
              link={{ to: '/league', label: t('home:noMembers.action') }}
            >
              {t('home:noMembers.body', { league: league.name })}
            </EmptyState>
          ) : next ? (
            <PickStatus
              league={league}
              member={member}
              round={next.round}
              cups={leagueCups(league.rules)}
              now={now}
            />
          ) : null}
        </section>
        <section className="panel" aria-labelledby="latest-results-title">
          <div className="panel-header">
            <h2 id="latest-results-title">{t('home:latest.title')}</h2>
            <Link to="/results" className="button small">
              {t('home:latest.import')}
            </Link>
          </div>
          {resultCount === 0 ? (
            <EmptyState title={t('home:latest.emptyTitle')}>{t('home:latest.emptyBody')}</EmptyState>
          ) : (
            <LatestResults season={season} />
          )}
        </section>
      </div>
    </div>
  );
}
